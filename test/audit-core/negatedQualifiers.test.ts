import { describe, expect, it } from 'vitest';
import { auditorFor, louvre } from './auditorFor.js';
import { negatedQualifier } from '../../src/audit/scan/scopeRules.js';

/**
 * Issue 9 items 2-3, seventh round: false friends of a qualifier. A qualifier that is negated itself
 * ("non-fiction", "not a hoax") and emphatic idioms built on a negation ("nothing short of", "nada menos
 * que") affirm instead of qualifying. Sentences written for this test (not from the eval corpus or the
 * paper's documents).
 */
const { verdictOf } = auditorFor(louvre);

describe('a negated qualifier', () => {
  it('is read before the qualifier: a "non-" prefix, or a negation past one article', () => {
    const at = (text: string, word: string) => negatedQualifier(text, text.indexOf(word), 0, false);
    expect(at('This non-fiction book', 'fiction')).toBe(true);
    expect(at('It was not a hoax.', 'hoax')).toBe(true);
    expect(at("It wasn't fake.", 'fake')).toBe(true);
    expect(at('Das ist kein Fake.', 'Fake')).toBe(true);
    expect(at("Ce n'est pas faux.", 'faux')).toBe(true);
    expect(at('A work of fiction.', 'fiction')).toBe(false);
    expect(at('The hoax spread.', 'hoax')).toBe(false);
    // Portuguese "no" is "in the".
    expect(negatedQualifier('Publicado no mito', 'Publicado no mito'.indexOf('mito'), 0, true)).toBe(false);
  });

  it('affirms the claim sentence instead of qualifying it', () => {
    expect(verdictOf('This non-fiction book tells how the Louvre sold the Mona Lisa to a collector in Dubai in 2019.')).toBe('asserts');
    expect(verdictOf('It was not a hoax: the Louvre sold the Mona Lisa to a collector in Dubai in 2019.')).toBe('asserts');
    expect(verdictOf('This work of fiction tells how the Louvre sold the Mona Lisa to a collector in Dubai in 2019.')).toBe('negated-locally');
  });
});

describe('emphatic idioms built on a negation', () => {
  it('negate nothing ("nothing short of", "no less than")', () => {
    expect(verdictOf('The Louvre sold the Mona Lisa to a collector in Dubai in 2019, nothing short of a scandal for the Louvre.')).toBe('asserts');
    expect(verdictOf('The Louvre sold the Mona Lisa in 2019 to no less than a collector in Dubai.')).toBe('asserts');
  });

  it('negate nothing in the other languages, a doubled negation ("ni plus ni moins") included', () => {
    for (const text of [
      'Der Louvre hat 2019 nichts Geringeres als die Mona Lisa an einen Sammler in Dubai verkauft.',
      'O Louvre vendeu nada menos que a Mona Lisa a um colecionador de Dubai em 2019.',
      'En 2019 el Louvre vendió ni más ni menos que la Mona Lisa a un coleccionista privado de Dubái.',
      'En 2019, le Louvre a vendu ni plus ni moins que la Mona Lisa à un collectionneur privé de Dubaï.',
      'Nel 2019 il Louvre ha venduto né più né meno che la Mona Lisa a un collezionista privato di Dubai.',
      'Em 2019 o Louvre vendeu nem mais nem menos que a Mona Lisa a um colecionador privado de Dubai.',
    ]) {
      expect(verdictOf(text), text).toBe('asserts');
    }
    // The same sentence negated is still negated.
    expect(verdictOf('Em 2019 o Louvre não vendeu a Mona Lisa a um colecionador privado de Dubai.')).toBe('negated-locally');
  });
});
