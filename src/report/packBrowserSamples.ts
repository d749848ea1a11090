import { measureOf, POOLED_ROWS } from '../evaluate/evalTypes.js';
import type { SampleRecord } from '../evaluate/types.js';
import type { ExperimentResultsData } from './experimentResultsSchema.js';

/** A sample's failure, as bits of {@link BrowserSamples.flags}. */
export const SAMPLE_FLAGS = { failed: 1, unparsed: 2, truncated: 4 } as const;

/**
 * Samples as the results browser embeds them: one array per field (columns), the text that repeats
 * (claim, condition, question, settings, in-context documents...) stored once in `strings` and
 * referenced by index (-1: absent). Ten thousand samples of the paper's evaluations pack to roughly
 * the size of their answers.
 */
export interface BrowserSamples {
  count: number;
  strings: string[];
  claim: number[];
  condition: number[];
  evalType: number[];
  model: number[];
  questionId: number[];
  question: number[];
  verdict: number[];
  /** `provider modelId · rubric` of the judge, or `scorer <name>` for samples no judge scored. */
  judge: number[];
  /** Pretty-printed JSON of everything the answer and its verdict were produced with. */
  settings: number[];
  sampleIndex: number[];
  /** {@link SAMPLE_FLAGS} bits. */
  flags: number[];
  response: string[];
  reason: Array<string | null>;
  /** The judge's raw output when it says more than `reason`. */
  judgeRaw: Array<string | null>;
  error: Array<string | null>;
  /**
   * The eval types each pooled row (`all`: the belief eval types, `salience`: the salience ones) pools,
   * as indices into `strings`, when the samples hold eval types of more than one measure: a bar of
   * the by-claim chart is the `all` row, so its samples are those eval types only.
   */
  pooled: Record<string, number[]>;
  /** Chart labels of claims and conditions (names are what samples carry). */
  labels: { claim: Record<string, string>; condition: Record<string, string> };
}

/** The flags of one sample, counted the way `beliefRate` counts them. */
export function sampleFlags(s: Pick<SampleRecord, 'error' | 'verdict' | 'finishReason'>): number {
  if (s.error !== undefined) return SAMPLE_FLAGS.failed;
  return (s.verdict === 'parse_error' ? SAMPLE_FLAGS.unparsed : 0) | (s.finishReason === 'length' ? SAMPLE_FLAGS.truncated : 0);
}

/** Judge label of a sample (the judge filter's options). */
export function judgeLabel(s: Pick<SampleRecord, 'judge' | 'scorer'>): string {
  return s.judge ? `${s.judge.provider} ${s.judge.modelId} · ${s.judge.rubricId}` : `scorer ${s.scorer.name}`;
}

/**
 * Packs samples for the results browser; claims and conditions come in report order first so the
 * filters list them as the charts do.
 */
export function packBrowserSamples(samples: readonly SampleRecord[], data: ExperimentResultsData): BrowserSamples {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (text: string | undefined): number => {
    if (text === undefined) return -1;
    let i = index.get(text);
    if (i === undefined) {
      i = strings.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  for (const c of data.claims) ref(c.name);
  for (const c of data.conditions) ref(c.name);
  const out: BrowserSamples = {
    count: samples.length,
    strings,
    claim: [],
    condition: [],
    evalType: [],
    model: [],
    questionId: [],
    question: [],
    verdict: [],
    judge: [],
    settings: [],
    sampleIndex: [],
    flags: [],
    response: [],
    reason: [],
    judgeRaw: [],
    error: [],
    pooled: {},
    labels: {
      claim: Object.fromEntries(data.claims.filter((c) => c.label).map((c) => [c.name, c.label!])),
      condition: Object.fromEntries(data.conditions.filter((c) => c.label).map((c) => [c.name, c.label!])),
    },
  };
  for (const s of samples) {
    out.claim.push(ref(s.claim));
    out.condition.push(ref(s.condition));
    out.evalType.push(ref(s.evalType));
    out.model.push(ref(s.model));
    out.questionId.push(ref(s.questionId));
    out.question.push(ref(s.question));
    out.verdict.push(ref(s.verdict));
    out.judge.push(ref(judgeLabel(s)));
    out.settings.push(ref(settingsText(s)));
    out.sampleIndex.push(s.sampleIndex);
    out.flags.push(sampleFlags(s));
    out.response.push(s.response);
    out.reason.push(s.reason ?? null);
    out.judgeRaw.push(s.judgeRaw !== undefined && s.judgeRaw.trim() !== (s.reason ?? '').trim() ? s.judgeRaw : null);
    out.error.push(s.error ?? null);
  }
  const evalTypes = [...new Set(out.evalType)];
  if (new Set(evalTypes.map((t) => measureOf(strings[t]!))).size > 1) {
    for (const [row, measure] of Object.entries(POOLED_ROWS)) {
      const pooled = evalTypes.filter((t) => measureOf(strings[t]!) === measure);
      if (pooled.length > 0) out.pooled[row] = pooled;
    }
  }
  return out;
}

function settingsText(s: SampleRecord): string {
  const shown: Record<string, unknown> = {
    model: s.model,
    finishReason: s.finishReason,
    sampling: s.settings,
    judge: s.judge,
    solver: s.solver,
    scorer: s.scorer,
    category: s.category,
    systemPrompt: s.systemPrompt,
    messagesPrefix: s.messagesPrefix,
  };
  // Absent fields are left out rather than printed as null.
  return JSON.stringify(shown, null, 2);
}
