import { createJudge, type Judge } from '../evaluate/createJudge.js';
import { createJudgePanel, type PanelAggregate } from '../evaluate/createJudgePanel.js';
import type { JudgeRubricInput } from '../evaluate/judgeRubric.js';
import type { SamplingPresetName } from '../evaluate/samplingPresets.js';
import { reasoningSettings } from '../evaluate/reasoningSettings.js';
import { REASONING_EFFORTS, type ChatCallSettings, type ChatModel } from '../providers/chat/chatModel.js';
import { intOption, type ParsedArgs, stringOption } from './args.js';

/** What the `eval` and `rejudge` commands know about their judges. */
export interface CliJudgeSettings {
  /** One chat model per `--judge-model` (two or more make a panel). */
  models: readonly ChatModel[];
  aggregate: PanelAggregate;
  sampling: SamplingPresetName;
  rubrics?: Readonly<Record<string, JudgeRubricInput>>;
  showReasoning: boolean;
  /** The judges' own call settings over the sampling preset's (their reasoning depth: {@link judgeDepthSettings}). */
  settings?: ChatCallSettings;
}

/** The judge of a CLI run: one judge, or a panel of one judge per model. */
export function buildJudge(settings: CliJudgeSettings): Judge {
  const judges = settings.models.map((model) =>
    createJudge({
      model,
      sampling: settings.sampling,
      ...(settings.rubrics ? { rubrics: settings.rubrics } : {}),
      ...(settings.settings ? { settings: settings.settings } : {}),
      showReasoning: settings.showReasoning,
    }),
  );
  return judges.length === 1 ? judges[0]! : createJudgePanel({ judges, aggregate: settings.aggregate });
}

/** Usage lines shared by the commands that judge. */
export const JUDGE_PANEL_USAGE = `  --judge-model <id>      Judge model; repeat it for a panel of judges (each sample is then judged
                          by every one; their votes are kept per sample and their agreement,
                          Cohen's kappa per pair, Fleiss' kappa and Krippendorff's alpha, is in
                          the summary).
  --aggregate <how>       How a panel's votes combine: majority (default; a tie is neutral),
                          unanimous (yes only when every judge says yes), mean (the share of yes
                          votes, recorded per sample; yes from one half up).
  --judge-sees-reasoning  Show the judge the model's thinking before its answer.`;

/** The parseArgs declarations of the judge's reasoning depth (eval and rejudge). */
export const JUDGE_DEPTH_ARGS = {
  'judge-reasoning-effort': { type: 'string' },
  'judge-thinking-budget': { type: 'string' },
} as const;

/**
 * The judges' reasoning depth from `--judge-reasoning-effort` / `--judge-thinking-budget`, as call
 * settings; each judge's provider sends what its capabilities declare and drops the rest with a warning.
 */
export function judgeDepthSettings(parsed: ParsedArgs): ChatCallSettings | undefined {
  const effort = stringOption(parsed, 'judge-reasoning-effort', REASONING_EFFORTS);
  const thinkingBudget = intOption(parsed, 'judge-thinking-budget');
  if (effort === undefined && thinkingBudget === undefined) return undefined;
  return reasoningSettings(undefined, { ...(effort ? { effort } : {}), ...(thinkingBudget !== undefined ? { thinkingBudget } : {}) });
}

/** Usage lines of the judge's reasoning depth. */
export const JUDGE_DEPTH_USAGE = `  --judge-reasoning-effort <e>
                          How hard a reasoning judge thinks: ${REASONING_EFFORTS.join(', ')} (OpenAI
                          reasoning_effort); judges whose provider takes no effort level drop it
                          with a warning. Recorded with each vote (judge.settings).
  --judge-thinking-budget <n>
                          A judge's thinking tokens (Anthropic thinking budget, at least 1024);
                          dropped with a warning by providers without one. Recorded with each vote.`;
