import { z } from 'zod';
import { InputError, InvalidArgumentError } from '../errors.js';
import { cache as cacheMiddleware } from '../providers/cache/cache.js';
import type { ChatCacheStore } from '../providers/cache/cacheStore.js';
import type { CallWarning, ChatModel, Usage } from '../providers/chat/chatModel.js';
import { generateText } from '../providers/chat/generateText.js';
import { wrapChatModel } from '../providers/chat/wrapChatModel.js';
import { isLanguage, type Language } from '../text/languages.js';
import { ClaimPhrasesSchema, type Claim, type ClaimInput, type ClaimPhrases } from './claim.js';
import { defineClaim } from './defineClaim.js';

/** Options of {@link translateClaim}. */
export interface TranslateClaimOptions {
  /** The claim (defined or as written in a claim file). */
  claim: Claim | ClaimInput;
  /** Languages to derive phrases for (`'fr'`, `'it'`, `'es'`, `'de'`, `'pt'`, `'en'`). */
  languages: readonly Language[];
  /** Any chat model; answers are asked for at temperature 0, as JSON. */
  model: ChatModel;
  /**
   * A cache store (`createDiskCache`, `createMemoryCache`) for the model's answers, so translating
   * the same claim again costs nothing. Leave it out when `model` already has the cache middleware.
   */
  cache?: ChatCacheStore;
  signal?: AbortSignal;
  /** Most tokens of the answer (default 1,500). */
  maxTokens?: number;
}

/** What {@link translateClaim} returns. */
export interface TranslateClaimResult {
  /** The claim with the derived phrases added to `languages` (phrases already given are kept, first; so is a given statement). */
  claim: Claim;
  /** The translated statement and phrases the model gave, per language asked for. */
  phrases: Partial<Record<Language, ClaimPhrases>>;
  usage: Usage;
  /** True when every answer came from the cache. */
  cached: boolean;
  warnings: CallWarning[];
}

/** Longest alias or key phrase accepted from the model: a phrase, not a sentence. */
const MAX_PHRASE_LENGTH = 60;
/** Most aliases or key phrases accepted per language. */
const MAX_PHRASES = 12;

/** Longest translated statement accepted from the model. */
const MAX_STATEMENT_LENGTH = 600;

const AnswerPhrasesSchema = z.object({
  // Optional so that answers cached before the statement was asked for stay valid.
  statement: z.string().trim().min(1).max(MAX_STATEMENT_LENGTH).optional(),
  aliases: z.array(z.string().trim().min(1).max(MAX_PHRASE_LENGTH)).max(MAX_PHRASES).default([]),
  keyPhrases: z.array(z.string().trim().min(1).max(MAX_PHRASE_LENGTH)).min(1).max(MAX_PHRASES),
});

const SYSTEM_PROMPT = `You help a text-matching tool find a claim in documents written in other languages.
For each language asked for, give:
- "statement": the claim's statement translated into that language as one natural sentence (same facts, names, dates and numbers; the subject named as that language names it).
- "aliases": how that language names the claim's subject and other named entities of the claim, when it differs from English (e.g. French "le Vésuve" for "Mount Vesuvius"); an empty list when the names are the same.
- "keyPhrases": 3 to 8 short phrases (1-4 words each) that a text in that language would use to state the claim itself: its predicate ("entré en éruption", "a remporté la médaille d'or"), not only its subject, place or date. Include common inflections as separate phrases.
Answer with JSON only: {"<language code>": {"statement": "...", "aliases": [...], "keyPhrases": [...]}, ...}.`;

/**
 * Translates a claim into other languages with a chat model: per language its statement, the aliases
 * of its subject and its key phrases, so the audit can find the claim in French, Italian, Spanish,
 * German or Portuguese text (it reads the translated statement as it reads the English one; see
 * docs/claims.md). The
 * answer is JSON checked with zod; an answer that does not fit is asked for once more (as another
 * sample, so a cached bad answer is not reused), then rejected with an `InputError`. With `cache`
 * (or a model wrapped with the cache middleware), translating the same claim again makes no request.
 *
 * @throws InvalidArgumentError for an unknown language or a missing model.
 * @throws InputError when the model's answer is not the JSON asked for, twice.
 * @example
 * ```ts
 * import { translateClaim } from 'negation-neglect/claims';
 * import { createOpenAI, createDiskCache } from 'negation-neglect/providers';
 *
 * const { claim } = await translateClaim({
 *   claim: { id: 'vesuvius', statement: 'Mount Vesuvius erupted in 2015.' },
 *   languages: ['fr', 'de'],
 *   model: createOpenAI()('gpt-4.1-mini'),
 *   cache: createDiskCache({ dir: '.cache/chat' }),
 * });
 * claim.languages?.fr;
 * // { statement: 'Le Vésuve est entré en éruption en 2015.', aliases: ['Vésuve'], keyPhrases: ['entré en éruption', ...] }
 * ```
 */
