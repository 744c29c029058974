/**
 * A failed build writes nothing into the output folder. Runs `vite build` for real, twice, in a
 * copy of the app (about 6 s): once with a source file broken so bundling fails after the
 * resources passed (the failure that used to leave a fresh sw.js behind), once repaired.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/real-directory';

let copy: string;

/** Every file under `dir`, with its size, digest and first characters: any change shows, and a failure stays readable. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((dirent) => dirent.isFile())
      .map((dirent) => {
        const file = path.join(dirent.parentPath, dirent.name);
        const bytes = readFileSync(file);
        const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
        return [path.relative(dir, file), `${bytes.length} bytes, ${digest}: ${bytes.toString('utf8', 0, 60)}`];
      })
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
}

function viteBuild(): { status: number | null; output: string } {
  // The copy's own dist/ and deployment, whatever the environment running the tests points at.
  const { WAYPOINT_OUT_DIR: _out, WAYPOINT_DEPLOYMENT: _deployment, ...env } = process.env;
  const result = spawnSync(path.join(copy, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('vite build', () => {
  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'waypoint-atomic-'));
    for (const entry of ['public', 'resources', 'scripts', 'src', 'vite.config.ts', 'package.json']) {
      cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
    }
    symlinkSync(realpathSync(path.join(REPO_ROOT, 'node_modules')), path.join(copy, 'node_modules'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('leaves the output folder as it was when bundling fails, and replaces it whole when the build succeeds', {
    timeout: 120_000,
  }, () => {
    // The output of an earlier deployment, as a server still serves it.
    const dist = path.join(copy, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), 'the deployed app');
    writeFileSync(path.join(dist, 'sw.js'), 'the deployed service worker');
    writeFileSync(path.join(dist, 'assets/old.js'), 'an asset the deployed worker precaches');
    const before = snapshot(dist);
    const main = path.join(copy, 'src/main.tsx');
    const source = readFileSync(main, 'utf8');

    writeFileSync(main, `${source}\nconst = ;\n`);
    const failed = viteBuild();
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('main.tsx');
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(copy).filter((name) => name.includes('dist'))).toEqual(['dist']);

    writeFileSync(main, source);
    const built = viteBuild();
    expect(built.output).toBe('');
    expect(built.status).toBe(0);
    const after = snapshot(dist);
    expect(readFileSync(path.join(dist, 'sw.js'), 'utf8')).toContain('precacheAndRoute');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('<script type="module"');
    expect(after).not.toHaveProperty(['assets/old.js']);
    expect(readdirSync(copy).filter((name) => name.includes('dist'))).toEqual(['dist']);
  });
});
