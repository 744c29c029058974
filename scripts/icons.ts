/**
 * Draws the app icons at build time, straight to PNG: a ring around a dot on the theme colour.
 * A neutral mark: nothing on a home screen should say what the app is for. Drawn in code so
 * the build needs no image tools and a deployment's theme colour reaches the icon.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { DeploymentConfig } from '../src/config/deployment.ts';
import { DeploymentConfigError } from './deployment.ts';

type Rgb = [number, number, number];

/** An entry of the web app manifest's `icons`. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: 'any' | 'maskable';
}

/** Every icon the build ships, and where the manifest and index.html point. */
export interface IconSet {
  /** Files to emit, by path in the build. */
  files: Map<string, Uint8Array>;
  manifest: ManifestIcon[];
  /** `<link rel="icon">` */
  pageIcon: { href: string; type: string };
  /** `<link rel="apple-touch-icon">`: always a PNG (iOS reads no SVG; without one it screenshots the page). */
  appleTouchIcon: string;
}

/** The smallest custom PNG accepted: the size install prompts and splash screens ask for. */
export const MIN_CUSTOM_PNG_SIZE = 512;

/**
 * The deployment's icons: the drawn mark on the theme colour, or the deployment's own square PNG
 * or SVG copied as it is (then the drawn mark is only the apple-touch icon for an SVG, since iOS
 * needs a PNG). A custom icon is not declared maskable: it was not drawn for a launcher's crop.
 */
export function deploymentIcons(deployment: Pick<DeploymentConfig, 'themeColor' | 'icon'>): IconSet {
  if (!deployment.icon) {
    return {
      files: renderIcons(deployment.themeColor),
      manifest: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      pageIcon: { href: 'icons/icon-192.png', type: 'image/png' },
      appleTouchIcon: 'icons/apple-touch-icon-180.png',
    };
  }
  const custom = readCustomIcon(deployment.icon);
  if (custom.type === 'image/png') {
    return {
      files: new Map([['icons/icon.png', custom.bytes]]),
      manifest: [{ src: 'icons/icon.png', sizes: custom.sizes, type: custom.type, purpose: 'any' }],
      pageIcon: { href: 'icons/icon.png', type: custom.type },
      appleTouchIcon: 'icons/icon.png',
    };
  }
  return {
    files: new Map([
      ['icons/icon.svg', custom.bytes],
      ['icons/apple-touch-icon-180.png', drawAppleTouchIcon(deployment.themeColor)],
    ]),
    manifest: [{ src: 'icons/icon.svg', sizes: 'any', type: custom.type, purpose: 'any' }],
    pageIcon: { href: 'icons/icon.svg', type: custom.type },
    appleTouchIcon: 'icons/apple-touch-icon-180.png',
  };
}

interface CustomIcon {
  bytes: Uint8Array;
  type: 'image/png' | 'image/svg+xml';
  sizes: string;
}

/** Reads and checks a deployment's own icon: square, big enough, and (for SVG) without script. */
function readCustomIcon(file: string): CustomIcon {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new DeploymentConfigError(`icon: cannot read ${file} (${(error as Error).message})`);
  }
  if (/\.png$/i.test(file)) {
    const signature = [137, 80, 78, 71, 13, 10, 26, 10];
    if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) {
      throw new DeploymentConfigError(`icon: ${file} is not a PNG file`);
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    if (width !== height) throw new DeploymentConfigError(`icon: ${file} is ${width}×${height}; it must be square`);
    if (width < MIN_CUSTOM_PNG_SIZE) {
      throw new DeploymentConfigError(
        `icon: ${file} is ${width}×${height}; it must be at least ${MIN_CUSTOM_PNG_SIZE}×${MIN_CUSTOM_PNG_SIZE}`,
      );
    }
    return { bytes, type: 'image/png', sizes: `${width}x${height}` };
  }
  const text = new TextDecoder().decode(bytes);
  const svg = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!svg) throw new DeploymentConfigError(`icon: ${file} is not an SVG file`);
  // The icon is served from the app's own origin; an SVG opened directly runs its scripts there.
  if (/<script\b|\son\w+\s*=|javascript:/i.test(text)) {
    throw new DeploymentConfigError(`icon: ${file} contains script; use a plain drawing`);
  }
  const viewBox = /\bviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(svg);
  if (!viewBox || Number(viewBox[1]) !== Number(viewBox[2]) || Number(viewBox[1]) <= 0) {
    throw new DeploymentConfigError(`icon: ${file} needs a square viewBox, such as viewBox="0 0 512 512"`);
  }
  return { bytes, type: 'image/svg+xml', sizes: 'any' };
}

/** Icon files by name. */
export function renderIcons(themeColor: string): Map<string, Uint8Array> {
  const background = parseHex(themeColor);
  return new Map([
    ['icons/icon-192.png', drawIcon(192, background, false)],
    ['icons/icon-512.png', drawIcon(512, background, false)],
    // Maskable icons are cropped to a circle or squircle by the launcher: full-bleed background
    // and the mark inside the central 80 % "safe zone".
    ['icons/icon-maskable-512.png', drawIcon(512, background, true)],
    ['icons/apple-touch-icon-180.png', drawAppleTouchIcon(themeColor)],
  ]);
}

function drawAppleTouchIcon(themeColor: string): Uint8Array {
  return drawIcon(180, parseHex(themeColor), true);
}

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Coverage (0..1) of each shape at a point in unit coordinates centred on 0. */
function shapesAt(x: number, y: number, maskable: boolean): { background: number; mark: number } {
  const scale = maskable ? 0.62 : 0.8;
  const r = Math.hypot(x, y) / scale;
  const ring = r > 0.42 && r < 0.56 ? 1 : 0;
  const dot = r < 0.2 ? 1 : 0;
  const corner = 0.22;
  const inRoundedSquare = (() => {
    const ax = Math.max(Math.abs(x) - (0.5 - corner), 0);
    const ay = Math.max(Math.abs(y) - (0.5 - corner), 0);
    return Math.hypot(ax, ay) <= corner;
  })();
  return { background: maskable || inRoundedSquare ? 1 : 0, mark: ring || dot };
}

function drawIcon(size: number, background: Rgb, maskable: boolean): Uint8Array {
  const samples = 4;
  const rowBytes = size * 4 + 1;
  const raw = new Uint8Array(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0; // PNG filter: none
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size - 0.5;
          const y = (py + (sy + 0.5) / samples) / size - 0.5;
          const cover = shapesAt(x, y, maskable);
          bg += cover.background;
          mark += cover.background ? cover.mark : 0;
        }
      }
      const n = samples * samples;
      const alpha = bg / n;
      const white = alpha > 0 ? mark / bg : 0;
      const o = py * rowBytes + 1 + px * 4;
      raw[o] = Math.round(background[0] + (255 - background[0]) * white);
      raw[o + 1] = Math.round(background[1] + (255 - background[1]) * white);
      raw[o + 2] = Math.round(background[2] + (255 - background[2]) * white);
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, raw);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A minimal PNG: 8-bit RGBA, no interlace, one IDAT. */
function encodePng(width: number, height: number, raw: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
    chunk('IEND', new Uint8Array()),
  ];
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const png = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
