import { SUPPORTED_LANGUAGES } from '../../src/i18n/languages';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DeploymentConfigError, parseDeploymentConfig, readDeploymentConfig } from '../../scripts/deployment';

const repoDeployment = JSON.parse(readFileSync(new URL('../../resources/deployment.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

/** Runs `check` on a deployment file holding `text`, in a folder of its own that is removed afterwards. */
function withDeploymentFile(text: string, check: (file: string) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'waypoint-deployment-'));
  const file = path.join(dir, 'deployment.json');
  try {
    writeFileSync(file, text);
    check(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The problem lines of a refused config, without the file name. */
function problems(config: unknown): string[] {
  try {
    parseDeploymentConfig(config);
  } catch (error) {
    expect(error).toBeInstanceOf(DeploymentConfigError);
    return (error as Error).message
      .split('\n')
      .slice(1)
      .map((line) => line.replace(/^ {2}resources\/deployment\.json: /, ''));
  }
  return [];
}

describe('deployment settings', () => {
  it('accepts the repository’s own settings', () => {
    expect(problems(repoDeployment)).toEqual([]);
  });

  it('checks each setting with the same field checks as the directory, and lists every problem', () => {
    const config = {
      ...repoDeployment,
      appName: ' ',
      themeColor: 'blue',
      exitUrl: 'https://user:secret@example.org/',
      defaultCountry: 'UK',
      languages: ['en', 'de'],
      kiosk: { enabled: true, allowUrlFlag: false, idleSeconds: 5 },
    };
    expect(problems(config)).toEqual([
      'appName: must not be empty',
      'themeColor: must be a colour like #1f4e79',
      'exitUrl: "https://user:secret@example.org/" must not contain a user name or password',
      'defaultCountry: "UK" is not an ISO 3166-1 alpha-2 country code (did you mean "GB", the code for United Kingdom?)',
      `languages[1]: unknown interface language "de"; expected one of: ${SUPPORTED_LANGUAGES.map((language) => language.tag).join(', ')}`,
      'kiosk.idleSeconds: must be a whole number of seconds from 15 to 3600',
    ]);
  });

  it('names missing and unknown settings, nested ones too', () => {
    const { killServiceWorker: _, ...withoutKill } = repoDeployment;
    expect(problems({ ...withoutKill, kiosk: { enabled: false, allowUrlFlag: true, idleSeconds: 90, timeout: 3 } })).toEqual([
      'kiosk.timeout: unknown setting "timeout"',
      'killServiceWorker: missing required setting "killServiceWorker"',
    ]);
  });

  it('refuses text that could disguise the app’s name', () => {
    expect(problems({ ...repoDeployment, appName: 'Way\u202epoint' })).toEqual([
      expect.stringMatching(/^appName: contains a bidirectional override/),
    ]);
  });

  it('refuses invisible characters in the names the app shows', () => {
    expect(problems({ ...repoDeployment, shortName: 'Way\u200bpoint' })).toEqual([
      'shortName: contains an invisible character (U+200B), which can disguise a name; remove it',
    ]);
  });

  it('prints its problems without a stack trace', () => {
    expect(inspect(new DeploymentConfigError('resources/deployment.json has problems:\n  a\n  b'))).toBe(
      '[DeploymentConfigError: resources/deployment.json has problems:\n  a\n  b\n]',
    );
  });

  it('reads a file saved with a byte order mark, as Windows editors save it', () => {
    withDeploymentFile(`\uFEFF${JSON.stringify(repoDeployment, null, 2)}\n`, (file) => {
      expect(readDeploymentConfig(file)).toEqual(repoDeployment);
    });
  });

  it('refuses nesting deep enough to overflow the checks, naming the file', () => {
    withDeploymentFile(`{ "appName": ${'['.repeat(100_000)}${']'.repeat(100_000)} }`, (file) => {
      expect(() => readDeploymentConfig(file)).toThrow(
        new DeploymentConfigError(
          `${file}: nests arrays and objects 100001 levels deep (level 33 opens at line 1, column 45); at most 32 allowed`,
        ),
      );
    });
  });

  it('says where a syntax error is, by line and column', () => {
    withDeploymentFile('{\n  "appName": "Waypoint",\n}\n', (file) => {
      expect(() => readDeploymentConfig(file)).toThrow(
        new DeploymentConfigError(
          `${file}: not valid JSON at line 3, column 1: Expected double-quoted property name (a comma before } is not allowed in JSON)\n  3 | }\n    | ^`,
        ),
      );
    });
  });
});

describe('theme colour contrast', () => {
  it('refuses a theme colour too light for white text, with the ratio, and takes an AA one', async () => {
    const { parseDeploymentConfig } = await import('../../scripts/deployment');
    const { contrastRatio } = await import('../../scripts/contrast');
    const base = JSON.parse(readFileSync(new URL('../../resources/deployment.json', import.meta.url), 'utf8'));
    expect(() => parseDeploymentConfig({ ...base, themeColor: '#ffcc00' })).toThrow(
      /#ffcc00 has a contrast of 1\.\d\d:1 with white/,
    );
    expect(parseDeploymentConfig({ ...base, themeColor: '#1f4e79' }).themeColor).toBe('#1f4e79');
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
