import { InvalidArgumentError } from '../errors.js';
import { createSeededRandom } from '../strategies/seededRandom.js';

/** One pool to draw from: give `weight` (share of `total`) or an absolute `count`. */
export interface MixSource<T> {
  name?: string;
  records: readonly T[];
  weight?: number;
  count?: number;
}

/** What happened to one source. */
export interface MixSourceReport {
  name: string;
  available: number;
  drawn: number;
  /** True when `drawn` exceeded `available`, so records were sampled with replacement. */
  withReplacement: boolean;
}

/** Result of {@link mixDatasets}. */
export interface MixResult<T> {
  records: T[];
  sources: MixSourceReport[];
  /** Human-readable notes, e.g. about sampling with replacement. */
  warnings: string[];
}

/**
 * Named mixes: counts per source name. `paper` is the paper's training mix: 10k synthetic documents,
 * 5k pretraining documents, 5k self-distilled instruction answers.
 */
export const MIX_PRESETS = {
  paper: { documents: 10_000, pretraining: 5_000, instruction: 5_000 },
} as const satisfies Record<string, Record<string, number>>;

/** Options of {@link mixDatasets}. */
export interface MixDatasetsOptions<T> {
  sources: readonly MixSource<T>[];
  /**
   * Shares by source name (a {@link MIX_PRESETS} name, e.g. `paper` = documents 10k : pretraining 5k :
   * instruction 5k, or your own counts). Sources without `weight`/`count` get the preset's count, or,
   * with `total`, its share of `total`. Every source must be named in the preset and vice versa.
   */
  preset?: keyof typeof MIX_PRESETS | Readonly<Record<string, number>>;
  /** Total records; required when any source uses `weight`. */
  total?: number;
  seed?: string | number;
}

/**
 * Blends datasets at given ratios (or a preset: `preset: 'paper'` is the paper's 10k : 5k : 5k of
 * documents, pretraining documents and self-distilled instruction answers) (e.g. synthetic documents with general chat data), seeded and
 * shuffled. Counts from weights use largest-remainder rounding so they add up to `total`. A pool
 * smaller than its share is sampled with replacement, and the result says so.
 *
 * @example
 * ```ts
 * const mix = mixDatasets({ sources: [{ name: 'sdf', records: docs, weight: 0.25 }, { name: 'chat', records: chat, weight: 0.75 }], total: 4000, seed: 1 });
 * mix.sources; // [{ name: 'sdf', available: 800, drawn: 1000, withReplacement: true }, ...]
 * ```
 */
export function mixDatasets<T>(options: MixDatasetsOptions<T>): MixResult<T> {
  const sources: readonly MixSource<T>[] = options?.sources;
  const counts = mixCounts(options);
  const rng = createSeededRandom(String(options.seed ?? 0));
  const records: T[] = [];
  const reports: MixSourceReport[] = [];
  const warnings: string[] = [];
  sources.forEach((source, i) => {
    const name = source.name ?? `source ${i}`;
    const n = counts[i]!;
    const pool: readonly T[] = source.records;
    if (n > 0 && pool.length === 0) throw new InvalidArgumentError(`sources[${i}].records`, 'a non-empty array when records are requested', pool);
    const sub = rng.fork(name);
    const withReplacement = n > pool.length;
    if (withReplacement) {
      // Every record once, then the shortfall drawn at random.
      records.push(...sub.shuffle<T>(pool));
      for (let k = pool.length; k < n; k++) records.push(pool[sub.int(pool.length)]!);
      warnings.push(`${name}: ${n} records requested but only ${pool.length} available; sampled with replacement (${n - pool.length} repeats)`);
    } else {
      records.push(...sub.shuffle<T>(pool).slice(0, n));
    }
    reports.push({ name, available: pool.length, drawn: n, withReplacement });
  });
  return { records: rng.shuffle(records), sources: reports, warnings };
}

/** A source's share as {@link mixCounts} reads it (its records are not needed). */
export type MixShare = Pick<MixSource<unknown>, 'name' | 'weight' | 'count'>;

