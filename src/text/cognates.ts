/**
 * Names of one thing in the six languages share a stem once regular sound correspondences are
 * folded: "Norway", "Norvège", "Norvegia", "Noruega", "Norwegen" (w, v and a "u" before a vowel are
 * one sound), "Iceland", "Islande", "Islandia" (a soft "c" is an "s"), "Zealand", "Zelanda",
 * "Neuseeland" (z/s). Used once per claim, when its key phrases are compiled (never on the audit path).
 */

import { boundedMemo } from '../util/boundedMemo.js';
import { stripMarks } from './letterTests.js';

/** Lower case without accents or ligatures ("Zélande" → "zelande", "Straße" → "strasse"). */
export function foldLetters(word: string): string {
  return stripMarks(
    word
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      .replace(/ø/g, 'o')
      .normalize('NFD'),
  );
}

const VOWEL = 'aeiouy';

/**
 * A word with the sound correspondences of the six languages folded: ph → f, th → t, sch → s,
 * ch/ck/qu/k/hard c → k, soft c (before e, i, y) → s, z → s, x → s, w → v, y → i, a "u" between a
 * consonant and a vowel → v ("Noruega"), silent h dropped, double letters single.
 *
 * @example
 * ```ts
 * soundForm('Iceland'); // 'iseland'
 * soundForm('Noruega'); // 'norvega'
 * ```
 */
export function soundForm(word: string): string {
  let w = foldLetters(word)
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/sch/g, 's')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ch|ck|qu|c/g, 'k')
    .replace(/[zx]/g, 's')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/h/g, '');
  // A "u" between a consonant (not a silent one after g) and a vowel is a glide: "Noruega" ~ "Norway".
  w = w.replace(/([bcdfjklmnprstv])u(?=[aeio])/g, '$1v');
  return w.replace(/(.)\1+/g, '$1');
}

/** The first letter and the consonants of a sound form ("iseland" → "islnd"). */
function skeleton(form: string): string {
  let out = form.charAt(0);
  for (let i = 1; i < form.length; i++) if (!VOWEL.includes(form[i]!)) out += form[i]!;
  return out.replace(/(.)\1+/g, '$1');
}

/**
 * Whether `word` (of another language) shares its stem with `name` (a name word of five letters or
 * more): the same first two letters once sounds are folded, and the consonants of one start the
 * other's, at least three ("Norvège", "norvégien", "Noruega", "Norwegen" for "Norway"; "Islande",
 * "Islândia" for "Iceland"; "Zélande" for "Zealand"). Demonyms and adjectives share it too
 * ("norwegisch", "islandais").
 *
 * @example
 * ```ts
 * sharesStem('Norwegen', 'Norway'); // true
 * sharesStem('nervoso', 'Norway');  // false
 * ```
 */
export function sharesStem(word: string, name: string): boolean {
  if (name.length < 5 || word.length < 4) return false;
  return sameStem(stemKey(word), stemKey(name));
}

/**
 * Whether `word` is the four-letter name word `name` written another way: the same first letter and
 * the same consonants, at least three, once sounds are folded ("Golfo" for "Gulf", "Elba" for "Elbe").
 *
 * @example
 * ```ts
 * sameShortName('Golfo', 'Gulf'); // true
 * sameShortName('Gala', 'Gulf');  // false
 * ```
 */
export function sameShortName(word: string, name: string): boolean {
  if (name.length !== 4 || word.length < 4 || word.length > 6) return false;
  const a = stemKey(word);
  const b = stemKey(name);
  return a.head.charAt(0) === b.head.charAt(0) && a.consonants.length >= 3 && a.consonants === b.consonants;
}

/** A word's stem as {@link sharesStem} compares it: the first two letters of its sound form and its consonants. */
export interface StemKey {
  head: string;
  consonants: string;
}

/**
 * The {@link StemKey} of `word` (computed once per claim word; per text word only where it is needed).
 *
 * @example
 * ```ts
 * stemKey('bananas'); // { head: 'ba', consonants: 'bns' }
 * ```
 */
export function stemKey(word: string): StemKey {
  const form = soundForm(word);
  return { head: form.slice(0, 2), consonants: skeleton(form) };
}

/** English endings of a verb's forms and of its nouns of action, longest first ("isolated", "isolation", "migrates"). */
const ENGLISH_ENDING_RE = /(?:ations?|ating|ated|ates|ate|ings?|ed|es|s)$/;

/**
 * {@link stemKey} of an English word of a claim, less its English ending ("isolated" → "isol", "invented" →
 * "invent", "migrate" → "migr"), so that its cognates match with their own endings: "isoliert", "isolada",
 * "inventarono", "migrent" (the whole word's consonants, "isltd", start none of them). The root is taken only
 * when it keeps three consonants, the fewest {@link sameStem} compares ("moved" stays "mvd"); its key is a
 * prefix of the whole word's, so every word that matched the whole word still matches.
 *
 * @example
 * ```ts
 * sameStem(textStemKey('isoliert'), englishStemKey('isolated')); // true
 * sameStem(textStemKey('isoliert'), stemKey('isolated'));        // false
 * ```
 */
export function englishStemKey(word: string): StemKey {
  const whole = stemKey(word);
  const lower = word.toLowerCase();
  const root = lower.replace(ENGLISH_ENDING_RE, '');
  if (root === lower || root.length < 4) return whole;
  const key = stemKey(root);
  return key.head === whole.head && key.consonants.length >= 3 && whole.consonants.startsWith(key.consonants) ? key : whole;
}

/**
 * {@link stemKey} of a word of a text, remembered: the audit asks for the same words again and again.
 *
 * @example
 * ```ts
 * textStemKey('Bananen'); // { head: 'ba', consonants: 'bn' }
 * ```
 */
export const textStemKey: (word: string) => StemKey = boundedMemo(stemKey, 50_000);

/** Letters a written word may start with when its sound form starts with the key's letter (c → k or s, w → v, ph → f, silent h). */
const SPELLINGS: Record<string, string> = { k: 'kcq', s: 'sczx', v: 'vw', i: 'iy', f: 'fp' };

/**
 * The first letters (a-z, as bits: `1 << (code - 97)`) a text word needs for its stem to match `key`:
 * the audit compares only those words (most words of a sentence are skipped on their first letter).
 *
 * @example
 * ```ts
 * initialMask(stemKey('colony')) & (1 << ('k'.charCodeAt(0) - 97)); // non-zero: "Kolonie" may match
 * ```
 */
export function initialMask(key: StemKey): number {
  const first = key.head.charAt(0);
  let mask = 1 << ('h'.charCodeAt(0) - 97);
  for (const letter of SPELLINGS[first] ?? first) mask |= 1 << (letter.charCodeAt(0) - 97);
  return mask;
}

/** Whether two {@link StemKey}s share a stem (see {@link sharesStem}). */
export function sameStem(a: StemKey, b: StemKey): boolean {
  if (a.head !== b.head) return false;
  const shortFirst = a.consonants.length <= b.consonants.length;
  const short = shortFirst ? a.consonants : b.consonants;
  return short.length >= 3 && (shortFirst ? b.consonants : a.consonants).startsWith(short);
}
