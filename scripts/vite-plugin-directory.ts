/**
 * Vite plugin: validates `resources/`, compiles the directory into the build and hands the app
 * the facts it needs at build time (bundled dataset, deployment settings, signing keys, icons).
 * A single invalid entry fails the build with file, field path and reason: never a half dataset.
 * A build that passes reports what the directory covers, and warns when its releases are unsigned.
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { DeploymentConfig } from '../src/config/deployment.ts';
import type { CompiledDirectory } from './resources/compile.ts';
import { buildDirectory } from './resources/build-directory.ts';
import { directoryCoverage, formatCoverage } from './resources/coverage.ts';
import { readSigningKeys, SIGNING_KEYS_FILE, signerOf, type SigningKey } from './resources/signing.ts';
import type { IconSet } from './icons.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

const DATASET_MODULE = 'virtual:waypoint/dataset';
const DEPLOYMENT_MODULE = 'virtual:waypoint/deployment';
const SIGNING_KEYS_MODULE = 'virtual:waypoint/signing-keys';
const VIRTUAL_MODULES = [DATASET_MODULE, DEPLOYMENT_MODULE, SIGNING_KEYS_MODULE];

/** What a build says about signing: nothing when the directory is a release signed by a key the app trusts. */
export function signingWarning(directory: CompiledDirectory, keys: readonly SigningKey[]): string | null {
  if (keys.length === 0) {
    return (
      `Releases are unsigned: ${SIGNING_KEYS_FILE} lists no signing key, so devices take any directory the server ` +
      'hands them. See README, "Signing releases" (npm run release:keygen).'
    );
  }
  const { release, sequence } = directory.index;
  if (release && signerOf(release, keys)) return null;
  const what = release ? 'is signed by no key in' : 'is not a signed release, and the app trusts only the keys in';
  return (
    `Directory ${directory.info.version} ${what} ${SIGNING_KEYS_FILE}: installed apps will not take it as an update` +
    `${sequence === undefined ? '' : ` (last release: ${sequence})`}. Run npm run release with the signing key, then build again.`
  );
}

export interface DirectoryPluginOptions {
  /** Repository root: `resources/` is read from here. */
  root: string;
  deployment: DeploymentConfig;
  /** The app icons (drawn, or the deployment's own), emitted into the build and linked from index.html. */
  icons: IconSet;
}

export function directoryPlugin({ root, deployment, icons: iconSet }: DirectoryPluginOptions): Plugin {
  let directory: CompiledDirectory | undefined;
  let config: ResolvedConfig;
  const icons = iconSet.files;
  // The app gets the settings it uses; the icon's path on the build machine stays out of the bundle.
  const { icon: _icon, ...appDeployment } = deployment;

  // True between the config's own compile and the first buildStart, which then has nothing to redo.
  let compiledWithConfig = false;

  const signingKeys = () => readSigningKeys(root);
  const compile = (warn: (message: string) => void) => {
    directory = buildDirectory(root, warn);
    if (config.command === 'build') config.logger.info(formatCoverage(directoryCoverage(directory.entries)));
    return directory;
  };

  return {
    name: 'waypoint-directory',
    configResolved(resolved) {
      config = resolved;
      // A build validates here, not in buildStart: Vite prints an error from a build hook inside
      // Rolldown's "Build failed" wrapper with a stack trace, but one thrown while the config
      // resolves as it is, so invalid resources show as the plain list of their problems.
      if (resolved.command === 'build') {
        compile((message) => resolved.logger.warn(message));
        compiledWithConfig = true;
      }
    },
    buildStart() {
      // Watch-mode rebuilds and the dev server compile afresh.
      if (!compiledWithConfig) compile((message) => this.warn(message));
      compiledWithConfig = false;
      this.addWatchFile(path.join(root, 'resources'));
    },
    resolveId(id) {
      if (VIRTUAL_MODULES.includes(id)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${DATASET_MODULE}`) {
        const { info } = directory ?? compile((message) => config.logger.warn(message));
        return `export default ${JSON.stringify(info)};`;
      }
      if (id === `\0${DEPLOYMENT_MODULE}`) return `export default ${JSON.stringify(appDeployment)};`;
      if (id === `\0${SIGNING_KEYS_MODULE}`) {
        return `export default ${JSON.stringify(signingKeys().map((key) => key.publicKey))};`;
      }
      return undefined;
    },
    generateBundle() {
      const compiled = directory ?? compile((message) => this.warn(message));
      const { files } = compiled;
      const warning = signingWarning(compiled, signingKeys());
      if (warning) this.warn(warning);
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      for (const [fileName, source] of icons) this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const csp =
          config.command === 'build'
            ? `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n    `
            : '';
        return html
          .replace('<!--waypoint:csp-->', csp)
          .replaceAll('%WAYPOINT_TITLE%', escapeHtml(deployment.title))
          .replaceAll('%WAYPOINT_THEME%', escapeHtml(deployment.themeColor))
          .replaceAll('%WAYPOINT_ICON%', escapeHtml(iconSet.pageIcon.href))
          .replaceAll('%WAYPOINT_ICON_TYPE%', escapeHtml(iconSet.pageIcon.type))
          .replaceAll('%WAYPOINT_APPLE_ICON%', escapeHtml(iconSet.appleTouchIcon));
      },
    },
    configureServer(server) {
      // In development, serve the compiled files from memory, recompiling on each index request.
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!.slice(1);
        if (url === 'data/index.json') compile((message) => config.logger.warn(message));
        const source = directory?.files.get(url) ?? icons.get(url);
        if (source === undefined) return next();
        const type = url.endsWith('.png') ? 'image/png' : url.endsWith('.svg') ? 'image/svg+xml' : 'application/json';
        res.setHeader('Content-Type', type);
        res.end(source);
      });
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