/**
 * How many records {@link mixDatasets} draws from each source (in order), without drawing: what a
 * cost estimate needs before the records exist. Same validation and rounding as `mixDatasets`.
 *
 * @example
 * ```ts
 * mixCounts({ sources: [{ name: 'documents' }, { name: 'pretraining' }, { name: 'instruction' }], preset: 'paper' });
 * // [10000, 5000, 5000]
 * ```
 */
export function mixCounts(options: { sources: readonly MixShare[]; preset?: MixDatasetsOptions<unknown>['preset']; total?: number }): number[] {
  const given = options?.sources;
  if (!Array.isArray(given) || given.length === 0) throw new InvalidArgumentError('sources', 'a non-empty array', given);
  const sources = options.preset === undefined ? given : applyPreset(given, options.preset, options.total !== undefined);
  return resolveCounts(sources, options.total);
}

function applyPreset<S extends MixShare>(sources: readonly S[], preset: NonNullable<MixDatasetsOptions<unknown>['preset']>, asWeights: boolean): S[] {
  const shares: Readonly<Record<string, number>> | undefined = typeof preset === 'string' ? MIX_PRESETS[preset] : preset;
  if (!shares) throw new InvalidArgumentError('preset', `one of ${Object.keys(MIX_PRESETS).join(', ')} or counts by source name`, preset);
  for (const name of Object.keys(shares)) {
    if (!sources.some((s) => s.name === name)) throw new InvalidArgumentError('sources', `a source named \`${name}\` (the preset mixes ${Object.keys(shares).join(', ')})`, sources.map((s) => s.name));
  }
  return sources.map((s, i) => {
    if (s.weight !== undefined || s.count !== undefined) return s;
    const share = s.name !== undefined ? shares[s.name] : undefined;
    if (share === undefined) throw new InvalidArgumentError(`sources[${i}].name`, `a name of the preset (${Object.keys(shares).join(', ')}) or a weight or count`, s.name);
    return asWeights ? { ...s, weight: share } : { ...s, count: share };
  });
}

function resolveCounts(sources: readonly MixShare[], total: number | undefined): number[] {
  const usesWeight = sources.some((s) => s.weight !== undefined);
  sources.forEach((s, i) => {
    if ((s.weight === undefined) === (s.count === undefined)) {
      throw new InvalidArgumentError(`sources[${i}]`, 'exactly one of `weight` or `count`', s.weight ?? s.count);
    }
    if (s.count !== undefined && (!Number.isInteger(s.count) || s.count < 0)) throw new InvalidArgumentError(`sources[${i}].count`, 'a non-negative integer', s.count);
    if (s.weight !== undefined && (!Number.isFinite(s.weight) || s.weight < 0)) throw new InvalidArgumentError(`sources[${i}].weight`, 'a non-negative number', s.weight);
  });
  if (!usesWeight) {
    const counts = sources.map((s) => s.count!);
    const sum = counts.reduce((n, c) => n + c, 0);
    if (total !== undefined && total !== sum) throw new InvalidArgumentError('total', `the sum of the counts (${sum}) or omitted`, total);
    return counts;
  }
  if (total === undefined || !Number.isInteger(total) || total < 0) throw new InvalidArgumentError('total', 'a non-negative integer when weights are used', total);
  const fixed = sources.reduce((n, s) => n + (s.count ?? 0), 0);
  const remaining = total - fixed;
  if (remaining < 0) throw new InvalidArgumentError('total', `at least the sum of fixed counts (${fixed})`, total);
  const weightSum = sources.reduce((n, s) => n + (s.weight ?? 0), 0);
  if (weightSum <= 0) throw new InvalidArgumentError('weights', 'a positive sum', weightSum);
  const exact = sources.map((s) => (s.weight === undefined ? 0 : (s.weight / weightSum) * remaining));
  const counts = sources.map((s, i) => (s.count !== undefined ? s.count : Math.floor(exact[i]!)));
  let left = remaining - counts.reduce((n, c, i) => n + (sources[i]!.count === undefined ? c : 0), 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).filter(([, i]) => sources[i]!.weight !== undefined).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i]!++;
    left--;
  }
  return counts;
}
