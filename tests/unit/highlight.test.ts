import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../src/search/highlight';

const marked = (text: string, terms: string[]) => matchRanges(text, terms).map(([start, end]) => text.slice(start, end));

describe('highlighting what matched', () => {
  it('marks the words a hit matched as the text writes them, accents and capitals kept', () => {
    expect(marked('Dirección contra la Trata de Personas y Tráfico Ilícito', ['trata', 'trafico', 'ilicito'])).toEqual([
      'Trata',
      'Tráfico',
      'Ilícito',
    ]);
    expect(marked('Helplines and a helpline', ['helpline'])).toEqual(['helpline']);
  });

  it('marks a number however it is grouped, and a number typed from one of its groups', () => {
    expect(marked('Call 116 016 or 116-016, not 116 006', ['116016'])).toEqual(['116 016', '116-016']);
    expect(marked('Freephone 08000 121 700', ['121700'])).toEqual(['08000 121 700']);
  });

  it('marks words inside text written without spaces', () => {
    expect(marked('การค้ามนุษย์', ['ค้า', 'มนุษย์'])).toEqual(['ค้ามนุษย์']);
    expect(matchRanges('การค้ามนุษย์', ['ค้า'])).toEqual([[3, 6]]);
  });

  it('marks nothing for nothing matched', () => {
    expect(matchRanges('Modern Slavery Helpline', [])).toEqual([]);
    expect(matchRanges('Modern Slavery Helpline', ['trata'])).toEqual([]);
  });
});
