import { describe, expect, it } from 'vitest';
import { numberWithUnit, unitForms } from '../../src/text/unitForms.js';

describe('unitForms', () => {
  it('reads a unit by its English words and symbols, with its words in the five other languages', () => {
    expect(unitForms('hertz')).toMatchObject({ symbols: ['Hz'], words: { es: expect.arrayContaining(['hercios']), de: ['Hertz'] } });
    expect(unitForms('Hz')).toBe(unitForms('hertz'));
    expect(unitForms('per cent')).toBe(unitForms('percent'));
    expect(unitForms('%')).toBe(unitForms('percent'));
    expect(unitForms('percent')!.words.de).toEqual(['Prozent']);
  });

  it('is undefined for words that are no unit, and for one-letter symbols alone', () => {
    expect(unitForms('weight')).toBeUndefined();
    expect(unitForms('m')).toBeUndefined();
    expect(unitForms('K')).toBeUndefined();
  });

  it('reads a number written with its unit in one word', () => {
    expect(numberWithUnit('18-karat')).toMatchObject({ number: '18', unit: unitForms('carat') });
    expect(numberWithUnit('44mm')).toMatchObject({ number: '44', unit: unitForms('millimetre') });
    expect(numberWithUnit('18K')).toMatchObject({ number: '18', unit: unitForms('karat') });
    expect(numberWithUnit('2024')).toBeUndefined();
    expect(numberWithUnit('4G')).toBeUndefined();
  });

  it('reads an amount written with its currency symbol first, as English writes it', () => {
    expect(numberWithUnit('£250')).toMatchObject({ number: '250', unit: unitForms('pound'), symbolFirst: true });
    expect(numberWithUnit('$2.25')).toMatchObject({ number: '2.25', unit: unitForms('dollars') });
    expect(unitForms('pound')!.words.de).toEqual(['Pfund']);
    expect(unitForms('pound')!.kind).toBe('currency');
    expect(unitForms('hertz')!.kind).toBe('measure');
  });

  it('reads a unit of time, a word of what a statement says', () => {
    expect(unitForms('year')).toMatchObject({ kind: 'time', words: { it: ['anni', 'anno'], de: expect.arrayContaining(['Jahr']) } });
    expect(unitForms('years')).toBe(unitForms('year'));
    // "second" is also an ordinal.
    expect(unitForms('second')).toBeUndefined();
  });
});
