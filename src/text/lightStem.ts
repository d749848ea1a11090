import type { Language } from './languages.js';

/**
 * Inflectional and derivational endings of the five other languages, longest first (written from
 * general knowledge of their grammar: participles, preterites, infinitives, plural and gender
 * endings, nouns of action). Stripping the longest one leaves the stem other forms share: Spanish
 * "prohibió", "prohibido", "prohibición" → "prohib"; German "verboten" → "verbot" ("Verbot");
 * Portuguese "nacionalizou", "nacionalizado" → "nacionaliz" ("nacionalização"); French "retirée" →
 * "retir" ("retiré", "retirer").
 */
const ENDINGS: Readonly<Record<Exclude<Language, 'en'>, readonly string[]>> = {
  fr: ['issements', 'issement', 'isations', 'isation', 'ations', 'ation', 'itions', 'ition', 'ements', 'ement', 'euses', 'euse', 'ives', 'ive', 'ées', 'ée', 'és', 'é', 'ies', 'ie', 'is', 'it', 'ent', 'ait', 'aient', 'er', 'ir', 're', 'es', 'e', 's', 'x'],
  it: ['azioni', 'azione', 'mente', 'ato', 'ata', 'ati', 'ate', 'ito', 'ita', 'iti', 'ite', 'uto', 'uta', 'are', 'ere', 'ire', 'ano', 'ono', 'ò', 'ì', 'o', 'a', 'i', 'e'],
  es: ['aciones', 'ación', 'iciones', 'ición', 'mente', 'ados', 'adas', 'ado', 'ada', 'idos', 'idas', 'ido', 'ida', 'aron', 'ieron', 'ió', 'ó', 'ar', 'er', 'ir', 'os', 'as', 'es', 'o', 'a', 'e', 's'],
  de: ['ungen', 'ung', 'heit', 'keit', 'ten', 'te', 'en', 'er', 'es', 'em', 'et', 'e', 'n', 's', 't'],
  pt: ['ações', 'ação', 'ições', 'ição', 'mente', 'ados', 'adas', 'ado', 'ada', 'idos', 'idas', 'ido', 'ida', 'aram', 'eram', 'iram', 'ou', 'eu', 'iu', 'ar', 'er', 'ir', 'os', 'as', 'es', 'o', 'a', 'e', 's'],
};

/** Shortest stem kept: a shorter one would be the start of too many other words. */
const MIN_STEM = 5;

/** A German past participle's "ge-", at the start or after a separable prefix ("gesperrt", "abgeschafft"). */
const GERMAN_PARTICIPLE_RE = /^(ab|an|auf|aus|ein|mit|nach|vor|weg|zu|zurück|um)?ge(\p{L}{4,}(?:t|en))$/u;

/** The word less the longest ending of its language that leaves at least {@link MIN_STEM} letters. */
function stripEnding(word: string, language: Exclude<Language, 'en'>): string {
  for (const ending of [...ENDINGS[language]].sort((a, b) => b.length - a.length)) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * The stems of a word of one of the five other languages: the word less the longest ending of its
 * language that leaves at least five letters, and for a German past participle also the stem without
 * its "ge-" ("gesperrt" → "gesperr", "sperr": "Sperrung"; "abgeschafft" → "abgeschaff", "abschaff").
 * The audit finds a translated statement's words by these stems, as word starts, in text of that
 * language. Words of five letters or fewer are their own stem; English words are returned as they are
 * (English text has its own forms, `predicateForms`).
 *
 * @example
 * ```ts
 * lightStems('prohibió', 'es'); // ['prohib']
 * lightStems('verboten', 'de'); // ['verbot']
 * lightStems('gesperrt', 'de'); // ['gesperr', 'sperr']
 * ```
 */
export function lightStems(word: string, language: Language): string[] {
  const w = word.toLowerCase();
  if (language === 'en' || w.length <= MIN_STEM) return [w];
  const stems = [stripEnding(w, language)];
  const participle = language === 'de' ? GERMAN_PARTICIPLE_RE.exec(w) : null;
  if (participle) stems.push(stripEnding((participle[1] ?? '') + participle[2]!, language));
  return stems;
}
