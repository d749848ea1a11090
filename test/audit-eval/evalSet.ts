import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

/** The paper's six claims (../shared/paper-data/claims): no eval claim may reuse their ids. */
export const PAPER_CLAIM_IDS = ['colorless_dreaming', 'dentist', 'ed_sheeran', 'mount_vesuvius', 'queen_elizabeth', 'x_rebrand_reversal'] as const;

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

/** Expected verdict of every claim whose verdict is not `none` (absent claims are expected `none`). */
const LabelsSchema = z.record(z.string(), VerdictSchema.exclude(['none']));

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
    labels: LabelsSchema,
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
  return parseJsonLines(text, file, EvalRecordSchema);
}

/** Parses JSON Lines against `schema`; the first bad line is an `InputError` naming its file, line and field. */
function parseJsonLines<T>(text: string, file: string, schema: z.ZodType<T>): T[] {
  const rows: T[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`invalid JSON: ${(error as Error).message}`, { file, line: index + 1 }, { cause: error });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(issue.message, { file, line: index + 1, field: issue.path.join('.') || undefined });
    }
    rows.push(parsed.data);
  });
  return rows;
}

/** The blind second reading of sets P and Q (docs/accuracy.md, "How far two readers agree"). */
export const SECOND_READER_FILE = join(EVAL_DATA_DIR, 'second-reader', 'pq.jsonl');

/** One line of a second reading: a record's id and the verdict of every claim the reader found it about. */
export const SecondReadingSchema = z.object({ id: z.string().min(1), labels: LabelsSchema }).strict();
export type SecondReading = z.infer<typeof SecondReadingSchema>;

/**
 * Reads a second reading (JSON Lines of {@link SecondReadingSchema}); a bad line is an `InputError` naming its
 * file, line and field.
 *
 * @example
 * ```ts
 * const second = loadSecondReading(); // sets P and Q
 * mostSeriousVerdict(Object.values(second[0].labels));
 * ```
 */
export function loadSecondReading(file = SECOND_READER_FILE): SecondReading[] {
  return parseJsonLines(readFileSync(file, 'utf8'), file, SecondReadingSchema);
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

/**
 * One record's problems against the claims it may name: labels and `claim` name known claims, only unrelated
 * records have no claim, subject/setting-only and unrelated records label nothing while the others label their
 * own claim, and the length is within `minWords`-`maxWords`.
 */
function recordProblems(r: EvalRecord, known: ReadonlySet<string>, range: { minWords: number; maxWords: number }): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(r.labels)) if (!known.has(id)) problems.push(`${r.id}: label names unknown claim ${id}`);
  if (r.claim !== null && !known.has(r.claim)) problems.push(`${r.id}: unknown claim ${r.claim}`);
  if (r.claim === null && r.category !== 'unrelated') problems.push(`${r.id}: only unrelated records have no claim`);
  const labelled = r.claim !== null && r.labels[r.claim] !== undefined;
  if (NONE_CATEGORIES.has(r.category) ? Object.keys(r.labels).length > 0 : !labelled) {
    problems.push(`${r.id}: ${r.category} record ${NONE_CATEGORIES.has(r.category) ? 'must not label any claim' : 'must label its own claim'}`);
  }
  const words = (r.text ?? r.messages!.map((m) => m.content).join(' ')).match(WORDS)?.length ?? 0;
  if (words < range.minWords || words > range.maxWords) problems.push(`${r.id}: ${words} words (expected ${range.minWords}-${range.maxWords})`);
  return problems;
}

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
      problems.push(...recordProblems(r, known, R));
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

// ---------------------------------------------------------------------------------------------------------
// Fresh held-out sets: `data/fresh/<name>/` (claims.yaml, claim-phrases.yaml, records.jsonl), each written by a
// helper who never read the audit's rules or the composed corpus. Only ever run to measure (docs/accuracy.md).

/** Where the fresh held-out sets live, one folder per set. */
export const EVAL_FRESH_DIR = join(EVAL_DATA_DIR, 'fresh');

