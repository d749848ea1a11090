import { z } from 'zod';
import { readYamlWithSchema } from '../evaluate/parseYamlWithSchema.js';
import { type ParsedArgs, listOption, stringOption, UsageError } from './args.js';
import { CHAT_PROVIDER_NAMES, cliChatProvider, type CliChatProvider } from './cliProviders.js';
import type { CliIO } from './io.js';

/** One judge of a CLI run: its provider, model and (optionally) base URL. */
export interface JudgeSpec {
  provider: string;
  model: string;
  baseURL?: string;
}

/** A judge spec with its provider looked up: its chat models and batch client come from `chat`. */
export interface CliJudge extends JudgeSpec {
  chat: CliChatProvider;
  /** `provider:model`: how the judge is named in messages and saved batch ids. */
  name: string;
}

const JudgesFileSchema = z
  .array(
    z.strictObject({
      provider: z.enum(CHAT_PROVIDER_NAMES as [string, ...string[]]),
      model: z.string().min(1),
      baseURL: z.url().optional(),
    }),
  )
  .min(1);

/**
 * Reads one `--judge` value, `<provider>:<model>` or `<provider>:<model>@<base-url>`: the provider
 * is what precedes the first `:` (model ids may hold `:` themselves, as `ft:` ids do) and the base
 * URL starts at the last `@http://` or `@https://`.
 *
 * @example
 * ```ts
 * parseJudgeSpec('openai-compatible:Qwen/Qwen3-32B@http://localhost:8000/v1');
 * // { provider: 'openai-compatible', model: 'Qwen/Qwen3-32B', baseURL: 'http://localhost:8000/v1' }
 * ```
 */
export function parseJudgeSpec(value: string): JudgeSpec {
  const colon = value.indexOf(':');
  if (colon <= 0) throw new UsageError(`Expected \`--judge\` as <provider>:<model>[@<base-url>], got \`${value}\``);
  const provider = value.slice(0, colon);
  if (!CHAT_PROVIDER_NAMES.includes(provider)) {
    throw new UsageError(`Expected the provider of \`--judge ${value}\` to be one of ${CHAT_PROVIDER_NAMES.join(', ')}, got \`${provider}\``);
  }
  let model = value.slice(colon + 1);
  let baseURL: string | undefined;
  const at = Math.max(model.lastIndexOf('@http://'), model.lastIndexOf('@https://'));
  if (at >= 0) {
    baseURL = model.slice(at + 1);
    model = model.slice(0, at);
    if (!URL.canParse(baseURL)) throw new UsageError(`Expected the base URL of \`--judge ${value}\` to be a URL, got \`${baseURL}\``);
  }
  if (model === '') throw new UsageError(`Expected a model after \`${provider}:\` in \`--judge ${value}\``);
  return { provider, model, ...(baseURL ? { baseURL } : {}) };
}

/** Usage lines of the per-judge options (eval and rejudge). */
export const JUDGE_SPEC_USAGE = `  --judge <provider>:<model>[@<base-url>]
                          A judge with its own provider and base URL; repeat it for a panel of
                          judges from different providers: --judge openai:gpt-5-mini
                          --judge anthropic:claude-sonnet-4-5
                          --judge openai-compatible:Qwen/Qwen3-32B@http://localhost:8000/v1
  --judges <file>         The judges as a YAML or JSON list of { provider, model, baseURL? }.`;

/** Where the judges come from when neither `--judge` nor `--judges` is given. */
export interface JudgeFallback {
  /** The `--judge-model` ids (or the default judge), sharing one provider and base URL. */
  models: readonly string[];
  provider: string;
  /** The flag that named the provider, for messages. */
  providerFlag: string;
  baseURL: string | undefined;
}

/**
 * The judges a command was given: `--judge` values or a `--judges` file (each judge its own
 * provider and base URL), or else `fallback` (`--judge-model` ids sharing one provider). Checked:
 * known providers, URLs, not both ways at once, no judge twice.
 *
 * @example
 * ```ts
 * const judges = await cliJudges(parsed, { models: ['gpt-5-mini'], provider: 'openai', providerFlag: 'judge-provider', baseURL: undefined }, io, abs);
 * judges.map((j) => j.chat.model(j.model));
 * ```
 */
export async function cliJudges(parsed: ParsedArgs, fallback: JudgeFallback, io: CliIO, abs: (path: string) => string): Promise<CliJudge[]> {
  const inline = listOption(parsed, 'judge').map(parseJudgeSpec);
  const file = stringOption(parsed, 'judges');
  if (inline.length > 0 && file) throw new UsageError('Give the judges with `--judge` or with `--judges <file>`, not both');
  const explicit: JudgeSpec[] = file ? (await readYamlWithSchema(abs(file), JudgesFileSchema)).map(({ baseURL, ...j }) => ({ ...j, ...(baseURL ? { baseURL } : {}) })) : inline;
  if (explicit.length > 0 && listOption(parsed, 'judge-model').length > 0) {
    throw new UsageError(`Give the judges with \`--${file ? 'judges' : 'judge'}\` or with \`--judge-model\`, not both`);
  }
  const flag = file ? 'judges' : 'judge';
  const judges: CliJudge[] =
    explicit.length > 0
      ? explicit.map((spec) => ({ ...spec, chat: cliChatProvider(spec.provider, flag, spec.baseURL, io), name: `${spec.provider}:${spec.model}` }))
      : fallback.models.map((model) => {
          const spec: JudgeSpec = { provider: fallback.provider, model, ...(fallback.baseURL ? { baseURL: fallback.baseURL } : {}) };
          return { ...spec, chat: cliChatProvider(spec.provider, fallback.providerFlag, spec.baseURL, io), name: `${spec.provider}:${model}` };
        });
  // Judges are told apart by provider and model (votes, agreement tables, saved batch ids).
  const seen = new Set<string>();
  for (const j of judges) {
    if (seen.has(j.name)) throw new UsageError(`The judge \`${j.name}\` is given twice: a panel needs different judges`);
    seen.add(j.name);
  }
  return judges;
}
