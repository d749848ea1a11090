/**
 * Compiled scan tables kept per process for the claim sets audited last: every `auditDataset` call
 * (and every worker's batch) builds an auditor, and compiling its tables (the automaton of every
 * claim term and cue, its WebAssembly kernel, the per-pattern tables) took 30–50 ms of CPU, plus
 * the first quarter-million code units each new automaton scans in JavaScript before loading the
 * kernel: a tenth of a 20 MB audit. The tables are read-only once built, and an automaton is safe to
 * share between scanners (a scan started from another scan's callback takes the JavaScript loop),
 * so equal claims and cues share one compiled form.
 */
import type { Claim } from '../../claims/claim.js';
import { DEFAULT_CUES, type CueDefinition } from '../cueBank.js';
import { compileScanTables, lazyLanguageScan, type ScanTables } from './scanTables.js';
import { ahoCorasickFromData, type AhoCorasickData, type AhoPattern } from '../../text/ahoCorasick.js';

/** Claim sets kept: the audits of a process rarely alternate between more (a kernel holds a few MB). */
const KEPT = 4;

const kept = new Map<string, ScanTables>();

/** The JSON of the built-in cue bank, computed once (2-3 ms, which every audit paid). */
let defaultCuesKey: string | undefined;

/** The JSON of a cue list (a caller's own list each time: it may have changed since). */
function cueKey(cues: readonly CueDefinition[]): string {
  if (cues === DEFAULT_CUES) return (defaultCuesKey ??= JSON.stringify(cues));
  return JSON.stringify(cues);
}

/**
 * `compileScanTables(claims, [...cues, ...extraCues])`, or the tables compiled before for claims and
 * cues of the same content (compared as JSON, so a claim set parsed again from the same file hits).
 * The built-in bank (`DEFAULT_CUES`, read-only) is best passed as itself: its JSON is computed once.
 *
 * @example
 * ```ts
 * const tables = cachedScanTables([claim], DEFAULT_CUES);
 * cachedScanTables([{ ...claim }], DEFAULT_CUES) === tables; // true
 * ```
 */
export function cachedScanTables(
  claims: readonly Claim[],
  cues: readonly CueDefinition[],
  extraCues: readonly CueDefinition[] = [],
): ScanTables {
  const key = `${JSON.stringify(claims)}\n${cueKey(cues)}\n${extraCues.length === 0 ? '' : cueKey(extraCues)}`;
  let tables = kept.get(key);
  if (tables !== undefined) {
    // Most recently used last: the first key is the one to drop.
    kept.delete(key);
  } else {
    tables = compileScanTables(claims, extraCues.length === 0 ? cues : [...cues, ...extraCues]);
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, tables);
  return tables;
}

/**
 * Compiled scan tables as plain data (typed arrays, arrays, plain objects: what `postMessage` copies),
 * keyed as the cache keys them: see {@link shareLastScanTables}.
 */
export interface SharedScanTables {
  readonly key: string;
  readonly tables: Omit<ScanTables, 'automaton' | 'languageScans'> & {
    readonly automaton: AhoCorasickData;
    /** A language's automaton travels as its patterns: most are never built, and the receiver builds its own on first use. */
    readonly languageScans: readonly ({ offset: number; patterns: readonly AhoPattern[] } | undefined)[];
  };
}

/**
 * The tables this thread compiled (or adopted) last, as plain data for a worker thread that audits
 * with the same claims and cues: {@link adoptScanTables} there saves it the compile (≈ 0.1 s of CPU
 * for 48 claims, in a fresh isolate whose code is not optimised yet). Undefined when none.
 *
 * @example
 * ```ts
 * createAuditor({ claims }); // compiles the tables
 * worker.postMessage({ tables: shareLastScanTables() });
 * ```
 */
export function shareLastScanTables(): SharedScanTables | undefined {
  let last: [string, ScanTables] | undefined;
  for (const entry of kept) last = entry;
  if (last === undefined) return undefined;
  const { automaton, languageScans, ...rest } = last[1];
  return {
    key: last[0],
    tables: { ...rest, automaton: automaton.data, languageScans: languageScans.map((scan) => scan && { offset: scan.offset, patterns: scan.patterns }) },
  };
}

/**
 * Puts tables shared by another thread ({@link shareLastScanTables}) in this thread's cache, so the
 * next auditor with the same claims and cues uses them instead of compiling its own. The adopted
 * automaton loads its WebAssembly kernel on its first scan (see `wasmAfterUnits`).
 *
 * @example
 * ```ts
 * adoptScanTables(message.tables);
 * compileAuditor(claims, options); // no compile of the scan tables
 * ```
 */
export function adoptScanTables(shared: SharedScanTables): void {
  const { automaton, languageScans, ...rest } = shared.tables;
  const tables: ScanTables = {
    ...rest,
    // The kernel from the first scan: only audit workers adopt tables, and a worker is started for
    // seconds of text, so the JavaScript loop (its first 256 Ki code units, unoptimised, and then its
    // TurboFan compiles) would only be this isolate's warm-up.
    automaton: ahoCorasickFromData(automaton, { wasmAfterUnits: 0 }),
    languageScans: languageScans.map((scan) => scan && lazyLanguageScan(scan.patterns, scan.offset)),
  };
  kept.delete(shared.key);
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
  kept.set(shared.key, tables);
}
