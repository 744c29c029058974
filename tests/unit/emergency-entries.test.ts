/**
 * The 230 countries' emergency entries say what each number reaches with the interface's own
 * words (catalogue keys `service.*`), so every interface language names them, and their shared
 * name and summary are the catalogue's too: the data keeps only the English, held equal here.
 */
import { describe, expect, it } from 'vitest';
import { EMERGENCY_SERVICES } from '../../src/data/entry';
import { en } from '../../src/i18n/messages/en';
import { realDirectory } from './support/real-directory';

const emergencies = realDirectory().entries.filter((entry) => entry.kind === 'emergency');

describe('emergency entries in the real directory', () => {
  it('cover the countries, each number naming its service and none carrying its own label', () => {
    expect(emergencies.length).toBeGreaterThanOrEqual(230);
    const unnamed = emergencies.flatMap((entry) =>
      entry.contacts.filter((contact) => !('service' in contact) || contact.label).map(() => entry.id),
    );
    expect(unnamed).toEqual([]);
    const used = new Set(
      emergencies.flatMap((entry) => entry.contacts.map((contact) => 'service' in contact && contact.service)),
    );
    expect([...used].sort()).toEqual([...EMERGENCY_SERVICES].sort());
  });

  it('carry the English name and summary the interface shows, and no translations of their own', () => {
    for (const entry of emergencies) {
      expect(entry.name).toEqual({ en: en['kind.emergency'] });
      expect(entry.summary).toEqual({ en: en['emergency.summary'] });
    }
  });
});
