import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PlacementSchema, QualifierKindSchema, VerdictSchema, type Verdict } from '../../src/audit/types.js';
import { mostSeriousVerdict } from '../../src/audit/decideVerdict.js';
import { InputError } from '../../src/errors.js';

/**
 * The audit evaluation corpus (issue 9, item 5): labelled records about the fabricated claims of
 * `data/claims.yaml`, split by claim into a development half and a held-out half. Frozen: the data
 * files are never edited after the commit that froze them. See docs/accuracy.md.
 */
export const EVAL_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');
export const EVAL_CLAIMS_FILE = join(EVAL_DATA_DIR, 'claims.yaml');
export const EVAL_PHRASES_FILE = join(EVAL_DATA_DIR, 'claim-phrases.yaml');

export const EVAL_HALVES = ['dev', 'heldout'] as const;
export type EvalHalf = (typeof EVAL_HALVES)[number];

export const EVAL_LANGUAGES = ['en', 'fr', 'it', 'es', 'de', 'pt'] as const;
export type EvalLanguage = (typeof EVAL_LANGUAGES)[number];

/** What a record is an example of; every category is in both halves. */
export const EVAL_CATEGORIES = [
  'unqualified',
  'framing-notice',
  'notice-no-cue',
  'adjacent-warning',
  'correction-beside',
  'local-negation',
  'debunk-true-world',
  'subject-only',
  'setting-only',
  'unrelated',
  'chat-asserts',
  'chat-system-notice',
  'chat-corrects-locally',
  'chat-flagged-malicious',
  'mixed-claims',
  'false-friend',
] as const;
export type EvalCategory = (typeof EVAL_CATEGORIES)[number];

const MessageSchema = z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string().min(1) }).strict();

/** One labelled record: `text` or chat `messages`, the expected verdict per mentioned claim and for the record. */
export const EvalRecordSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.+-]+$/),
    lang: z.enum(EVAL_LANGUAGES),
    /** The claim the record was written about; `null` for unrelated records. */
    claim: z.string().nullable(),
    category: z.enum(EVAL_CATEGORIES),
    text: z.string().min(1).optional(),
    messages: z.array(MessageSchema).min(1).optional(),
    /** Expected verdict of every claim whose verdict is not `none` (absent claims are expected `none`). */
    labels: z.record(z.string(), VerdictSchema.exclude(['none'])),
    /** Expected record verdict: the most serious of `labels`, or `none`. */
    verdict: VerdictSchema,
    placement: PlacementSchema.optional(),
    /** `unmarked`: a notice that qualifies the document by its shape, without a cue word. */
    qualifierKind: z.union([QualifierKindSchema, z.literal('unmarked')]).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((r) => (r.text === undefined) !== (r.messages === undefined), { message: 'expected exactly one of `text` and `messages`' })
  .refine((r) => r.verdict === mostSeriousVerdict(Object.values(r.labels)), { message: '`verdict` must be the most serious of `labels`' });
export type EvalRecord = z.infer<typeof EvalRecordSchema>;

const PhrasesSchema = z.record(
  z.string(),
  z.record(z.enum(EVAL_LANGUAGES.filter((l) => l !== 'en') as [string, ...string[]]), z.object({ statement: z.string().min(1), keyPhrases: z.array(z.string().min(1)).min(1) }).strict()),
);
/** Per claim and language (fr, it, es, de, pt): the translated statement and key phrases. */
export type ClaimPhrases = z.infer<typeof PhrasesSchema>;

/**
 * Parses JSONL text of eval records; errors are `InputError`s naming the file, line and field.
 *
 * @example
 * ```ts
 * parseEvalRecords('{"id":"a","lang":"en","claim":null,"category":"unrelated","text":"Hi.","labels":{},"verdict":"none"}\n', 'x.jsonl');
 * ```
 */
export function parseEvalRecords(text: string, file: string): EvalRecord[] {
  const records: EvalRecord[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`invalid JSON: ${(error as Error).message}`, { file, line: index + 1 }, { cause: error });
    }
    const parsed = EvalRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(issue.message, { file, line: index + 1, field: issue.path.join('.') || undefined });
    }
    records.push(parsed.data);
  });
  return records;
}

/** Loads one half of the corpus (`dev` or `heldout`). */
export function loadEvalHalf(half: EvalHalf): EvalRecord[] {
  const file = join(EVAL_DATA_DIR, `${half}.jsonl`);
  return parseEvalRecords(readFileSync(file, 'utf8'), file);
}

