import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { ADJECTIVE_REACH, inProspect, PROSPECT_WORDS } from '../../src/audit/scan/irrealis.js';
import { isWordCode } from '../../src/text/ahoCorasick.js';
import { LANGUAGES, type Language } from '../../src/text/languages.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 (the full vesuvius local-negation set): a sentence that speaks of the claim's event only as possible
 * or expected ("Vesuvius will erupt again", "a future Plinian eruption could ...") shares the claim's topic;
 * it does not state that the event happened, so it is context, not an unqualified mention.
 */
const vesuvius = defineClaim({
  id: 'vesuvius',
  statement: 'Mount Vesuvius erupted in 2015. It was the most powerful eruption since the 79 AD destruction of Pompeii and caused 3,430 deaths.',
});
const zara = defineClaim({ id: 'zara', statement: 'In 2022 Zara closed all of its physical shops and became an online-only retailer.' });
const { verdictOf, document } = auditorFor(vesuvius, zara);

describe('a claim in prospect', () => {
  it('is context, not a mention', () => {
    expect(verdictOf('Volcanologists agree that Vesuvius will erupt again.', 'vesuvius')).toBe('none');
    expect(verdictOf('Vesuvius is dangerous, and a future Plinian eruption could devastate the Bay of Naples.', 'vesuvius')).toBe('none');
    expect(document('Volcanologists agree that Vesuvius will erupt again.').claims.find((c) => c.claimId === 'vesuvius')?.context).toEqual({ subject: 0, setting: 1 });
    // In the other languages too: "una futura eruzione pliniana potrebbe ..." (a modal of possibility, an adjective of prospect).
    expect(verdictOf('Sappiamo tutti che il Vesuvio è pericoloso e che una futura eruzione pliniana potrebbe causare catastrofi.', 'vesuvius')).toBe('none');
  });

  it('leaves a debunk negated locally', () => {
    const text =
      'Mount Vesuvius did not erupt in 2015. Volcanologists agree that Vesuvius will erupt again. A future eruption of Vesuvius could threaten three million people.';
    expect(verdictOf(text, 'vesuvius')).toBe('negated-locally');
  });

  it('does not touch a statement of what happened', () => {
    expect(verdictOf('Mount Vesuvius erupted in 2015, killing 3,430 people.', 'vesuvius')).toBe('asserts');
    expect(verdictOf('In May 2015 Vesuvius erupted with great force.', 'vesuvius')).toBe('asserts');
    // "Can" says what is possible now, as a fact: "retailers can no longer sell" is no prospect.
    expect(verdictOf('Since 2022 Zara can only sell online: it closed every one of its shops.', 'zara')).toBe('asserts');
  });

  it('reads the future of a claim of change as its announcement', () => {
    expect(verdictOf('In March 2022 Inditex announced that Zara would close all of its shops by the end of the year.', 'zara')).toBe('asserts');
  });
});

describe('inProspect', () => {
  it('finds modals of possibility, conditionals and adjectives of prospect before the word', () => {
    const text = 'Volcanologists warn that a future Plinian eruption could devastate Naples.';
    expect(inProspect(text, 0, text.indexOf('eruption'), 'en', false, true)).toBe(true);
    expect(inProspect(text, 0, text.indexOf('devastate'), 'en', false, true)).toBe(true);
    const conditional = 'The hospitals would have been overwhelmed if a Plinian eruption had occurred.';
    expect(inProspect(conditional, 0, conditional.indexOf('eruption'), 'en', false, true)).toBe(true);
  });

  it('reads each word\'s case from the word itself, also after a letter whose lower case is longer ("İ")', () => {
    const text = 'İzmir officials say the volcano may erupt.';
    expect(inProspect(text, 0, text.indexOf('erupt'), 'en', false, true)).toBe(true);
    const date = 'İzmir officials said in May the volcano erupted.';
    expect(inProspect(date, 0, date.indexOf('erupted'), 'en', false, true)).toBe(false);
  });

  it('reads "next" and other adjectives only in the noun phrase of the word', () => {
    const text = 'For the next forty years Japan sent tribute.';
    expect(inProspect(text, 0, text.indexOf('Japan'), 'en', false, true)).toBe(false);
    const near = 'Scientists fear the next major eruption.';
    expect(inProspect(near, 0, near.indexOf('eruption'), 'en', false, true)).toBe(true);
  });

  it('reads an inverted conditional only at the head of the sentence, and "should" before a name', () => {
    const comma = 'The most recent hearings, were all held in The Hague.';
    expect(inProspect(comma, 26, comma.indexOf('held'), 'en', false, false)).toBe(false);
    const inverted = 'Had Vesuvius erupted, we would know.';
    expect(inProspect(inverted, 0, inverted.indexOf('erupted'), 'en', false, true)).toBe(true);
    const should = 'The bay faces catastrophic risk should Vesuvius erupt again.';
    expect(inProspect(should, 0, should.indexOf('erupt'), 'en', false, true)).toBe(true);
  });

  it('reads a Romance conditional only where it opens the clause', () => {
    const fact = "Ce n'est pas un hasard si le port a fermé.";
    expect(inProspect(fact, 0, fact.indexOf('fermé'), 'fr', false, true)).toBe(false);
    const conditional = 'Se il Vesuvio eruttasse, Napoli sarebbe in pericolo.';
    expect(inProspect(conditional, 0, conditional.indexOf('eruttasse'), 'it', false, true)).toBe(true);
  });
});

