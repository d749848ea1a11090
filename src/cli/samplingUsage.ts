import { SAMPLING_PRESET_NAMES, SAMPLING_PRESETS } from '../evaluate/samplingPresets.js';
import type { ChatCallSettings } from '../providers/chat/chatModel.js';

/** Call settings in words: `temperature 0.7, top-p 0.8, up to 5000 tokens`. */
function describe(settings: ChatCallSettings): string {
  return [
    settings.temperature !== undefined ? `temperature ${settings.temperature}` : undefined,
    settings.topP !== undefined ? `top-p ${settings.topP}` : undefined,
    settings.maxTokens !== undefined ? `up to ${settings.maxTokens} tokens` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

/**
 * Usage lines for `--sampling`, read from `SAMPLING_PRESETS` (the one table of the presets), for the
 * model and the judge or the judge alone, indented to the usage's option column.
 */
export function samplingPresetLines(who: 'model-and-judge' | 'judge'): string {
  return SAMPLING_PRESET_NAMES.map((name) => {
    const preset = SAMPLING_PRESETS[name];
    const text = who === 'judge' ? `the judge at ${describe(preset.judge)}` : `the model at ${describe(preset.model)}, ${preset.samples} samples; the judge at ${describe(preset.judge)}`;
    return `                          ${name}: ${text}`;
  }).join('\n');
}
