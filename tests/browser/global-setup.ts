/**
 * Builds the app once for the whole browser suite, into dist-test/app (never dist/, which other
 * work may be building at the same time), and hands the folder to the tests through `provide`.
 *
 * The build is reproducible: SOURCE_DATE_EPOCH is fixed (taken from the environment when set,
 * otherwise midnight UTC today, so that entries checked today are not "in the future" for the
 * resource validator, and every build of the same day is byte-identical).
 */
import type { TestProject } from 'vitest/node';
import { buildApp, defaultDeployment, repoRoot } from './support/build-app';
import './support/provided';

const OUT_DIR = 'dist-test/app';

export default async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  // The suite tests the default deployment (resources/deployment.json).
  const appDir = await buildApp(OUT_DIR, undefined, 'warn');
  project.provide('waypointAppDir', appDir);
  project.provide('waypointExitUrl', defaultDeployment().exitUrl);
  project.provide('waypointRepoRoot', repoRoot);
  console.log(`[browser suite] built ${OUT_DIR} in ${Date.now() - started} ms`);
}
