import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readDeploymentConfig } from './scripts/deployment.ts';
import { deploymentIcons } from './scripts/icons.ts';
import { atomicOutputPlugin } from './scripts/vite-plugin-atomic-output.ts';
import { MAX_FILE_BYTES } from './src/rules/dataset-limits.ts';
import { directoryPlugin } from './scripts/vite-plugin-directory.ts';
import { securityHeadersPlugin } from './scripts/vite-plugin-headers.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
// WAYPOINT_DEPLOYMENT points at another settings file (the tests build a kiosk this way).
const deployment = readDeploymentConfig(path.resolve(root, process.env.WAYPOINT_DEPLOYMENT ?? 'resources/deployment.json'));
// The drawn icon on the theme colour, or the deployment's own (`icon` in the deployment file).
const icons = deploymentIcons(deployment);

/**
 * The app's code, as a hash of every file under src/: a device checks its stored directory once
 * per build (src/data/directory-sync.ts), so any change to the code checks it again.
 */
function appBuild(): string {
  const hash = createHash('sha256');
  const files = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  root: path.join(root, 'src'),
  publicDir: path.join(root, 'public'),
  base: './',
  define: { __WAYPOINT_BUILD__: JSON.stringify(appBuild()) },
  build: {
    outDir: process.env.WAYPOINT_OUT_DIR ? path.resolve(root, process.env.WAYPOINT_OUT_DIR) : path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // No inline data: URLs for assets: the Content-Security-Policy allows images from self.
    assetsInlineLimit: 0,
    // Browsers without <link rel=modulepreload> simply fetch each chunk when it is imported: no polyfill.
    modulePreload: { polyfill: false },
    // An app's entry exports nothing anyone imports: let the bundler merge shared code into it.
    rolldownOptions: { preserveEntrySignatures: false },
  },
  // `npm start` serves the build with the site's security headers (securityHeadersPlugin).
  preview: { port: 4173, strictPort: true },
  plugins: [
    preact(),
    directoryPlugin({ root, deployment, icons }),
    securityHeadersPlugin(),
    VitePWA({
      registerType: 'prompt',
      // The app registers the worker itself, through src/app/sw-bridge.ts.
      injectRegister: false,
      selfDestroying: deployment.killServiceWorker,
      manifest: {
        id: '/',
        name: deployment.appName,
        short_name: deployment.shortName,
        description: deployment.appName,
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: deployment.themeColor,
        icons: icons.manifest,
      },
      workbox: {
        // The shell and the full dataset are precached; update buckets and the update index are
        // fetched only when there is something new.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}', 'data/directory-*.json'],
        globIgnores: ['data/b/**', 'data/index.json'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so the first visit already works offline.
        clientsClaim: true,
        // The build refuses a dataset over this size, so the precache never skips it.
        maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
      },
    }),
    // Last: the output folder is replaced only when the whole build, service worker included, succeeded.
    atomicOutputPlugin(),
  ],
});
