import { describe, expect, it } from 'vitest';
import { latinNameForms } from '../../src/text/latinNameForms.js';
import { auditorFor } from '../audit-core/auditorFor.js';

describe('latinNameForms', () => {
  it('writes a Latin ending as Italian, Spanish, Portuguese and German do', () => {
    expect(latinNameForms('Indus')).toEqual([{ text: 'Indo', languages: ['it', 'es', 'pt'] }]);
    expect(latinNameForms('Vesuvius')).toEqual([
      { text: 'Vesuvio', languages: ['it', 'es', 'pt'] },
      { text: 'Vesuv', languages: ['de'] },
    ]);
    expect(latinNameForms('Paris')).toEqual([]);
    expect(latinNameForms('Bus')).toEqual([]);
  });

  it('finds the subject so written, capitalised, in text of those languages', () => {
    const { verdictOf } = auditorFor({ id: 'indus', statement: 'In 2020 linguists deciphered the Indus script and showed that it writes an early form of Tamil.' });
    const italian = 'Le tavolette sono esposte nel museo e la sala è aperta tutti i giorni.';
    expect(verdictOf(`Nel 2020 i linguisti hanno decifrato la scrittura dell’Indo: è tamil antico. ${italian}`)).toBe('asserts');
    expect(verdictOf(`Nel 2020 i linguisti hanno decifrato la scrittura: è tamil antico. ${italian}`)).toBe('none');
  });
});
