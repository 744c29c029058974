/**
 * Vite plugin: a build writes into a staging folder beside the output folder, and the staging
 * folder replaces the output folder only once every plugin has finished, the service worker
 * included. A build that fails at any step leaves the output folder exactly as it was.
 *
 * Why: Vite empties the output folder when rendering starts, so a build failing after that left
 * it half-written; and vite-plugin-pwa writes sw.js in closeBundle, which Rolldown runs even after
 * the bundle failed (without the error that would tell the plugin to skip it), so a failed build
 * left a new sw.js precaching whatever the folder held. A phone that installed that worker would
 * keep a broken app offline.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The staging and the set-aside folders of an output folder: hidden siblings, so a rename moves them (same file system). */
export function stagingFolders(outDir: string): { staging: string; previous: string } {
  const sibling = (suffix: string) => path.join(path.dirname(outDir), `.${path.basename(outDir)}-${suffix}`);
  return { staging: sibling('building'), previous: sibling('previous') };
}

/** Moves a finished build from `staging` to `outDir`, keeping a `.git` the old output held (as Vite's emptying does). */
function replaceOutput(outDir: string, staging: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) {
    if (existsSync(path.join(outDir, '.git'))) renameSync(path.join(outDir, '.git'), path.join(staging, '.git'));
    renameSync(outDir, previous);
  }
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** Builds into a staging folder and moves it into `build.outDir` only when the whole build succeeded. Watch mode is left alone. */
export function atomicOutputPlugin(): Plugin {
  let folders: { outDir: string; staging: string; previous: string } | undefined;
  let written = false;
  let failed = false;

  return {
    name: 'waypoint-atomic-output',
    apply: 'build',
    // After vite-plugin-pwa (also 'post'), whose closeBundle writes the service worker.
    enforce: 'post',
    config(config) {
      if (config.build?.watch) return undefined;
      const outDir = path.resolve(config.root ?? process.cwd(), config.build?.outDir ?? 'dist');
      folders = { outDir, ...stagingFolders(outDir) };
      // A build killed halfway may have left its staging folder behind.
      rmSync(folders.staging, { recursive: true, force: true });
      return { build: { outDir: folders.staging, emptyOutDir: true } };
    },
    buildStart() {
      written = false;
      failed = false;
    },
    buildEnd(error) {
      if (error) failed = true;
    },
    writeBundle() {
      written = true;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler(error) {
        if (folders === undefined) return;
        const { outDir, staging, previous } = folders;
        if (error || failed || !written) {
          rmSync(staging, { recursive: true, force: true });
          return;
        }
        replaceOutput(outDir, staging, previous);
        this.info(`build moved into ${path.relative(process.cwd(), outDir) || outDir}`);
      },
    },
  };
}