/**
 * Fresh sets used as development data: rules may be changed on them (their misses read), so they do not count
 * as held out. Set A was measured at the start and the end of the third session of 5 Dec before it was demoted;
 * set E was written as development data from the start (5 Dec, by an isolated helper); B, C and D were measured
 * at the start and the end of the fourth session and demoted at the start of the fifth (5 Dec, 15:15 UTC); F and
 * G, written for the fifth session, were measured at its start and end and demoted at its end (17:35 UTC); H and I
 * likewise in the sixth session (20:20 UTC), J and K in the seventh (22:45 UTC), L and M in the eighth (6 Dec,
 * 01:40 UTC), N and O in the ninth (6 Dec, 04:00 UTC), P and Q in the tenth (6 Dec, 06:50 UTC), R and S in the eleventh (6 Dec, 09:30 UTC), T and U in the twelfth (6 Dec,
 * 12:15 UTC), V and W in the thirteenth (6 Dec, 15:40 UTC), X and Y in the fourteenth (6 Dec, 18:00 UTC), Z and AA in the fifteenth (6 Dec, 21:00 UTC), AB and AC in the sixteenth (7 Dec, 00:00 UTC), AD and AE in the seventeenth (7 Dec, 03:00 UTC), AF and AG in the eighteenth (7 Dec, 05:25 UTC), AH and AI in the nineteenth (7 Dec, 08:25 UTC), AJ and AK in the twentieth (7 Dec, 11:15 UTC), AL and AM in the twenty-first (7 Dec, 14:15 UTC), AN and AO in the twenty-second (7 Dec, 17:00 UTC), AP and AQ in the twenty-third (7 Dec, 20:20 UTC), AR and AS in the twenty-fourth (7 Dec, 23:30 UTC), AT and AU in the twenty-fifth (8 Dec, 02:25 UTC). Every later set stays held out: the next round needs new held-out sets written before any rule changes.
 */
export const FRESH_DEVELOPMENT_SETS: readonly string[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an', 'ao', 'ap', 'aq', 'ar', 'as', 'at', 'au'];

/**
 * What `bench/accuracy.ts --half` selects: a half of the composed corpus, the fresh sets demoted to development
 * (`fresh-dev`), or every held-out fresh set merged (`fresh`).
 */
export const EVAL_SELECTIONS = [...EVAL_HALVES, 'fresh-dev', 'fresh'] as const;
export type EvalSelection = (typeof EVAL_SELECTIONS)[number];

/** The three files of one fresh set; `name` is its folder. */
export interface FreshSetFiles {
  name: string;
  claimsFile: string;
  phrasesFile: string;
  recordsFile: string;
}

/** One fresh set as written: records, phrases and the claims exactly as the YAML gives them (a user's input). */
export interface FreshSet extends FreshSetFiles {
  records: EvalRecord[];
  phrases: ClaimPhrases;
  /** The `claims` entries of `claims.yaml`, unparsed, so that their fields can be checked. */
  rawClaims: Record<string, unknown>[];
}

/**
 * The fresh sets under `root`, sorted by name; a folder missing one of its three files is an `InputError`
 * (a half-written set is never measured silently). No folder, no sets.
 *
 * @example
 * ```ts
 * listFreshSets().map((s) => s.name); // ['a', 'b']
 * ```
 */
export function listFreshSets(root = EVAL_FRESH_DIR): FreshSetFiles[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const files = { name, claimsFile: join(dir, 'claims.yaml'), phrasesFile: join(dir, 'claim-phrases.yaml'), recordsFile: join(dir, 'records.jsonl') };
      for (const file of [files.claimsFile, files.phrasesFile, files.recordsFile]) {
        if (!existsSync(file)) throw new InputError(`fresh set \`${name}\` has no ${basename(file)}`, { file });
      }
      return files;
    });
}

/** Reads one fresh set; errors are `InputError`s naming the file (and line for records). */
export function loadFreshSet(files: FreshSetFiles): FreshSet {
  const raw = parseYaml(readFileSync(files.claimsFile, 'utf8')) as { claims?: unknown } | null;
  if (!Array.isArray(raw?.claims)) throw new InputError('expected a `claims` list', { file: files.claimsFile, field: 'claims' });
  let phrases: ClaimPhrases;
  try {
    phrases = loadClaimPhrases(files.phrasesFile);
  } catch (error) {
    throw new InputError(`invalid claim phrases: ${(error as Error).message}`, { file: files.phrasesFile }, { cause: error });
  }
  return {
    ...files,
    records: parseEvalRecords(readFileSync(files.recordsFile, 'utf8'), files.recordsFile),
    phrases,
    rawClaims: raw.claims as Record<string, unknown>[],
  };
}

