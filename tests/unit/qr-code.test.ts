/**
 * The QR code as the page draws it decodes back to the contact's address: the SVG that QrCode
 * renders (QrSvg, once the encoder has loaded) is rasterised here (its viewBox, background and path, read from the element tree) and
 * handed to jsQR, a decoder independent of the encoder.
 */
import jsQR from 'jsqr';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { QrSvg } from '../../src/ui/QrCode';
import { QUIET_ZONE, matrixPath, qrMatrix, qrShape } from '../../src/ui/qr-code';

/** What the page renders once the encoder has loaded. */
function QrCode({ value, label }: { value: string; label: string }) {
  return QrSvg({ shape: qrShape(value), quietZone: QUIET_ZONE, label });
}

type Props = Record<string, unknown> & { children?: unknown };

function childrenOf(node: VNode<Props>): VNode<Props>[] {
  const children = node.props.children;
  return (Array.isArray(children) ? children : [children]).filter(Boolean) as VNode<Props>[];
}

/** Cells covered by path data made of `M x y h n v1 h-n z` runs (what matrixPath writes). */
function pathCells(d: string): Set<string> {
  const cells = new Set<string>();
  let consumed = 0;
  for (const match of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/gy)) {
    const [, x, y, width, back] = match.map(Number) as [number, number, number, number, number];
    expect(back).toBe(width);
    for (let i = 0; i < width; i++) cells.add(`${x + i},${y}`);
    consumed += match[0].length;
  }
  expect(consumed, 'the whole path is made of runs').toBe(d.length);
  return cells;
}

/** Rasterises the rendered <svg>: `scale` pixels per module, RGBA. */
function rasterise(svg: VNode<Props>, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  expect(svg.type).toBe('svg');
  const [minX, minY, side, sideY] = String(svg.props.viewBox).split(' ').map(Number) as [number, number, number, number];
  expect(side).toBe(sideY);
  const [background, dark] = childrenOf(svg);
  expect(background!.type).toBe('rect');
  expect(background!.props).toMatchObject({ x: minX, y: minY, width: side, height: side, fill: '#ffffff' });
  expect(dark!.type).toBe('path');
  expect(dark!.props.fill).toBe('#000000');
  const cells = pathCells(String(dark!.props.d));
  const width = side * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const cell = `${Math.floor(px / scale) + minX},${Math.floor(py / scale) + minY}`;
      const value = cells.has(cell) ? 0 : 255;
      data.set([value, value, value, 255], (py * width + px) * 4);
    }
  }
  return { data, width, height: width };
}

const VALUES = [
  'tel:+448000121700',
  'tel:116006',
  'sms:88788',
  'https://wa.me/5561996110100',
  'https://www.canadianhumantraffickinghotline.ca/',
  'mailto:central180@mulheres.gov.br',
];

describe('QR code', () => {
  it.each(VALUES)('the rendered SVG for %s decodes back to the same text', (value) => {
    const svg = QrCode({ value, label: `QR code for ${value}` }) as VNode<Props>;
    const { data, width, height } = rasterise(svg);
    const decoded = jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
    expect(decoded?.data).toBe(value);
  });

  it('has an accessible name and is an image to assistive technology', () => {
    const svg = QrCode({ value: 'tel:+27800428428', label: 'QR code for 0800 428 428' }) as VNode<Props>;
    expect(svg.props).toMatchObject({ role: 'img', 'aria-label': 'QR code for 0800 428 428', focusable: 'false' });
  });

  it('keeps the four-module quiet zone the standard asks for', () => {
    const svg = QrCode({ value: 'tel:109', label: 'QR code for 109' }) as VNode<Props>;
    const size = qrMatrix('tel:109').length;
    expect(svg.props.viewBox).toBe(`${-QUIET_ZONE} ${-QUIET_ZONE} ${size + 2 * QUIET_ZONE} ${size + 2 * QUIET_ZONE}`);
  });

  it('the path covers exactly the dark modules of the matrix', () => {
    const matrix = qrMatrix('https://humantraffickinghotline.org/');
    const cells = pathCells(matrixPath(matrix));
    const dark = matrix.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : [])));
    expect(cells).toEqual(new Set(dark));
  });

  it('merges runs: far fewer subpaths than dark modules', () => {
    const matrix = qrMatrix('tel:+18883737888');
    const darkCount = matrix.flat().filter(Boolean).length;
    const subpaths = matrixPath(matrix).split('M').length - 1;
    expect(subpaths).toBeLessThan(darkCount * 0.7);
  });
});
