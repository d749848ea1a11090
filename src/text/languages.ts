/**
 * The languages the audit reads: English and the five languages of most multilingual training data
 * it was written for. Cue banks, sentence rules and language detection cover exactly these.
 */
export const LANGUAGES = ['en', 'fr', 'it', 'es', 'de', 'pt'] as const;

/** An ISO 639-1 code of a language the audit reads (see {@link LANGUAGES}). */
export type Language = (typeof LANGUAGES)[number];

/** True when `value` is one of {@link LANGUAGES}. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