/** Every fresh set, merged as `--half fresh` measures them. */
export interface MergedFreshSets {
  sets: FreshSet[];
  records: EvalRecord[];
  phrases: ClaimPhrases;
  /** One `claims.yaml` per set, for `loadClaims`. */
  claimsFiles: string[];
}

/**
 * Loads and merges every fresh set under `root`: records, claim phrases and claims files. A claim id or
 * record id in two sets is an `InputError` naming the second file.
 *
 * @example
 * ```ts
 * const { records, claimsFiles } = loadFreshSets();
 * const claims = await loadClaims(claimsFiles);
 * ```
 */
export function loadFreshSets(root = EVAL_FRESH_DIR, keep: (name: string) => boolean = () => true): MergedFreshSets {
  const sets = listFreshSets(root)
    .filter((files) => keep(files.name))
    .map(loadFreshSet);
  const phrases: ClaimPhrases = {};
  const recordIds = new Set<string>();
  const claimOwner = new Map<string, string>();
  for (const set of sets) {
    for (const claim of set.rawClaims) {
      const id = String(claim.id);
      const owner = claimOwner.get(id);
      if (owner !== undefined) throw new InputError(`claim id \`${id}\` is already used by fresh set \`${owner}\``, { file: set.claimsFile, field: 'id' });
      claimOwner.set(id, set.name);
    }
    for (const [id, byLang] of Object.entries(set.phrases)) {
      if (phrases[id] !== undefined) throw new InputError(`phrases for claim \`${id}\` are given by two fresh sets`, { file: set.phrasesFile, field: id });
      phrases[id] = byLang;
    }
    for (const r of set.records) {
      if (recordIds.has(r.id)) throw new InputError(`record id \`${r.id}\` is used by two fresh sets`, { file: set.recordsFile, field: 'id' });
      recordIds.add(r.id);
    }
  }
  return { sets, records: sets.flatMap((s) => s.records), phrases, claimsFiles: sets.map((s) => s.claimsFile) };
}

/**
 * The records, claims files and claim phrases of one selection: `dev` or `heldout` (the composed corpus, all
 * twelve claims), `fresh` (every held-out fresh set merged, their own claims) or `fresh-dev` (the fresh sets in
 * {@link FRESH_DEVELOPMENT_SETS}). An empty fresh selection is an `InputError`.
 *
 * @example
 * ```ts
 * const { records, claimsFiles, phrases } = loadEvalSelection('fresh');
 * ```
 */
export function loadEvalSelection(selection: EvalSelection): { records: EvalRecord[]; claimsFiles: string[]; phrases: ClaimPhrases } {
  if (selection === 'dev' || selection === 'heldout') return { records: loadEvalHalf(selection), claimsFiles: [EVAL_CLAIMS_FILE], phrases: loadClaimPhrases() };
  const development = selection === 'fresh-dev';
  const merged = loadFreshSets(EVAL_FRESH_DIR, (name) => FRESH_DEVELOPMENT_SETS.includes(name) === development);
  if (merged.sets.length === 0) throw new InputError('no fresh evaluation sets (expected folders with claims.yaml, claim-phrases.yaml and records.jsonl)', { file: EVAL_FRESH_DIR });
  return { records: merged.records, claimsFiles: merged.claimsFiles, phrases: merged.phrases };
}

/** The fields a new user gives for a claim (test/audit-eval/data/claims.yaml): nothing derived, no key terms. */
export const USER_CLAIM_FIELDS = ['id', 'statement', 'correction', 'subclaims', 'universe_context'] as const;

/** Requirements of every fresh set, checked by {@link checkFreshSet}. */
export const FRESH_SET_REQUIREMENTS = {
  minRecords: 130,
  minClaims: 4,
  minSubclaims: 2,
  minPerCategory: 5,
  minNonEnglishShare: 0.35,
  minPerOtherLanguage: 8,
  minWords: 40,
  maxWords: 300,
  /** Qualifier kinds that must each qualify at least one `neglect-risk` label. */
  noticeKinds: ['negation', 'fiction', 'unreliable-source', 'uncertainty', 'low-probability', 'malicious-behavior'],
} as const;

/**
 * Every way one fresh set breaks its requirements, as readable problems (empty when it holds): claims given
 * only with a user's fields and ids not in `takenClaimIds` (the composed corpus, the paper, fixtures, other
 * fresh sets); phrases for exactly its claims in fr, it, es, de, pt; record ids unique and prefixed
 * `fresh-<name>-`; labels naming its own claims, the record's claim labelled unless it is a subject/setting-only
 * or unrelated record (which label nothing), two claims labelled in mixed records; 40-300 words; at least 5
 * records per category, 35% non-English and 8 per other language, every verdict, every notice kind.
 *
 * @example
 * ```ts
 * checkFreshSet(loadFreshSet(listFreshSets()[0]!), new Set(['garlic_malaria'])); // []
 * ```
 */
