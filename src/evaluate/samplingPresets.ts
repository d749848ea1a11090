import type { ChatCallSettings } from '../providers/chat/chatModel.js';

/** How the model under test and the judge are sampled. */
export interface SamplingPreset {
  /** Samples per question. */
  samples: number;
  /** Settings of the model under test. */
  model: ChatCallSettings;
  /** Settings of the judge. */
  judge: ChatCallSettings;
}

/**
 * Named sampling presets. `paper` is how Mayne, McKinney et al. sampled (their eval configs:
 * `temperature: 0.7`, `top_p: 0.8`, `samples_per_question: 5`, `max_tokens: 5000`; a reasoning judge,
 * gpt-5-mini, with `judge_temperature: 1` and `judge_max_tokens: 6000`, which a reasoning model needs:
 * it refuses temperature 0 and spends hundreds of tokens thinking before it answers). `default` is
 * this SDK's older choice: temperature 1 and 1,024 tokens for the model, a deterministic judge at
 * temperature 0 with 512 tokens, which suits a non-reasoning judge.
 */
export const SAMPLING_PRESETS = {
  paper: {
    samples: 5,
    model: { temperature: 0.7, topP: 0.8, maxTokens: 5000 },
    judge: { temperature: 1, maxTokens: 6000, responseFormat: 'json' },
  },
  default: {
    samples: 5,
    model: { temperature: 1, maxTokens: 1024 },
    judge: { temperature: 0, maxTokens: 512, responseFormat: 'json' },
  },
} as const satisfies Record<string, SamplingPreset>;

/** The name of a sampling preset. */
export type SamplingPresetName = keyof typeof SAMPLING_PRESETS;

/** Preset names, for CLI choices and config schemas. */
export const SAMPLING_PRESET_NAMES = Object.keys(SAMPLING_PRESETS) as SamplingPresetName[];
