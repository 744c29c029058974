import { describe, expect, it } from 'vitest';
import { directoryCoverage, formatCoverage } from '../../scripts/resources/coverage';
import type { Entry } from '../../src/data/entry';

type Counted = Pick<Entry, 'kind' | 'countries' | 'confidence'>;
const line = (kind: Entry['kind'], countries: string[], confidence?: Entry['confidence']): Counted => ({
  kind,
  countries,
  ...(confidence && { confidence }),
});

describe('directoryCoverage', () => {
  const entries: Counted[] = [
    line('helpline', ['GB'], 'high'),
    line('helpline', ['GB', 'IE'], 'medium'),
    line('service', ['KE']),
    line('helpline', ['EU'], 'low'),
    line('emergency', ['GB'], 'high'),
    line('emergency', ['TD'], 'medium'),
    line('tip', [], undefined),
    line('programme', ['US'], undefined),
  ];

  it('counts countries reached by a helpline or service (an EU-wide line reaches all 27), lines, emergency entries and confidence', () => {
    expect(directoryCoverage(entries)).toEqual({
      // GB, KE, and the 27 EU members (IE among them); not TD or US, which have no helpline or service.
      countries: 29,
      helplines: 3,
      services: 1,
      emergency: 2,
      confidence: { high: 1, medium: 1, low: 1, 'not stated': 1 },
    });
  });

  it('prints one compact block', () => {
    expect(formatCoverage(directoryCoverage(entries))).toBe(
      [
        'Directory coverage:',
        '  29 countries and territories with a helpline or service (EU-wide lines count for each member state)',
        '  3 helplines, 1 service',
        '  2 emergency-number entries',
        '  helplines and services by confidence: 1 high, 1 medium, 1 low, 1 not stated',
      ].join('\n'),
    );
    expect(
      formatCoverage(directoryCoverage([line('helpline', ['KE'])]))
        .split('\n')
        .slice(1, 4),
    ).toEqual([
      '  1 country or territory with a helpline or service (EU-wide lines count for each member state)',
      '  1 helpline, 0 services',
      '  0 emergency-number entries',
    ]);
  });
});
