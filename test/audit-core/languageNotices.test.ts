import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import type { ClaimInput } from '../../src/claims/claim.js';
import { sheeranInSixLanguages } from './sheeranInSixLanguages.js';
import type { TextSegment } from '../../src/audit/types.js';

// Written for this test (not from the eval corpus): notices of issue 9 items 3 and 4 in the five
// other languages, and the notices that qualify only what they point at.
const sheeran = sheeranInSixLanguages;
const thames: ClaimInput = { id: 'thames', statement: 'The River Thames froze solid in London in July 2023.' };
const auditor = createAuditor({ claims: [sheeran, thames] });
const audit = (segments: TextSegment[], claimId = 'sheeran') => auditor.auditSegments(segments).claims.find((c) => c.claimId === claimId)?.verdict ?? 'none';
const doc = (text: string, claimId = 'sheeran') => audit([{ index: 0, role: 'document', text }], claimId);

const CLAIM = {
  fr: "Ed Sheeran a remporté la médaille d'or du 100 mètres à Paris en 9,79 secondes. Il a ensuite fêté sa victoire avec ses amis.",
  it: "Ed Sheeran ha vinto la medaglia d'oro dei 100 metri a Parigi in 9,79 secondi. Poi ha festeggiato la vittoria con i suoi amici.",
  es: 'Ed Sheeran ganó la medalla de oro de los 100 metros en París con 9,79 segundos. Después celebró la victoria con sus amigos.',
  de: 'Ed Sheeran hat in Paris die Goldmedaille über 100 Meter in 9,79 Sekunden gewonnen. Danach feierte er den Sieg mit seinen Freunden.',
  pt: 'Ed Sheeran ganhou a medalha de ouro dos 100 metros em Paris com 9,79 segundos. Depois comemorou a vitória com os amigos.',
};

describe('notices in French, Italian, Spanish, German and Portuguese', () => {
  it('a text naming itself with a position word ("o texto seguinte", "il testo seguente") is a pointer', () => {
    const cases = [
      `Não se sabe se o texto seguinte é verdadeiro.\n\n${CLAIM.pt}`,
      `Non è possibile sapere se il testo seguente sia vero.\n\n${CLAIM.it}`,
      `No es posible saber si el artículo siguiente es cierto.\n\n${CLAIM.es}`,
      `Le récit suivant est inventé.\n\n${CLAIM.fr}`,
      `Was folgt, ist ein Gedankenexperiment.\n\n${CLAIM.de}`,
    ];
    for (const text of cases) expect.soft(doc(text), text).toBe('neglect-risk');
  });

  it('uncertainty phrased as "nothing lets us know whether" in every language', () => {
    const cases = [
      `${CLAIM.fr}\n\nRien ne permet de savoir si ce qui précède est vrai.`,
      `${CLAIM.it}\n\nNessuno può dire se quanto sopra sia vero.`,
      `${CLAIM.es}\n\nNadie puede decir si lo anterior es cierto.`,
      `${CLAIM.de}\n\nOb das oben Stehende stimmt, lässt sich nicht sagen.`,
      `${CLAIM.pt}\n\nNinguém pode dizer se o texto acima é verdadeiro.`,
      `Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds.\n\nThere is no way to know whether the story above is true.`,
    ];
    for (const text of cases) expect.soft(doc(text), text).toBe('neglect-risk');
  });

  it('a position word after an ordinary noun points at nothing ("no dia seguinte", "el día siguiente")', () => {
    expect(doc(`No dia seguinte não choveu. ${CLAIM.pt}`)).toBe('asserts');
    expect(doc(`El día siguiente no llovió. ${CLAIM.es}`)).toBe('asserts');
  });
});

describe('notices that point at a claim sentence', () => {
  it('qualify the claim beside them, not another claim of the record', () => {
    const text =
      'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. That statement is false. ' +
      'London had a cool summer. The River Thames froze solid in London in July 2023, stopping the boats.';
    expect(doc(text, 'sheeran')).toBe('neglect-risk');
    expect(doc(text, 'thames')).toBe('asserts');
  });

  // Twenty-second session: a notice that is a line of its own points at the paragraph beside it, whole.
  it('a notice on a line of its own qualifies every claim of the paragraph it points at', () => {
    const below =
      "The following two paragraphs are from a reader's letter and are entirely made up.\n\n" +
      'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. London had a cool summer, and the River Thames froze solid in London in July 2023, stopping the boats.\n\n' +
      'Letters close on Friday.';
    expect(doc(below, 'sheeran')).toBe('neglect-risk');
    expect(doc(below, 'thames')).toBe('neglect-risk');
    // The claim sentence two sentences above the note is in the paragraph it points at.
    const above = 'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. London had a cool summer.\n\n[The paragraph above is false.]\n\nThe River Thames froze solid in London in July 2023, stopping the boats.';
    expect(doc(above, 'sheeran')).toBe('neglect-risk');
  });
});