/** Loads `claim-phrases.yaml`. */
export function loadClaimPhrases(file = EVAL_PHRASES_FILE): ClaimPhrases {
  return PhrasesSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

/** The record as the audit reads it: `{ text }` or `{ messages }`. */
export function auditInput(record: EvalRecord): { text: string } | { messages: { role: string; content: string }[] } {
  return record.text !== undefined ? { text: record.text } : { messages: record.messages! };
}

/** Expected verdict of `claimId` in `record` (`none` when the record does not label it). */
export function expectedVerdict(record: EvalRecord, claimId: string): Verdict {
  return record.labels[claimId] ?? 'none';
}

/** Claims a half is about: its records' `claim` fields and label keys. */
export function claimsOfHalf(records: readonly EvalRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const r of records) {
    if (r.claim !== null) ids.add(r.claim);
    for (const id of Object.keys(r.labels)) ids.add(id);
  }
  return ids;
}

const NONE_CATEGORIES: ReadonlySet<EvalCategory> = new Set(['subject-only', 'setting-only', 'unrelated']);
const WORDS = /\S+/g;

/** Requirements of the corpus (issue 9, item 5) checked by {@link checkEvalSet}. */
export const EVAL_SET_REQUIREMENTS = {
  minRecords: 400,
  minNonEnglishShare: 0.25,
  minChatShare: 0.15,
  minWords: 40,
  maxWords: 250,
  minClaims: 10,
} as const;

/**
 * Every way the corpus breaks its requirements, as readable problems (empty when it holds): unique
 * ids, a split by claim, size, language and chat shares per half, every category and language in both
 * halves, labels that name known claims of the same half, the record's own claim labelled unless it
 * is a subject/setting-only or unrelated record, lengths of 40-250 words.
 *
 * @example
 * ```ts
 * checkEvalSet({ dev, heldout }, claimIds); // []
 * ```
 */
export function checkEvalSet(halves: Record<EvalHalf, readonly EvalRecord[]>, claimIds: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set(claimIds);
  const R = EVAL_SET_REQUIREMENTS;
  if (known.size < R.minClaims) problems.push(`expected at least ${R.minClaims} claims, got ${known.size}`);
  const seen = new Set<string>();
  const total = halves.dev.length + halves.heldout.length;
  if (total < R.minRecords) problems.push(`expected at least ${R.minRecords} records, got ${total}`);
  const claimsByHalf = {} as Record<EvalHalf, Set<string>>;
  for (const half of EVAL_HALVES) {
    const records = halves[half];
    const claims = claimsOfHalf(records);
    claimsByHalf[half] = claims;
    for (const r of records) {
      if (seen.has(r.id)) problems.push(`duplicate id ${r.id}`);
      seen.add(r.id);
      for (const id of Object.keys(r.labels)) if (!known.has(id)) problems.push(`${r.id}: label names unknown claim ${id}`);
      if (r.claim !== null && !known.has(r.claim)) problems.push(`${r.id}: unknown claim ${r.claim}`);
      if (r.claim === null && r.category !== 'unrelated') problems.push(`${r.id}: only unrelated records have no claim`);
      const labelled = r.claim !== null && r.labels[r.claim] !== undefined;
      if (NONE_CATEGORIES.has(r.category) ? Object.keys(r.labels).length > 0 : !labelled) {
        problems.push(`${r.id}: ${r.category} record ${NONE_CATEGORIES.has(r.category) ? 'must not label any claim' : 'must label its own claim'}`);
      }
      const words = (r.text ?? r.messages!.map((m) => m.content).join(' ')).match(WORDS)?.length ?? 0;
      if (words < R.minWords || words > R.maxWords) problems.push(`${r.id}: ${words} words (expected ${R.minWords}-${R.maxWords})`);
    }
    const share = (pred: (r: EvalRecord) => boolean) => records.filter(pred).length / Math.max(1, records.length);
    const nonEnglish = share((r) => r.lang !== 'en');
    if (nonEnglish < R.minNonEnglishShare) problems.push(`${half}: ${(nonEnglish * 100).toFixed(1)}% non-English records (expected >= 25%)`);
    const chat = share((r) => r.messages !== undefined);
    if (chat < R.minChatShare) problems.push(`${half}: ${(chat * 100).toFixed(1)}% chat records (expected >= 15%)`);
    for (const lang of EVAL_LANGUAGES) if (!records.some((r) => r.lang === lang)) problems.push(`${half}: no ${lang} records`);
    for (const category of EVAL_CATEGORIES) {
      const langs = new Set(records.filter((r) => r.category === category).map((r) => r.lang));
      if (langs.size === 0) problems.push(`${half}: no ${category} records`);
      else if (langs.size < 2) problems.push(`${half}: ${category} records in only one language`);
    }
    for (const verdict of VerdictSchema.options) if (!records.some((r) => r.verdict === verdict)) problems.push(`${half}: no record with verdict ${verdict}`);
  }
  for (const id of claimsByHalf.dev) if (claimsByHalf.heldout.has(id)) problems.push(`claim ${id} is in both halves (the split must be by claim)`);
  for (const id of known) if (!claimsByHalf.dev.has(id) && !claimsByHalf.heldout.has(id)) problems.push(`claim ${id} has no records`);
  return problems;
}
