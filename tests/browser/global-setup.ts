/**
 * Builds the app once for the whole browser suite, into dist-test/app (never dist/, which other
 * work may be building at the same time), and hands the folder to the tests through `provide`.
 *
 * The build is reproducible: SOURCE_DATE_EPOCH is fixed (taken from the environment when set,
 * otherwise midnight UTC today, so that entries checked today are not "in the future" for the
 * resource validator, and every build of the same day is byte-identical).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import './support/provided';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = 'dist-test/app';

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

function sourceDateEpoch(): string {
  if (process.env.SOURCE_DATE_EPOCH) return process.env.SOURCE_DATE_EPOCH;
  const midnight = new Date();
  midnight.setUTCHours(0, 0, 0, 0);
  return String(Math.floor(midnight.getTime() / 1000));
}

export default async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  await withEnv(
    {
      WAYPOINT_OUT_DIR: OUT_DIR,
      // The suite tests the default deployment (resources/deployment.json).
      WAYPOINT_DEPLOYMENT: undefined,
      SOURCE_DATE_EPOCH: sourceDateEpoch(),
      // Vitest sets NODE_ENV=test; the service worker is only registered in a production build.
      NODE_ENV: 'production',
      // Keeps the suite's output readable; `vite build` still shows Vite's config-loader notice.
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
    () =>
      build({
        configFile: path.join(repoRoot, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'warn',
      }),
  );
  const appDir = path.join(repoRoot, OUT_DIR);
  const deployment = JSON.parse(readFileSync(path.join(repoRoot, 'resources/deployment.json'), 'utf8')) as {
    exitUrl: string;
  };
  project.provide('waypointAppDir', appDir);
  project.provide('waypointExitUrl', deployment.exitUrl);
  project.provide('waypointRepoRoot', repoRoot);
  console.log(`[browser suite] built ${OUT_DIR} in ${Date.now() - started} ms`);
}
