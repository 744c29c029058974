/** Release order: the publisher's sequence decides, the build date only between unsequenced directories. */
import { describe, expect, it } from 'vitest';
import { isLaterRelease, type ReleasePosition } from '../../src/data/release-order';

const at = (version: string, generated: string, sequence?: number): ReleasePosition => ({
  version,
  generated,
  ...(sequence === undefined ? {} : { sequence }),
});

describe('which release is later', () => {
  it('a higher sequence, whatever the clocks of the machines that built them', () => {
    expect(isLaterRelease(at('b', '2026-01-01', 2), at('a', '2030-01-01', 1))).toBe(true);
    expect(isLaterRelease(at('a', '2030-01-01', 1), at('b', '2026-01-01', 2))).toBe(false);
  });

  it('the same sequence with other content only where the published index allows it', () => {
    expect(isLaterRelease(at('b', '2026-01-01', 2), at('a', '2026-01-01', 2), { sameStepWins: true })).toBe(true);
    expect(isLaterRelease(at('b', '2026-01-01', 2), at('a', '2026-01-01', 2))).toBe(false);
  });

  it('never the same directory', () => {
    expect(isLaterRelease(at('a', '2027-01-01', 3), at('a', '2026-01-01', 2), { sameStepWins: true })).toBe(false);
  });

  it('a sequenced directory over one from before sequences; never the other way round', () => {
    expect(isLaterRelease(at('b', '2026-01-01', 1), at('a', '2030-01-01'))).toBe(true);
    expect(isLaterRelease(at('b', '2030-01-01'), at('a', '2026-01-01', 1), { sameStepWins: true })).toBe(false);
  });

  it('between unsequenced directories, the later build date (the same one too, for the index)', () => {
    expect(isLaterRelease(at('b', '2026-02-01'), at('a', '2026-01-01'))).toBe(true);
    expect(isLaterRelease(at('b', '2026-01-01'), at('a', '2026-02-01'))).toBe(false);
    expect(isLaterRelease(at('b', '2026-01-01'), at('a', '2026-01-01'), { sameStepWins: true })).toBe(true);
    expect(isLaterRelease(at('b', '2026-01-01'), at('a', '2026-01-01'))).toBe(false);
  });
});
