/**
 * Reads and checks `resources/deployment.json` at build time. A deployment changes names,
 * country, languages, kiosk mode and the exit address here, never in code. The settings are
 * checked with the same field checks as the directory's entries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DeploymentConfig } from '../src/config/deployment.ts';
import { SUPPORTED_LANGUAGES } from '../src/i18n/languages.ts';
import { STALE_AFTER_DAYS } from '../src/rules/freshness.ts';
import { todayUtc } from '../src/rules/dates.ts';
import { parseJsonText } from './resources/json-text.ts';
import { Checker, formatIssue, withoutStackTrace } from './resources/validate/checker.ts';
import {
  type Check,
  type ShapeOf,
  arrayOf,
  asName,
  checkBoolean,
  checkEmail,
  checkHttpsUrl,
  checkObject,
  countryCode,
  LIMITS,
  matching,
  objectOf,
  oneOf,
  optional,
  plainString,
  required,
  wholeNumber,
} from './resources/validate/fields.ts';
import { checkTextSafety } from './resources/validate/text-safety.ts';
import { AA_TEXT_CONTRAST, contrastRatio } from './contrast.ts';

/** The deployment file is unreadable or has problems; the message lists them, and the build prints it without a stack trace. */
export class DeploymentConfigError extends Error {
  override name = 'DeploymentConfigError';

  constructor(message: string) {
    super(message);
    withoutStackTrace(this);
  }
}

/**
 * The theme colour is the page's accent: text on white, and the background of white button text.
 * A colour too light for that fails the build, with the reason and the ratio it has.
 */
const themeColour: Check = (value, path, c) => {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) {
    c.error(path, 'must be a colour like #1f4e79');
    return;
  }
  const ratio = contrastRatio(value, '#ffffff');
  if (ratio < AA_TEXT_CONTRAST) {
    c.error(
      path,
      `${value} has a contrast of ${ratio.toFixed(2)}:1 with white; the app shows white text on it and it on white, and WCAG AA needs ${AA_TEXT_CONTRAST}:1: choose a darker colour`,
    );
  }
};

/** A country whose services come first, or "" to follow the browser. */
const defaultCountry: Check = (value, path, c) => {
  if (value !== '') countryCode({ allowEU: false })(value, path, c);
};

const KIOSK_SHAPE: ShapeOf<DeploymentConfig['kiosk']> = {
  enabled: required(checkBoolean),
  allowUrlFlag: required(checkBoolean),
  idleSeconds: required(wholeNumber(15, 3600, 'seconds')),
};

/** Where to report a missing line: an https page, or mailto: with one e-mail address. */
const reportAddress: Check = (value, path, c) => {
  if (typeof value === 'string' && value.startsWith('mailto:')) checkEmail(value.slice('mailto:'.length), path, c);
  else checkHttpsUrl(value, path, c);
};

const MISSING_LINE_SHAPE: ShapeOf<NonNullable<DeploymentConfig['missingLine']>> = {
  name: required(asName(plainString(60))),
  href: required(reportAddress),
};

// Typed over every setting of DeploymentConfig: a setting added there and forgotten here fails to compile.
const DEPLOYMENT_SHAPE: ShapeOf<DeploymentConfig> = {
  appName: required(asName(plainString(45))),
  shortName: required(asName(plainString(20))),
  title: required(asName(plainString(60))),
  themeColor: required(themeColour),
  exitUrl: required(checkHttpsUrl),
  defaultCountry: required(defaultCountry),
  languages: required(
    arrayOf(
      oneOf(
        SUPPORTED_LANGUAGES.map((language) => language.tag),
        'interface language',
      ),
      { nonEmpty: true },
    ),
  ),
  kiosk: required(objectOf(KIOSK_SHAPE)),
  killServiceWorker: required(checkBoolean),
  partnerArea: optional(checkBoolean),
  missingLine: optional(objectOf(MISSING_LINE_SHAPE)),
  icon: optional(matching(/\.(png|svg)$/i, 'must be the path of a square .png or .svg file, relative to this file')),
};

/** Validates a parsed config; throws DeploymentConfigError listing every problem. */
export function parseDeploymentConfig(raw: unknown, file = 'resources/deployment.json'): DeploymentConfig {
  // The settings hold no dates; the checker's date options are never read.
  const c = new Checker(file, { today: todayUtc(), staleAfterDays: STALE_AFTER_DAYS }, 'setting');
  if (checkObject(raw, '', DEPLOYMENT_SHAPE, c)) checkTextSafety(raw, '', c);
  if (c.issues.length > 0) {
    throw new DeploymentConfigError(`${file} has problems:\n${c.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
  }
  return raw as unknown as DeploymentConfig;
}

/** Reads the deployment config from a file; a custom icon's path comes back absolute. */
export function readDeploymentConfig(file: string): DeploymentConfig {
  // Messages name the file as the person typing the command sees it: resources/deployment.json.
  const relative = path.relative(process.cwd(), file);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DeploymentConfigError(`${shown}: not readable (${(error as Error).message})`);
  }
  // A byte order mark (Windows editors save one) is dropped; nesting deep enough to overflow the checks is refused.
  const parsed = parseJsonText(text, LIMITS.nestingDepth);
  if (!parsed.ok) throw new DeploymentConfigError(`${shown}: ${parsed.message}`);
  const config = parseDeploymentConfig(parsed.value, shown);
  return config.icon ? { ...config, icon: path.resolve(path.dirname(file), config.icon) } : config;
}
