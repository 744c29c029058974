/**
 * Vite plugin: validates `resources/`, compiles the directory into the build and hands the app
 * the facts it needs at build time (bundled dataset, deployment settings, icons).
 * A single invalid entry fails the build with file, field path and reason: never a half dataset.
 * A build that passes reports what the directory covers.
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { DeploymentConfig } from '../src/config/deployment.ts';
import type { CompiledDirectory } from './resources/compile.ts';
import { buildDirectory } from './resources/build-directory.ts';
import { directoryCoverage, formatCoverage } from './resources/coverage.ts';
import type { IconSet } from './icons.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

const DATASET_MODULE = 'virtual:waypoint/dataset';
const DEPLOYMENT_MODULE = 'virtual:waypoint/deployment';

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
      if (id === DATASET_MODULE || id === DEPLOYMENT_MODULE) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${DATASET_MODULE}`) {
        const { info } = directory ?? compile((message) => config.logger.warn(message));
        return `export default ${JSON.stringify(info)};`;
      }
      if (id === `\0${DEPLOYMENT_MODULE}`) return `export default ${JSON.stringify(appDeployment)};`;
      return undefined;
    },
    generateBundle() {
      const { files } = directory ?? compile((message) => this.warn(message));
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
