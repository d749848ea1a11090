import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { correctionNote } from '../../src/audit/scan/scopeRules.js';
import { auditorFor } from './auditorFor.js';

/**
 * The verdict rules of issue 9 item 2: a claim asserted in its own sentences with a correction beside
 * each of them is the paper's corrected condition (`neglect-risk`, 39.4% belief), never
 * `negated-locally`; a notice about content of its own ("The story that ... is false.") qualifies only
 * the claim it restates.
 */
const sheeran = defineClaim({
  id: 'sheeran',
  statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
});
const thames = defineClaim({ id: 'thames', statement: 'The River Thames froze solid in London in July 2023.' });
const { document: doc } = auditorFor(sheeran, thames);
const claim = (text: string, id: string) => doc(text).claims.find((c) => c.claimId === id);

describe('the corrected condition: asserted claim sentences with a correction beside each', () => {
  it('a bracketed note right after each claim sentence that negates the claim', () => {
    const finding = claim(
      'The crowd gathered early. Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. ' +
        '[Correction: Ed Sheeran never won any Olympic medal.] Fans waved flags for hours. ' +
        'Sheeran crossed the line first to take the 100m gold. [Editor: Sheeran did not compete in the 100m at all.]',
      'sheeran',
    );
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.expectedBelief.condition).toBe('corrected');
  });

  it("a note's later sentences are the note's: its scope is its bracket", () => {
    // "[Correction: this was printed in error. Sheeran never won ...]": the negation in the note's second sentence
    // corrects the (anaphoric) claim sentence before it; it is no local negation of the text's own.
    const text =
      'The singer had a busy summer. Last August he won the 100m gold at the Olympics in 9.79 seconds. ' +
      '[Correction: this sentence was printed in error. Ed Sheeran never won an Olympic medal.] The tour resumed in September.';
    expect(claim(text, 'sheeran')?.verdict).toBe('neglect-risk');
    expect(correctionNote(text, text.indexOf('Ed Sheeran never'), text.indexOf(' The tour'))).toBe(true);
    expect(correctionNote('He won. [See: the gallery.] Ed Sheeran never won.', 28, 49)).toBe(false); // the bracket closed before
  });

  it('a neighbouring notice that corrects the content it restates', () => {
    const finding = claim(
      'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. ' +
        '[Correction: the report that the singer took an Olympic sprint title is false.] The stadium was full.',
      'sheeran',
    );
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.expectedBelief.condition).toBe('corrected');
  });

  it('a title restating the claim needs no correction of its own (French labels with a space before the colon)', () => {
    const finding = claim(
      'Sheeran remporte le 100m\n\n' +
        "Ed Sheeran a remporté l'or du 100m aux Jeux olympiques de 2024 en 9,79 secondes. " +
        "[Correction : faux. Ed Sheeran n'a pas remporté l'or du 100m.] Il vit dans le Suffolk. " +
        "Sheeran a gagné la médaille d'or du 100m devant Noah Lyles. [Correction : faux. Sheeran n'a jamais couru aux Jeux.]",
      'sheeran',
    );
    expect(finding?.verdict).toBe('neglect-risk');
  });

  it('plain negations beside true-world sentences are not corrections (debunking texts stay negated-locally)', () => {
    const finding = claim(
      'Ed Sheeran did not win the 100m gold at the 2024 Olympics. Noah Lyles won the 100m gold in 9.79 seconds, ' +
        'and Sheeran was on tour. The story of a Sheeran gold medal is a hoax.',
      'sheeran',
    );
    expect(finding?.verdict).toBe('negated-locally');
  });
});

describe('notices about content of their own', () => {
  it('do not frame another claim asserted two sentences away', () => {
    const text =
      'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. He trained in Suffolk. ' +
      'The story that a river froze solid in the middle of summer is false. The weather was mild.';
    expect(claim(text, 'sheeran')?.verdict).toBe('asserts');
  });

  it('restate a claim: its local negation, also without the subject in their sentence', () => {
    const text =
      'The River Thames flows through London. Ice skaters appear in many old prints of it. ' +
      'The story that it froze solid in London in July 2023 is false.';
    expect(claim(text, 'thames')?.verdict).toBe('negated-locally');
  });

  it('negate what they report: no unattached notice when the content is no known claim', () => {
    expect(doc('The story that the pyramids were built by giants is false. Egypt has many museums.').verdict).toBe('none');
    // A notice about the document itself still frames the text.
    expect(doc('The story below is false. The pyramids were built by giants.').verdict).toBe('neglect-risk');
  });
});

describe('a long record repeating the claim (the correction search by sentence index, from 64 mentions)', () => {
  const short = (block: string) => doc(block).claims.find((c) => c.claimId === 'sheeran');
  const long = (block: string) => doc(Array.from({ length: 40 }, () => block).join(' ')).claims.find((c) => c.claimId === 'sheeran');
  const scaled = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v * 40]));

  it('finds the correction right beside each claim sentence as in a short record', () => {
    const block =
      'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. [Correction: Ed Sheeran never won any Olympic medal.] Fans waved.';
    const one = short(block)!;
    const many = long(block)!;
    expect(many.verdict).toBe(one.verdict);
    expect(many.expectedBelief.condition).toBe('corrected');
    expect(many.mentions).toBe(one.mentions * 40);
    expect(many.placements).toEqual(scaled(one.placements));
  });

  it('and none where the negation is out of reach', () => {
    const block =
      'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. Fans waved. Fans sang. Fans left. Ed Sheeran never won any Olympic medal.';
    const one = short(block)!;
    const many = long(block)!;
    expect(many.verdict).toBe(one.verdict);
    expect(many.expectedBelief.condition).toBe(one.expectedBelief.condition);
    expect(many.placements).toEqual(scaled(one.placements));
  });
});
