import { describe, expect, it } from 'vitest';
import { resolveKioskMode } from '../../src/kiosk/kiosk-mode';

const cases: { enabled: boolean; allowUrlFlag: boolean; search: string; kiosk: boolean }[] = [
  // Set on by the deployment: always a kiosk, whatever the address says.
  { enabled: true, allowUrlFlag: true, search: '', kiosk: true },
  { enabled: true, allowUrlFlag: false, search: '', kiosk: true },
  { enabled: true, allowUrlFlag: true, search: '?kiosk=0', kiosk: true },
  { enabled: true, allowUrlFlag: false, search: '?kiosk=0', kiosk: true },
  // Off, flag allowed: only ?kiosk=1 turns it on.
  { enabled: false, allowUrlFlag: true, search: '', kiosk: false },
  { enabled: false, allowUrlFlag: true, search: '?kiosk=1', kiosk: true },
  { enabled: false, allowUrlFlag: true, search: '?lang=es&kiosk=1', kiosk: true },
  { enabled: false, allowUrlFlag: true, search: 'kiosk=1', kiosk: true },
  { enabled: false, allowUrlFlag: true, search: '?kiosk=0', kiosk: false },
  { enabled: false, allowUrlFlag: true, search: '?kiosk=true', kiosk: false },
  { enabled: false, allowUrlFlag: true, search: '?kiosk', kiosk: false },
  { enabled: false, allowUrlFlag: true, search: '?KIOSK=1', kiosk: false },
  // Off, flag forbidden: the address cannot turn it on.
  { enabled: false, allowUrlFlag: false, search: '?kiosk=1', kiosk: false },
  { enabled: false, allowUrlFlag: false, search: '', kiosk: false },
];

describe('kiosk mode: deployment setting × address flag', () => {
  it.each(cases)(
    'enabled $enabled, allowUrlFlag $allowUrlFlag, "$search" → $kiosk',
    ({ enabled, allowUrlFlag, search, kiosk }) => {
      expect(resolveKioskMode({ enabled, allowUrlFlag }, search)).toBe(kiosk);
    },
  );
});
