/**
 * QR codes drawn on the device (the only uqr user): a person at a kiosk scans a helpline's number
 * onto her own phone instead of writing it down. Nothing is fetched and nothing leaves the page.
 *
 * Pure: text in, SVG path data out. The dark modules become one <path> (horizontal runs merged),
 * not one element per module: a kiosk page shows about a hundred codes at once.
 */
import { encode } from 'uqr';

/** Light modules around the code: the QR standard asks for four, and scanners need them. */
export const QUIET_ZONE = 4;

export interface QrShape {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** SVG path data for the dark modules, in module units with the code's top-left at 0,0. */
  path: string;
}

/** Dark modules as rows of booleans, `true` for dark. Level M survives a scuffed print or a glare. */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** One subpath per horizontal run of dark modules: `M x y h n v1 h-n z`. */
export function matrixPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}

// The same contacts are drawn again on every render, language change and kiosk reset: encode each once.
const cache = new Map<string, QrShape>();
const CACHE_LIMIT = 500;

/** The code for `text`, encoded once per page life. */
export function qrShape(text: string): QrShape {
  let shape = cache.get(text);
  if (!shape) {
    const matrix = qrMatrix(text);
    shape = { size: matrix.length, path: matrixPath(matrix) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, shape);
  }
  return shape;
}
