declare module 'virtual:waypoint/dataset' {
  import type { BundledDatasetInfo } from './data/dataset-format';
  const info: BundledDatasetInfo;
  export default info;
}

declare module 'virtual:waypoint/deployment' {
  import type { DeploymentConfig } from './config/deployment';
  const deployment: DeploymentConfig;
  export default deployment;
}

declare module 'virtual:waypoint/signing-keys' {
  /** The publisher's public keys (base64 raw Ed25519) from resources/signing-keys.json; empty when releases are unsigned. */
  const keys: readonly string[];
  export default keys;
}

/** The app build's identity: a hash of its code (vite.config.ts appBuild). */
declare const __WAYPOINT_BUILD__: string;
