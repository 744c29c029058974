import { describe, expect, it } from 'vitest';
import { doubtOf, isUnverified } from '../../src/rules/confidence';
import { hasAllowedScheme, LINK_SCHEMES } from '../../src/rules/link-schemes';
import { safeHref } from '../../src/safety/links';

describe('link schemes', () => {
  it('links https:, tel:, sms: and mailto: addresses only', () => {
    expect(LINK_SCHEMES).toEqual(['https:', 'tel:', 'sms:', 'mailto:']);
    for (const href of ['https://example.org/', 'tel:+441234567890', 'sms:116006', 'mailto:help@example.org', 'HTTPS://example.org/']) {
      expect(hasAllowedScheme(href), href).toBe(true);
    }
    for (const href of ['http://example.org/', 'javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', '/relative', '']) {
      expect(hasAllowedScheme(href), href).toBe(false);
    }
  });

  it('gives the interface the address only when it may become a link', () => {
    expect(safeHref('tel:112')).toBe('tel:112');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});

describe('confidence', () => {
  it('calls medium and low confidence not fully verified, and ranks low after medium after the rest', () => {
    expect([undefined, 'high', 'medium', 'low'].map((level) => isUnverified(level as never))).toEqual([false, false, true, true]);
    expect(doubtOf(undefined)).toBe(doubtOf('high'));
    expect(doubtOf('high')).toBeLessThan(doubtOf('medium'));
    expect(doubtOf('medium')).toBeLessThan(doubtOf('low'));
  });
});
