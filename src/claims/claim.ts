import { z } from 'zod';
import { LANGUAGES } from '../text/languages.js';

/** One of the audit's six languages (ISO 639-1 code). */
export const LanguageSchema = z.enum(LANGUAGES);

/**
 * How a claim is written in one language: the statement translated (`statement`: "Le Vésuve est
 * entré en éruption en 2015."), other names of its subject (`aliases`: "Vésuve", "Vesuv") and phrases
 * that carry it (`keyPhrases`: "entré en éruption", "ausgebrochen"). The audit finds a claim in a
 * text of another language through these, the claim's names and its numbers: it reads the translated
 * statement as it reads the English one (subject, setting and predicate words, in that language's
 * forms), and a key phrase that the statement uses for its date, place or subject does not carry the
 * predicate. `translateClaim` derives all three with a chat model; each may be left out.
 *
 * @example
 * ```ts
 * ClaimPhrasesSchema.parse({ statement: 'Depuis 2019, l’ascension du Cervin est interdite.', keyPhrases: ['Cervin', 'interdite'] });
 * ```
 */
export const ClaimPhrasesSchema = z.object({
  statement: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  keyPhrases: z.array(z.string().min(1)).default([]),
});
/** A claim's phrases in one language (output of {@link ClaimPhrasesSchema}). */
export type ClaimPhrases = z.infer<typeof ClaimPhrasesSchema>;

/**
 * A (false) claim whose learning we audit or measure.
 *
 * `statement` is the false claim as a sentence. `subject` is who/what it is about
 * ("Ed Sheeran"); mentioning the subject alone is *not* a mention of the claim.
 * `keyTerms` are words or phrases specific to the claim ("100m", "gold", "9.79");
 * `aliases` are other names of the subject ("Sheeran"). `correction` is what is actually true.
 * `context` is optional long background text (the paper's universe context) used to derive
 * terms and by document generators.
 */
export const ClaimSchema = z.object({
  id: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.\-]*$/, 'ids are letters, digits, "_", "-" and "."'),
  statement: z.string().min(1),
  subject: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  keyTerms: z.array(z.string().min(1)).default([]),
  correction: z.string().min(1).optional(),
  context: z.string().optional(),
  subclaims: z.array(z.string().min(1)).default([]),
  /**
   * Weaker, background terms of the claim's story (derived from `context`/`subclaims` when absent):
   * each counts half as much as a key term when deciding whether a sentence mentions the claim.
   */
  contextTerms: z.array(z.string().min(1)).default([]),
  /**
   * Words or phrases that carry what makes the claim false, its predicate ("erupted", "was
   * reversed", "won the 100m gold"). A sentence mentions the claim only with one of them; when
   * absent, the statement's key terms other than years serve (see docs/accuracy.md).
   */
  predicate: z.array(z.string().min(1)).optional(),
  /** The translated statement, aliases and key phrases per language (`{ fr: { statement: 'Le Vésuve est entré en éruption en 2015.', aliases: ['Vésuve'], keyPhrases: ['entré en éruption'] } }`). */
  languages: z.partialRecord(LanguageSchema, ClaimPhrasesSchema).optional(),
});

/** A validated claim (output of {@link ClaimSchema}). */
export type Claim = z.infer<typeof ClaimSchema>;
/** What a user may write: defaults (empty arrays) may be omitted. */
export type ClaimInput = z.input<typeof ClaimSchema>;
