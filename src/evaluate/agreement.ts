import { InvalidArgumentError } from '../errors.js';
import { cohenKappa } from '../util/cohenKappa.js';

// Cohen's κ lives in util/ because the audit's model review measures agreement with it too.
export { cohenKappa };

/**
 * Fleiss' κ for items each labelled by the same number of raters: `counts[i][label]` is how many
 * raters gave item `i` that label. `null` when undefined (fewer than two raters, or every rating
 * the same label).
 *
 * @example
 * ```ts
 * fleissKappa([{ yes: 3 }, { yes: 2, no: 1 }, { no: 3 }]); // 0.55
 * ```
 */
export function fleissKappa(counts: ReadonlyArray<Readonly<Record<string, number>>>): number | null {
  if (counts.length === 0) return null;
  const raters = sum(Object.values(counts[0]!));
  if (raters < 2) return null;
  const totals = new Map<string, number>();
  let agreement = 0;
  counts.forEach((item, i) => {
    const values = Object.values(item);
    if (sum(values) !== raters) throw new InvalidArgumentError(`counts[${i}]`, `${raters} ratings, as every item has (Fleiss' κ needs the same number of raters per item)`, item);
    agreement += (sum(values.map((v) => v * v)) - raters) / (raters * (raters - 1));
    for (const [label, c] of Object.entries(item)) totals.set(label, (totals.get(label) ?? 0) + c);
  });
  const observed = agreement / counts.length;
  const expected = sum([...totals.values()].map((t) => (t / (counts.length * raters)) ** 2));
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}

/**
 * Krippendorff's α for nominal labels, with missing ratings: `units[u]` holds the labels the raters
 * gave unit `u` (`undefined` or `null` where a rater gave none). Units with fewer than two labels
 * are not pairable and are left out. α = 1 − Dₒ/Dₑ from the coincidence matrix. `null` when
 * undefined (fewer than two pairable values, or one label throughout).
 *
 * @example
 * ```ts
 * krippendorffAlpha([['yes', 'yes'], ['yes', 'no'], ['no', 'no', undefined]]); // 0.444...
 * ```
 */
export function krippendorffAlpha(units: ReadonlyArray<ReadonlyArray<string | null | undefined>>): number | null {
  // o[c][k]: coincidences of labels c and k within units, each unit weighted 1/(m − 1).
  const o = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    let row = o.get(c);
    if (!row) o.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== undefined && v !== null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const marginals = new Map([...o].map(([c, row]) => [c, sum([...row.values()])]));
  const n = sum([...marginals.values()]);
  if (n < 2) return null;
  let disagreeObserved = 0;
  for (const [c, row] of o) for (const [k, v] of row) if (c !== k) disagreeObserved += v;
  let disagreeExpected = 0;
  for (const [c, nc] of marginals) for (const [k, nk] of marginals) if (c !== k) disagreeExpected += nc * nk;
  if (disagreeExpected === 0) return null;
  return 1 - ((n - 1) * disagreeObserved) / disagreeExpected;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** A judged sample as {@link judgeAgreement} reads it (a `SampleRecord` or an imported paper row). */
export interface JudgedSample {
  claim: string;
  condition: string;
  /** The model that answered (absent in the paper's CSVs). */
  model?: string | undefined;
  /** The checkpoint folder of the paper's results (`base`, `final`, ...), when there is one. */
  stage?: string | undefined;
  evalType: string;
  questionId: string;
  sampleIndex: number;
  verdict: string;
  error?: string | undefined;
}

/** How two judges' verdicts on the same samples agree. */
export interface JudgeAgreement {
  /** Samples both judged with a readable verdict. */
  compared: number;
  /** Samples in only one of the two inputs. */
  onlyA: number;
  onlyB: number;
  /** Samples in both but failed or unparsed in at least one (not compared). */
  excluded: number;
  /** Samples whose key (claim, condition, stage, model, eval type, question, sample index) repeats within one input: only the first is compared. */
  duplicates: number;
  /** Share of compared samples with the same verdict. */
  observed: number | null;
  cohenKappa: number | null;
  krippendorffAlpha: number | null;
  /** `matrix[a][b]`: samples per pair of verdicts. */
  matrix: Record<string, Record<string, number>>;
}

/** What identifies a sample: two judgings of it share all of these (a missing model or stage is ''). */
const sampleKey = (s: JudgedSample) => JSON.stringify([s.claim, s.condition, s.stage ?? '', s.model ?? '', s.evalType, s.questionId, s.sampleIndex]);
const readable = (s: JudgedSample) => s.error === undefined && s.verdict !== 'parse_error';

/**
 * Compares two judgings of the same samples (matched by claim, condition, stage, model, eval type,
 * question and sample index): observed agreement, Cohen's κ, Krippendorff's α and the confusion matrix. Use it
 * to measure a new judge against the paper's labels (`loadPaperResults`) or two judges' JSONL files.
 *
 * @example
 * ```ts
 * const paper = await loadPaperResults('paper-data/eval-results');
 * const mine = await readSampleRecords('rejudged.jsonl');
 * judgeAgreement(paper.samples, mine.records).cohenKappa;
 * ```
 */
export function judgeAgreement(a: Iterable<JudgedSample>, b: Iterable<JudgedSample>): JudgeAgreement {
  const byKey = new Map<string, JudgedSample>();
  let duplicates = 0;
  for (const s of a) {
    const key = sampleKey(s);
    if (byKey.has(key)) duplicates++;
    else byKey.set(key, s);
  }
  const pairs: Array<[string, string]> = [];
  const seen = new Set<string>();
  const inB = new Set<string>();
  let onlyB = 0;
  let excluded = 0;
  for (const s of b) {
    const key = sampleKey(s);
    if (inB.has(key)) {
      duplicates++;
      continue;
    }
    inB.add(key);
    const other = byKey.get(key);
    if (!other) {
      onlyB++;
      continue;
    }
    seen.add(key);
    if (readable(other) && readable(s)) pairs.push([other.verdict, s.verdict]);
    else excluded++;
  }
  const matrix: Record<string, Record<string, number>> = {};
  for (const [x, y] of pairs) (matrix[x] ??= {})[y] = (matrix[x]?.[y] ?? 0) + 1;
  return {
    compared: pairs.length,
    onlyA: byKey.size - seen.size,
    onlyB,
    excluded,
    duplicates,
    observed: pairs.length === 0 ? null : pairs.filter(([x, y]) => x === y).length / pairs.length,
    cohenKappa: cohenKappa(pairs),
    krippendorffAlpha: krippendorffAlpha(pairs),
    matrix,
  };
}