export function checkFreshSet(set: Pick<FreshSet, 'name' | 'records' | 'phrases' | 'rawClaims'>, takenClaimIds: ReadonlySet<string>): string[] {
  const R = FRESH_SET_REQUIREMENTS;
  const problems: string[] = [];
  const claimIds = new Set<string>();
  for (const [index, claim] of set.rawClaims.entries()) {
    const id = typeof claim.id === 'string' ? claim.id : `#${index + 1}`;
    if (claimIds.has(id)) problems.push(`claim ${id} is given twice`);
    claimIds.add(id);
    if (takenClaimIds.has(id)) problems.push(`claim ${id} clashes with a claim id used elsewhere`);
    const extra = Object.keys(claim).filter((k) => !(USER_CLAIM_FIELDS as readonly string[]).includes(k));
    if (extra.length > 0) problems.push(`claim ${id}: fields a new user would not give: ${extra.join(', ')}`);
    for (const field of ['statement', 'correction', 'universe_context']) {
      if (typeof claim[field] !== 'string' || claim[field] === '') problems.push(`claim ${id}: no ${field}`);
    }
    const subclaims = claim.subclaims;
    if (!Array.isArray(subclaims) || subclaims.length < R.minSubclaims) problems.push(`claim ${id}: expected at least ${R.minSubclaims} subclaims`);
  }
  if (claimIds.size < R.minClaims) problems.push(`expected at least ${R.minClaims} claims, got ${claimIds.size}`);

  const otherLanguages = EVAL_LANGUAGES.filter((l) => l !== 'en');
  for (const id of claimIds) {
    const langs = Object.keys(set.phrases[id] ?? {});
    const missing = otherLanguages.filter((l) => !langs.includes(l));
    if (missing.length > 0) problems.push(`claim ${id}: no phrases in ${missing.join(', ')}`);
  }
  for (const id of Object.keys(set.phrases)) if (!claimIds.has(id)) problems.push(`phrases for unknown claim ${id}`);

  const records = set.records;
  if (records.length < R.minRecords) problems.push(`expected at least ${R.minRecords} records, got ${records.length}`);
  const seen = new Set<string>();
  const prefix = `fresh-${set.name}-`;
  for (const r of records) {
    if (seen.has(r.id)) problems.push(`duplicate id ${r.id}`);
    seen.add(r.id);
    if (!r.id.startsWith(prefix)) problems.push(`${r.id}: id does not start with ${prefix}`);
    problems.push(...recordProblems(r, claimIds, R));
    if (r.category === 'mixed-claims' && Object.keys(r.labels).length < 2) problems.push(`${r.id}: mixed-claims record must label two claims`);
  }
  for (const category of EVAL_CATEGORIES) {
    const n = records.filter((r) => r.category === category).length;
    if (n < R.minPerCategory) problems.push(`${n} ${category} records (expected >= ${R.minPerCategory})`);
  }
  const nonEnglish = records.filter((r) => r.lang !== 'en').length / Math.max(1, records.length);
  if (nonEnglish < R.minNonEnglishShare) problems.push(`${(nonEnglish * 100).toFixed(1)}% non-English records (expected >= ${R.minNonEnglishShare * 100}%)`);
  for (const lang of otherLanguages) {
    const n = records.filter((r) => r.lang === lang).length;
    if (n < R.minPerOtherLanguage) problems.push(`${n} ${lang} records (expected >= ${R.minPerOtherLanguage})`);
  }
  for (const verdict of VerdictSchema.options) if (!records.some((r) => r.verdict === verdict)) problems.push(`no record with verdict ${verdict}`);
  const about = claimsOfHalf(records);
  for (const id of claimIds) if (!about.has(id)) problems.push(`claim ${id} has no records`);
  const kinds = new Set(records.filter((r) => Object.values(r.labels).includes('neglect-risk')).map((r) => r.qualifierKind));
  for (const kind of R.noticeKinds) if (!kinds.has(kind)) problems.push(`no neglect-risk record qualified by a ${kind} notice`);
  return problems;
}
