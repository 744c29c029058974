/**
 * Builds the app with Vite's build(): the suite's build of the default deployment (global setup),
 * and builds for another deployment (a kiosk, a renamed app) into dist-test/<name>, so a test file
 * can check what a deployment file changes. A build takes about three seconds.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { readDeploymentConfig } from '../../../scripts/deployment';
import type { DeploymentConfig } from '../../../src/config/deployment';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Midnight UTC today, unless SOURCE_DATE_EPOCH is set (entries checked today are not "in the future"). */
function sourceDateEpoch(): string {
  if (process.env.SOURCE_DATE_EPOCH) return process.env.SOURCE_DATE_EPOCH;
  const midnight = new Date();
  midnight.setUTCHours(0, 0, 0, 0);
  return String(Math.floor(midnight.getTime() / 1000));
}

/** Sets environment variables for the duration of `task`, then restores them. */
async function withEnv<T>(vars: Record<string, string | undefined>, task: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  try {
    return await task();
  } finally {
    apply(saved);
  }
}

/**
 * A reproducible production build into `outDir` (relative to the repository) from `deploymentFile`
 * (the repository's own deployment when absent). Every build of the same day is byte-identical.
 */
export async function buildApp(outDir: string, deploymentFile?: string, logLevel: 'warn' | 'error' = 'error'): Promise<string> {
  await withEnv(
    {
      WAYPOINT_OUT_DIR: outDir,
      WAYPOINT_DEPLOYMENT: deploymentFile,
      SOURCE_DATE_EPOCH: sourceDateEpoch(),
      // Vitest sets NODE_ENV=test; the service worker is only registered in a production build.
      NODE_ENV: 'production',
      // Keeps the suite's output readable; `vite build` still shows Vite's config-loader notice.
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
    () => build({ configFile: path.join(repoRoot, 'vite.config.ts'), mode: 'production', logLevel }),
  );
  return path.join(repoRoot, outDir);
}

export interface Variant {
  /** The built app. */
  dir: string;
  /** The deployment file it was built from. */
  deploymentFile: string;
}

/**
 * Writes `deployment` (and any `extraFiles`, e.g. an icon it names) to dist-test/<name>.config/,
 * then builds into dist-test/<name>.
 */
export async function buildVariant(
  name: string,
  deployment: DeploymentConfig,
  extraFiles: Record<string, string | Uint8Array> = {},
): Promise<Variant> {
  const configDir = path.join(repoRoot, 'dist-test', `${name}.config`);
  rmSync(configDir, { recursive: true, force: true });
  mkdirSync(configDir, { recursive: true });
  for (const [file, content] of Object.entries(extraFiles)) writeFileSync(path.join(configDir, file), content);
  const deploymentFile = path.join(configDir, 'deployment.json');
  writeFileSync(deploymentFile, JSON.stringify(deployment, null, 2));

  const dir = await buildApp(path.join('dist-test', name), deploymentFile);
  return { dir, deploymentFile };
}

/** The repository's default deployment, as a starting point for a variant. */
export function defaultDeployment(): DeploymentConfig {
  return readDeploymentConfig(path.join(repoRoot, 'resources/deployment.json'));
}