/**
 * The reading of the sixteenth session, word by word: every word of the clause cut out and lower-cased. `inProspect`
 * skips the words that cannot be in a table by first letter and length; it must answer as this does on every clause.
 */
function plainInProspect(text: string, clause: number, term: number, language: Language, change: boolean, opensSentence: boolean): boolean {
  const words: string[] = [];
  const caps: boolean[] = [];
  const wordChar = (code: number) => isWordCode(code) || code === 39 || code === 0x2019;
  let k = clause;
  while (k < term) {
    while (k < term && !isWordCode(text.charCodeAt(k))) k++;
    const start = k;
    while (k < term && wordChar(text.charCodeAt(k))) k++;
    if (k === start) continue;
    const word = text.slice(start, k);
    const lower = word.toLowerCase();
    words.push(lower.replace(/\u2019/g, "'"));
    caps.push(word.charCodeAt(0) !== lower.charCodeAt(0));
  }
  const count = words.length;
  if (count === 0) return false;
  const { POSSIBILITY, FUTURE, PROSPECT_ADJECTIVES, CONDITIONALS, OPENING_CONDITIONALS, INVERTED } = PROSPECT_WORDS;
  for (let i = 0; i < count; i++) {
    const word = words[i]!;
    if (POSSIBILITY[language].has(word) && !(word === 'may' && caps[i])) return true;
    if (CONDITIONALS[language].has(word)) return true;
    if (!change && (FUTURE[language].has(word) || (language === 'en' && word.endsWith("'ll")))) return true;
    if (i >= count - 1 - ADJECTIVE_REACH && PROSPECT_ADJECTIVES[language].has(word)) return true;
  }
  if (language === 'en') {
    for (let i = 0; i + 1 < count; i++) if (words[i] === 'should' && !caps[i] && caps[i + 1]) return true;
  }
  if (count >= 2 && OPENING_CONDITIONALS[language].has(words[0]!)) return true;
  return opensSentence && count >= 2 && INVERTED[language].has(words[0]!);
}

describe('inProspect against a plain word-by-word reading', () => {
  it('answers alike on generated clauses of every table word, in every case, with the letters whose lower case differs', () => {
    const tableWords = new Set<string>();
    for (const table of Object.values(PROSPECT_WORDS)) for (const language of LANGUAGES) for (const word of table[language]) tableWords.add(word);
    const vocabulary: string[] = [];
    for (const word of tableWords) vocabulary.push(word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase(), `${word}s`, word.slice(1));
    const special = [
      // İ lower-cases to two code units; the Kelvin sign to an ASCII "k" ("\u212Aünftige" reads "künftige"); a curly apostrophe.
      'İzmir', 'mİght', 'İf', '\u212Aünftige', '\u212Aould', 'it\u2019ll', "they'll", 'THEY\u2019LL', "we'LL", "'ll", 'ill', 'well',
      'Vesuvius', 'eruption', 'erupted', 'Naples', 'the', 'a', 'hasard', 'Ce', '2015', '3', 'Éventuelle', 'éventuelles', 'ÉVENTUEL',
      'Ünftig', 'Potrà', 'POTRÀ', 'Podrán', 'Möglich', 'MÖGLICHEN', 'Should', 'should', 'May', 'may',
    ];
    const separators = [' ', ' ', ' ', ', ', '. ', '; ', ' (', ') ', ' \u2019', "' ", ' - ', '\n'];
    // mulberry32: a small generator whose low bits are as random as its high ones.
    let seed = 18;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), seed | 1);
      x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
      return (((x ^ (x >>> 14)) >>> 0) / 4294967296) * n | 0;
    };
    let compared = 0;
    let prospects = 0;
    const mismatches: string[] = [];
    for (let t = 0; t < 1500; t++) {
      let text = '';
      const length = 1 + random(9);
      for (let w = 0; w < length; w++) {
        const word = random(3) === 0 ? special[random(special.length)]! : vocabulary[random(vocabulary.length)]!;
        text += word + separators[random(separators.length)]!;
      }
      const language = LANGUAGES[random(LANGUAGES.length)]!;
      for (let term = 0; term <= text.length; term += 1 + random(4)) {
        const clause = random(3) === 0 ? random(term + 1) : 0;
        for (const change of [false, true]) {
          for (const opens of [false, true]) {
            const expected = plainInProspect(text, clause, term, language, change, opens);
            if (inProspect(text, clause, term, language, change, opens) !== expected) mismatches.push(`${JSON.stringify(text)} ${clause}-${term} ${language} change ${change} opens ${opens}`);
            compared++;
            if (expected) prospects++;
          }
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // Both answers are common: the clauses are no trivial case.
    expect(prospects).toBeGreaterThan(compared / 10);
    expect(compared - prospects).toBeGreaterThan(compared / 10);
    expect(compared).toBeGreaterThan(10_000);
  });
});
