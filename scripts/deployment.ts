/**
 * Reads and checks `resources/deployment.json` at build time. A deployment changes names,
 * country, languages, kiosk mode and the exit address here, never in code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DeploymentConfig } from '../src/config/deployment.ts';
import { SUPPORTED_LANGUAGES } from '../src/i18n/languages.ts';

export class DeploymentConfigError extends Error {
  override name = 'DeploymentConfigError';
}

const TOP_LEVEL_KEYS = [
  'appName',
  'shortName',
  'title',
  'themeColor',
  'exitUrl',
  'defaultCountry',
  'languages',
  'kiosk',
  'killServiceWorker',
] as const;
/** Settings a deployment may leave out. */
const OPTIONAL_KEYS = ['icon'] as const;
const KIOSK_KEYS = ['enabled', 'allowUrlFlag', 'idleSeconds'] as const;

type Problems = string[];

function checkKeys(
  value: Record<string, unknown>,
  required: readonly string[],
  where: string,
  problems: Problems,
  optional: readonly string[] = [],
) {
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) problems.push(`${where}${key}: unknown setting`);
  }
  for (const key of required) {
    if (!(key in value)) problems.push(`${where}${key}: missing`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkText(value: unknown, path: string, max: number, problems: Problems) {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${path}: must be non-empty text`);
  else if (value.length > max) problems.push(`${path}: longer than ${max} characters`);
}

/** Validates a parsed config; throws DeploymentConfigError listing every problem. */
export function parseDeploymentConfig(raw: unknown, file = 'resources/deployment.json'): DeploymentConfig {
  const problems: Problems = [];
  if (!isPlainObject(raw)) throw new DeploymentConfigError(`${file}: must be a JSON object`);
  checkKeys(raw, TOP_LEVEL_KEYS, '', problems, OPTIONAL_KEYS);
  checkText(raw.appName, 'appName', 45, problems);
  checkText(raw.shortName, 'shortName', 20, problems);
  checkText(raw.title, 'title', 60, problems);
  if (typeof raw.themeColor !== 'string' || !/^#[0-9a-f]{6}$/i.test(raw.themeColor)) {
    problems.push('themeColor: must be a colour like #1f4e79');
  }
  let exit: URL | undefined;
  try {
    exit = new URL(String(raw.exitUrl));
  } catch {
    /* reported below */
  }
  if (exit?.protocol !== 'https:') problems.push('exitUrl: must be an absolute https: address');
  if (typeof raw.defaultCountry !== 'string' || !/^([A-Z]{2})?$/.test(raw.defaultCountry)) {
    problems.push('defaultCountry: must be an ISO 3166-1 alpha-2 code such as "GB", or ""');
  }
  const languages = raw.languages;
  if (!Array.isArray(languages) || languages.length === 0) {
    problems.push('languages: must list at least one language');
  } else {
    for (const [i, language] of languages.entries()) {
      if (!SUPPORTED_LANGUAGES.some((supported) => supported.tag === language)) {
        problems.push(
          `languages[${i}]: "${String(language)}" has no translation; use one of ${SUPPORTED_LANGUAGES.map((l) => l.tag).join(', ')}`,
        );
      }
    }
  }
  if (!isPlainObject(raw.kiosk)) {
    problems.push('kiosk: must be an object');
  } else {
    checkKeys(raw.kiosk, KIOSK_KEYS, 'kiosk.', problems);
    if (typeof raw.kiosk.enabled !== 'boolean') problems.push('kiosk.enabled: must be true or false');
    if (typeof raw.kiosk.allowUrlFlag !== 'boolean') problems.push('kiosk.allowUrlFlag: must be true or false');
    const idle = raw.kiosk.idleSeconds;
    if (typeof idle !== 'number' || !Number.isInteger(idle) || idle < 15 || idle > 3600) {
      problems.push('kiosk.idleSeconds: must be a whole number of seconds from 15 to 3600');
    }
  }
  if (typeof raw.killServiceWorker !== 'boolean') problems.push('killServiceWorker: must be true or false');
  if ('icon' in raw && (typeof raw.icon !== 'string' || !/\.(png|svg)$/i.test(raw.icon))) {
    problems.push('icon: must be the path of a square .png or .svg file, relative to this file');
  }

  if (problems.length > 0) {
    throw new DeploymentConfigError(`${file} has problems:\n${problems.map((p) => `  ${file}: ${p}`).join('\n')}`);
  }
  return raw as unknown as DeploymentConfig;
}

/** Reads the deployment config from a file; a custom icon's path comes back absolute. */
export function readDeploymentConfig(file: string): DeploymentConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DeploymentConfigError(`${file}: not readable JSON (${(error as Error).message})`);
  }
  const config = parseDeploymentConfig(raw, file);
  return config.icon ? { ...config, icon: path.resolve(path.dirname(file), config.icon) } : config;
}
