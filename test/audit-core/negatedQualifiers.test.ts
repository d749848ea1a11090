import { describe, expect, it } from 'vitest';
import { auditorFor, louvre } from './auditorFor.js';
import { negatedQualifier, QUALIFIER_WORDS } from '../../src/audit/scan/scopeRules.js';
import { isWordCode } from '../../src/text/ahoCorasick.js';
import { mulberry32 } from '../../src/util/random.js';

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

/**
 * `negatedQualifier` tells most words before a cue by their code units (the first letter of every negation and
 * article, or an ending in "n't") without cutting and lower-casing them. Its answers are those of reading every
 * word, on generated sentences with the negations and articles in every case, words that open with their letters,
 * typographic apostrophes, "non-" prefixes, the Kelvin sign and "İ".
 */
describe('a negated qualifier told without reading every word', () => {
  const inWord = (code: number) => code === 39 || code === 0x2019 || code === 45 || isWordCode(code);
  /** The word before `end` as the rule read it before: cut, lower-cased, the typographic apostrophe made straight. */
  const plainWordBefore = (text: string, end: number, floor: number): string | null => {
    if (end - 1 < floor || text.charCodeAt(end - 1) !== 32) return null;
    const e = end - 1;
    let b = e;
    while (b > floor && e - b <= 7 && inWord(text.charCodeAt(b - 1))) b--;
    if (b === e || e - b > 7 || (b > floor && inWord(text.charCodeAt(b - 1)))) return null;
    return text.slice(b, e).toLowerCase().replace(/\u2019/g, "'");
  };
  const plain = (text: string, start: number, sStart: number, portuguese: boolean): boolean => {
    if (start - 4 >= sStart && text.charCodeAt(start - 1) === 45) {
      return (
        (text.charCodeAt(start - 4) | 32) === 110 && (text.charCodeAt(start - 3) | 32) === 111 && (text.charCodeAt(start - 2) | 32) === 110 &&
        (start - 5 < sStart || !inWord(text.charCodeAt(start - 5)))
      );
    }
    let word = plainWordBefore(text, start, sStart);
    if (word !== null && QUALIFIER_WORDS.ARTICLES.has(word)) word = plainWordBefore(text, start - word.length - 1, sStart);
    if (word === null || (word === 'no' && portuguese)) return false;
    return QUALIFIER_WORDS.QUALIFIER_NEGATIONS.has(word) || word.endsWith("n't");
  };

  it('answers as reading every word', () => {
    const random = mulberry32(24);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const known = [...QUALIFIER_WORDS.QUALIFIER_NEGATIONS, ...QUALIFIER_WORDS.ARTICLES];
    const others = ['is', 'was', 'nothing', 'anot', 'knot', 'pasta', 'uno1', "isn't", 'wasn’t', "DON'T", 'CAN’T', "n't", "'no", 'non-', 'x', '\u212Aein', 'İn', 'Nİcht', 'ünd', '2019', 'kei', 'Eines', 'ne'];
    const cased = (word: string) => (random() < 0.3 ? word.toUpperCase() : random() < 0.5 ? word[0]!.toUpperCase() + word.slice(1) : word);
    let negated = 0;
    for (let n = 0; n < 20_000; n++) {
      const words: string[] = [];
      for (let w = 1 + Math.floor(random() * 4); w > 0; w--) words.push(cased(random() < 0.5 ? pick(known) : pick(others)));
      const head = words.join(pick([' ', ' ', ' ', '  ', '-']));
      const text = `${head}${pick([' ', ' ', '-', ''])}fake story.`;
      const start = text.lastIndexOf('fake');
      for (const sStart of [0, Math.floor(random() * start)]) {
        for (const portuguese of [false, true]) {
          const expected = plain(text, start, sStart, portuguese);
          expect(negatedQualifier(text, start, sStart, portuguese), JSON.stringify([text, sStart, portuguese])).toBe(expected);
          if (expected) negated++;
        }
      }
    }
    expect(negated).toBeGreaterThan(1_000);
  });
});
