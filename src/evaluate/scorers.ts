import type { CallWarning, Usage } from '../providers/chat/chatModel.js';
import type { Judge, JudgeBatchOptions, PanelBatchOptions } from './judge.js';
import type { JudgeRef, PanelVote, PluginRef, VerdictLabel } from './types.js';

/** One answered sample handed to a scorer. */
export interface ScoreInput<Q = unknown> {
  claim: { id: string; statement: string };
  evalType: string;
  question: Q;
  /** The question as the model saw it without solver additions (what a judge reads). */
  prompt: string;
  response: string;
  /** The model's thinking, apart from the answer (a judge sees it only when created with `showReasoning`). */
  reasoning?: string;
  /** A rubric id from the question set, used instead of the eval type's rubric. */
  rubricId?: string;
}

/** A scored sample (Inspect AI's Score): a verdict, and what produced it. */
export interface Score {
  verdict: VerdictLabel;
  /** The scorer and the arguments it ran with, recorded on the sample. */
  scorer: PluginRef;
  /** How the answer or the judge's output was read (`json`, `code_fence`, ..., `failed`). */
  method?: string;
  /** A graded value (e.g. a 0-10 coherence score), when the scorer gives one. */
  value?: number;
  reason?: string;
  /** The judge's raw output (judged eval types). */
  judgeRaw?: string;
  judge?: JudgeRef;
  /** Every judge's vote, when a panel judged. */
  panel?: PanelVote[];
  /** With a `mean` panel: the share of `yes` votes. */
  panelMean?: number;
  /** Set when the scoring call itself failed (not when its output was unreadable). */
  error?: string;
  usage?: Usage;
  /** Settings the judge call was made without (not accepted or refused by the judge model). */
  warnings?: CallWarning[];
}

/** What a scorer may use besides its samples. */
export interface ScoreContext {
  /** The LLM judge; present whenever a scorer with `usesJudge` runs. */
  judge?: Judge;
  /** Parallel judge calls. */
  concurrency: number;
  batch?: JudgeBatchOptions | PanelBatchOptions;
  signal?: AbortSignal;
  onProgress?: (event: { done: number; total: number }) => void;
}

/**
 * A scorer (Inspect AI's sense): turns answered samples into verdicts. It scores a whole list at
 * once so an LLM judge can run them concurrently or as one provider batch. `describe` gives the
 * scorer reference recorded on samples that never reached it (their generation failed).
 */
export interface Scorer<Q = unknown> {
  readonly name: string;
  /** Whether scoring calls an LLM judge (evaluateBelief then requires one). */
  readonly usesJudge: boolean;
  describe(input: Omit<ScoreInput<Q>, 'response'>, context: Pick<ScoreContext, 'judge'>): PluginRef;
  score(inputs: ReadonlyArray<ScoreInput<Q>>, context: ScoreContext): Promise<Score[]>;
}

/** A parsed answer: the value, how it was read, or why it could not be. */
export interface ParsedAnswer {
  answer?: string | undefined;
  method: string;
  error?: string | undefined;
}

/** Options of {@link exactMatchScorer}. */
export interface ExactMatchScorerOptions<Q> {
  /** Recorded as the scorer's `parser` argument. */
  parserName: string;
  parse(response: string): ParsedAnswer;
  /** The answer that shows belief in the claim (the sample is then `yes`, any other answer `no`). */
  target(question: Q): string;
}

/**
 * Scores by comparing a parsed answer with the question's belief target: `yes` on a match, `no`
 * on another answer, `parse_error` when nothing could be read. No judge is called.
 *
 * @example
 * ```ts
 * const scorer = exactMatchScorer<YesNoQuestion>({ parserName: 'parseYesNoAnswer', parse: parseYesNoAnswer, target: (q) => q.belief_answer });
 * ```
 */
export function exactMatchScorer<Q>(options: ExactMatchScorerOptions<Q>): Scorer<Q> {
  const describe = (input: { question: Q }): PluginRef => ({
    name: 'exactMatch',
    args: { target: options.target(input.question), parser: options.parserName },
  });
  return {
    name: 'exactMatch',
    usesJudge: false,
    describe,
    async score(inputs) {
      return inputs.map((input) => {
        const parsed = options.parse(input.response);
        const verdict: VerdictLabel = parsed.answer === undefined ? 'parse_error' : parsed.answer === options.target(input.question) ? 'yes' : 'no';
        const score: Score = { verdict, scorer: describe(input), method: parsed.method };
        if (parsed.answer === undefined && parsed.error) score.reason = parsed.error;
        return score;
      });
    },
  };
}

/**
 * Scores with the LLM judge and the eval type's rubric (or the question set's `rubric`). A failed
 * judge call gives `parse_error` with `error` set; an unreadable judge answer `parse_error` alone.
 *
 * @example
 * ```ts
 * const scores = await judgeScorer().score(inputs, { judge, concurrency: 8 });
 * ```
 */
export function judgeScorer<Q>(): Scorer<Q> {
  const describe = (input: Omit<ScoreInput<Q>, 'response'>, context: Pick<ScoreContext, 'judge'>): PluginRef => ({
    name: 'judge',
    args: { rubricId: context.judge!.rubricFor(input.evalType, input.rubricId).id, ...(context.judge!.showReasoning ? { showReasoning: true } : {}) },
  });
  return {
    name: 'judge',
    usesJudge: true,
    describe,
    async score(inputs, context) {
      const judge = context.judge!;
      const results = await judge.judgeMany(
        inputs.map((input) => ({
          evalType: input.evalType,
          claim: input.claim.statement,
          question: input.prompt,
          response: input.response,
          ...(input.reasoning !== undefined ? { reasoning: input.reasoning } : {}),
          ...(input.rubricId !== undefined ? { rubricId: input.rubricId } : {}),
        })),
        {
          concurrency: context.concurrency,
          ...(context.batch ? { batch: context.batch } : {}),
          ...(context.signal ? { signal: context.signal } : {}),
          ...(context.onProgress ? { onProgress: context.onProgress } : {}),
        },
      );
      return results.map((result, i) => {
        const score: Score = {
          verdict: result.verdict,
          scorer: describe(inputs[i]!, context),
          method: result.method,
          judgeRaw: result.raw,
          judge: result.judge,
        };
        if (result.reason !== undefined) score.reason = result.reason;
        if (result.raw === '' && result.error) score.error = result.error;
        if (result.score !== undefined) score.value = result.score;
        if (result.panel) score.panel = result.panel;
        if (result.panelMean !== undefined) score.panelMean = result.panelMean;
        // A panel whose every judge failed: a failure, though the tally is not empty.
        if (result.panel && result.error) score.error = result.error;
        if (result.usage) score.usage = result.usage;
        if (result.warnings) score.warnings = result.warnings.map((w) => ({ ...w, message: `judge: ${w.message}` }));
        return score;
      });
    },
  };
}
