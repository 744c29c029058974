/** What tests/browser/global-setup.ts provides to every browser test (typed for `inject`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built app (dist-test/app). */
    waypointAppDir: string;
    /** The deployment's quick-exit address. */
    waypointExitUrl: string;
    /** Absolute path of the repository. */
    waypointRepoRoot: string;
  }
}

export {};
