import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeploymentConfigError, parseDeploymentConfig, readDeploymentConfig } from '../../scripts/deployment';
import { deploymentIcons, renderIcons } from '../../scripts/icons';

const repoDeployment = JSON.parse(readFileSync(path.resolve(__dirname, '../../resources/deployment.json'), 'utf8')) as Record<
  string,
  unknown
>;

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'waypoint-icon-'));
}

/** PNG signature and IHDR only: all the icon check reads. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

function writeIcon(name: string, content: string | Uint8Array): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

describe('deployment file: icon setting', () => {
  it('is optional', () => {
    expect(parseDeploymentConfig(repoDeployment).icon).toBeUndefined();
  });

  it('accepts a .png or .svg path and refuses anything else', () => {
    expect(parseDeploymentConfig({ ...repoDeployment, icon: 'icons/mark.svg' }).icon).toBe('icons/mark.svg');
    expect(parseDeploymentConfig({ ...repoDeployment, icon: 'mark.PNG' }).icon).toBe('mark.PNG');
    expect(() => parseDeploymentConfig({ ...repoDeployment, icon: 'mark.gif' })).toThrow(
      /icon: must be the path of a square \.png or \.svg/,
    );
    expect(() => parseDeploymentConfig({ ...repoDeployment, icon: 42 })).toThrow(DeploymentConfigError);
    // Optional keys do not open the door to unknown ones.
    expect(() => parseDeploymentConfig({ ...repoDeployment, logo: 'mark.svg' })).toThrow(/logo: unknown setting/);
  });

  it('is read relative to the deployment file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'deployment.json');
    writeFileSync(file, JSON.stringify({ ...repoDeployment, icon: 'art/mark.svg' }));
    expect(readDeploymentConfig(file).icon).toBe(path.join(dir, 'art/mark.svg'));
  });
});

describe('deployment icons', () => {
  it('without a custom icon: the drawn set, with a maskable icon', () => {
    const icons = deploymentIcons({ themeColor: '#1f4e79' });
    expect([...icons.files.keys()].sort()).toEqual([
      'icons/apple-touch-icon-180.png',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/icon-maskable-512.png',
    ]);
    expect(icons.manifest.map((icon) => icon.purpose)).toEqual(['any', 'any', 'maskable']);
    expect(icons.pageIcon).toEqual({ href: 'icons/icon-192.png', type: 'image/png' });
  });

  it('a square PNG of at least 512 is copied as it is, and used for iOS too', () => {
    const png = renderIcons('#336699').get('icons/icon-512.png')!;
    const icons = deploymentIcons({ themeColor: '#1f4e79', icon: writeIcon('mark.png', png) });
    expect([...icons.files.keys()]).toEqual(['icons/icon.png']);
    expect(icons.files.get('icons/icon.png')).toEqual(png);
    expect(icons.manifest).toEqual([{ src: 'icons/icon.png', sizes: '512x512', type: 'image/png', purpose: 'any' }]);
    expect(icons.appleTouchIcon).toBe('icons/icon.png');
  });

  it('an SVG is copied; iOS, which reads no SVG, keeps the drawn PNG', () => {
    const svg =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="40"/></svg>';
    const icons = deploymentIcons({ themeColor: '#1f4e79', icon: writeIcon('mark.svg', svg) });
    expect(new TextDecoder().decode(icons.files.get('icons/icon.svg'))).toBe(svg);
    expect(icons.manifest).toEqual([{ src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }]);
    expect(icons.pageIcon).toEqual({ href: 'icons/icon.svg', type: 'image/svg+xml' });
    expect(icons.files.has(icons.appleTouchIcon)).toBe(true);
  });

  it.each([
    ['a PNG that is not square', 'mark.png', pngHeader(600, 400), /600×400; it must be square/],
    ['a PNG under 512', 'mark.png', pngHeader(256, 256), /at least 512×512/],
    ['a .png that is no PNG', 'mark.png', 'not a png', /not a PNG file/],
    ['an .svg that is no SVG', 'mark.svg', '<html></html>', /not an SVG file/],
    ['an SVG that is not square', 'mark.svg', '<svg viewBox="0 0 200 100"></svg>', /square viewBox/],
    ['an SVG without a viewBox', 'mark.svg', '<svg width="64" height="64"></svg>', /square viewBox/],
    ['an SVG with a script', 'mark.svg', '<svg viewBox="0 0 10 10"><script>alert(1)</script></svg>', /contains script/],
    ['an SVG with an event handler', 'mark.svg', '<svg viewBox="0 0 10 10" onload="alert(1)"></svg>', /contains script/],
  ])('refuses %s at build time', (_label, name, content, message) => {
    expect(() => deploymentIcons({ themeColor: '#1f4e79', icon: writeIcon(name, content) })).toThrow(message);
  });

  it('names the file when it cannot be read', () => {
    expect(() => deploymentIcons({ themeColor: '#1f4e79', icon: '/nowhere/mark.svg' })).toThrow(
      /icon: cannot read \/nowhere\/mark\.svg/,
    );
  });
});
