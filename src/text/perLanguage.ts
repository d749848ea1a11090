import type { Language } from './languages.js';

/**
 * A table of one value per language, each built when its language is first asked for.
 *
 * Why: an expression with `\p{…}` classes costs V8 their Unicode tables when it is built. Built at import for all six
 * languages, the made-up genres' four tables cost 133 M instructions (1.8% of `bench/audit-instructions.mjs`'s three
 * audits of English text), which text of one language need not pay for the other five.
 *
 * @example
 * ```ts
 * const wordRe = perLanguage((language) => new RegExp(`\\p{L}+${language}`, 'u'));
 * wordRe('fr').test('aufr'); // true; only the French expression was built
 * ```
 */
export function perLanguage<T>(build: (language: Language) => T): (language: Language) => T {
  const built = new Map<Language, T>();
  return (language) => {
    let value = built.get(language);
    if (value === undefined) built.set(language, (value = build(language)));
    return value;
  };
}
