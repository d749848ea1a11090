import { createJudge, type Judge } from '../evaluate/createJudge.js';
import { createJudgePanel, type PanelAggregate } from '../evaluate/createJudgePanel.js';
import type { JudgeRubricInput } from '../evaluate/judgeRubric.js';
import type { SamplingPresetName } from '../evaluate/samplingPresets.js';
import type { ChatModel } from '../providers/chat/chatModel.js';

/** What the `eval` and `rejudge` commands know about their judges. */
export interface CliJudgeSettings {
  /** One chat model per `--judge-model` (two or more make a panel). */
  models: readonly ChatModel[];
  aggregate: PanelAggregate;
  sampling: SamplingPresetName;
  rubrics?: Readonly<Record<string, JudgeRubricInput>>;
  showReasoning: boolean;
}

/** The judge of a CLI run: one judge, or a panel of one judge per model. */
export function buildJudge(settings: CliJudgeSettings): Judge {
  const judges = settings.models.map((model) =>
    createJudge({ model, sampling: settings.sampling, ...(settings.rubrics ? { rubrics: settings.rubrics } : {}), showReasoning: settings.showReasoning }),
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
