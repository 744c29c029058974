import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin, ResolvedConfig } from 'vite';
import { readDeploymentConfig } from '../../scripts/deployment';
import { ResourceValidationError } from '../../scripts/resources/validate';
import { directoryPlugin } from '../../scripts/vite-plugin-directory';
import { REPO_ROOT } from './support/real-directory';

const GOOD_ROOT = fileURLToPath(new URL('./fixtures/good-resources', import.meta.url));
const icons = {
  files: new Map(),
  manifest: [],
  pageIcon: { href: 'icon.svg', type: 'image/svg+xml' },
  appleTouchIcon: 'icon.png',
};
const deployment = readDeploymentConfig(path.join(REPO_ROOT, 'resources/deployment.json'));

/** Runs the plugin's configResolved hook as Vite would, collecting what it logs. */
function resolve(root: string, command: 'build' | 'serve'): { info: string[]; warnings: string[] } {
  const info: string[] = [];
  const warnings: string[] = [];
  const plugin: Plugin = directoryPlugin({ root, deployment, icons });
  const config = {
    command,
    logger: { info: (m: string) => info.push(m), warn: (m: string) => warnings.push(m) },
  } as unknown as ResolvedConfig;
  (plugin.configResolved as (config: ResolvedConfig) => void)(config);
  return { info, warnings };
}

describe('directory plugin', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  it('validates as a build resolves its config and reports the coverage', () => {
    const { info, warnings } = resolve(GOOD_ROOT, 'build');
    expect(warnings).toEqual([]);
    expect(info).toEqual([
      expect.stringMatching(/^Directory coverage:\n {2}\d+ countries and territories with a helpline or service/),
    ]);
  });

  it('leaves the dev server and preview to compile on their own, without a report', () => {
    expect(resolve(GOOD_ROOT, 'serve')).toEqual({ info: [], warnings: [] });
  });

  it('fails a build with invalid resources before bundling starts', () => {
    root = mkdtempSync(path.join(tmpdir(), 'waypoint-plugin-'));
    cpSync(path.join(GOOD_ROOT, 'resources'), path.join(root, 'resources'), { recursive: true });
    writeFileSync(path.join(root, 'resources/local/broken.json'), '{ "entries": [ }');
    expect(() => resolve(root!, 'build')).toThrow(ResourceValidationError);
  });
});
