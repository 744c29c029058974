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