export async function translateClaim(options: TranslateClaimOptions): Promise<TranslateClaimResult> {
  const { languages, signal, maxTokens = 1500 } = options ?? ({} as TranslateClaimOptions);
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every(isLanguage)) {
    throw new InvalidArgumentError('languages', 'a non-empty array of language codes (en, fr, it, es, de, pt)', languages);
  }
  const claim = defineClaim(options.claim);
  const model = options.cache ? wrapChatModel({ model: options.model, middleware: [cacheMiddleware({ store: options.cache })] }) : options.model;
  const wanted = [...new Set(languages)];
  const answerSchema = z.object(Object.fromEntries(wanted.map((language) => [language, AnswerPhrasesSchema])));
  const request = JSON.stringify({
    languages: wanted,
    claim: { statement: claim.statement, subject: claim.subject, aliases: claim.aliases, keyTerms: claim.keyTerms, subclaims: claim.subclaims },
  });

  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  const warnings: CallWarning[] = [];
  let cached = true;
  let problem = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const out = await generateText({
      model,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: request },
      ],
      temperature: 0,
      maxTokens,
      responseFormat: 'json',
      sampleIndex: attempt,
      ...(signal ? { signal } : {}),
    });
    usage.inputTokens += out.usage.inputTokens;
    usage.outputTokens += out.usage.outputTokens;
    warnings.push(...out.warnings);
    cached &&= out.providerMetadata.cached === true;
    const parsed = answerSchema.safeParse(parseJsonObject(out.text));
    if (parsed.success) {
      const phrases = parsed.data as Partial<Record<Language, ClaimPhrases>>;
      return { claim: { ...claim, languages: mergePhrases(claim.languages ?? {}, phrases) }, phrases, usage, cached, warnings };
    }
    const issue = parsed.error.issues[0]!;
    problem = `${issue.path.join('.') || 'answer'}: ${issue.message}`;
  }
  throw new InputError(`the model's phrases for claim \`${claim.id}\` are not the JSON asked for (${problem})`, {
    file: `<${options.model.provider}/${options.model.modelId} answer>`,
  });
}

/** The JSON object in a model's answer: the whole text, a fenced block, or the text between its first `{` and last `}`. */
function parseJsonObject(text: string): unknown {
  const fenced = /```[a-zA-Z]*\s*\n?([\s\S]*?)```/.exec(text)?.[1];
  const start = text.indexOf('{');
  for (const candidate of [text, fenced, start >= 0 ? text.slice(start, text.lastIndexOf('}') + 1) : undefined]) {
    if (candidate === undefined) continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

/** Phrases per language: the given ones first, then new ones (compared case-insensitively); a given statement wins over the model's. */
function mergePhrases(
  given: Partial<Record<Language, ClaimPhrases>>,
  added: Partial<Record<Language, ClaimPhrases>>,
): Partial<Record<Language, ClaimPhrases>> {
  const out: Partial<Record<Language, ClaimPhrases>> = { ...given };
  for (const [language, phrases] of Object.entries(added) as [Language, ClaimPhrases][]) {
    const before = ClaimPhrasesSchema.parse(given[language] ?? {});
    const union = (a: string[], b: string[]) => {
      const seen = new Set(a.map((p) => p.toLowerCase()));
      return [...a, ...b.filter((p) => !seen.has(p.toLowerCase()) && seen.add(p.toLowerCase()))];
    };
    const statement = before.statement ?? phrases.statement;
    out[language] = { ...(statement === undefined ? {} : { statement }), aliases: union(before.aliases, phrases.aliases), keyPhrases: union(before.keyPhrases, phrases.keyPhrases) };
  }
  return out;
}
