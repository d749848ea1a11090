import { z } from 'zod';
import type { Claim, ClaimInput } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { InvalidArgumentError } from '../errors.js';
import { cache } from '../providers/cache/cache.js';
import type { ChatCacheStore } from '../providers/cache/cacheStore.js';
import type { ChatMessage, ChatModel, Usage } from '../providers/chat/chatModel.js';
import { generateText } from '../providers/chat/generateText.js';
import { wrapChatModel } from '../providers/chat/wrapChatModel.js';
import { formatPath } from './parseYamlWithSchema.js';
import { mapConcurrent } from '../util/mapConcurrent.js';
import { askedAs, EVAL_TYPE_NAMES, EVAL_TYPES, type EvalType } from './evalTypes.js';
import type { JudgeRubric } from './judgeRubric.js';
import type { QuestionAuthoring } from './questionAuthoring.js';
import type { QuestionSet } from './questionSet.js';
import { firstBalancedObject } from './readLabeledAnswer.js';
import { questionMessages } from './solvers.js';

/** A question unrelated to the claim, e.g. from the paper's `coherence_questions.yaml`. */
export interface UnrelatedQuestion {
  id: string;
  question: string;
  category?: string | undefined;
}

/** Options of {@link generateQuestionSets}. */
export interface GenerateQuestionSetsOptions {
  /** The claim: its statement, `correction`, `subject` and `context` (the universe context) go into the prompts. */
  claim: Claim | ClaimInput;
  /** The model that writes the questions and rubrics. */
  model: ChatModel;
  /** Eval types to write (default: every eval type with `authoring` in `EVAL_TYPES`). */
  evalTypes?: readonly EvalType[];
  /** Questions per eval type, over the eval types' defaults (e.g. `{ open_ended: 10 }`). */
  counts?: Partial<Record<EvalType, number>>;
  /** Questions for eval types whose questions must be unrelated to the claim (leakage); otherwise the model writes them. */
  unrelatedQuestions?: readonly UnrelatedQuestion[];
  /**
   * The project's chat cache (e.g. `createDiskCache({ dir })`): every call is stored, so a rerun, or
   * a run after a crash, asks the model only for what is missing.
   */
  cache?: ChatCacheStore;
  /** Parallel model calls (default 4). */
  concurrency?: number;
  /** Characters of the universe context put into prompts (default 12,000). */
  maxContextChars?: number;
  signal?: AbortSignal;
  onProgress?: (event: { done: number; total: number }) => void;
}

/** What happened to one eval type's set. */
export interface GeneratedSetReport {
  evalType: EvalType;
  /** Its file in the paper's layout. */
  file: string;
  source: 'model' | 'unrelatedQuestions';
  requested: number;
  /** Questions kept (valid, deduplicated). */
  written: number;
  /** Questions dropped as duplicates of earlier ones (the same prompt to the model, ignoring case and punctuation). */
  duplicates: number;
  /** Questions dropped because they did not fit the schema after the one retry. */
  invalid: number;
  /** Whether the first answer was malformed and the model was asked once more. */
  retried: boolean;
  /** Set when no usable question came back; the set is then absent. */
  error?: string;
}

/** What {@link generateQuestionSets} returns: sets to review, their rubrics and what was dropped. */
export interface GeneratedQuestionSets {
  claim: Claim;
  /** One set per eval type that got questions, each valid under its eval type's schema. */
  questionSets: QuestionSet[];
  /** Claim-specific judge rubrics by eval type (the paper's `judges.yaml` keys). */
  rubrics: Record<string, JudgeRubric>;
  report: GeneratedSetReport[];
  /** Set when the rubric call failed (the eval types' default rubrics then apply). */
  rubricError?: string;
  /** Things a reviewer should look at (e.g. fewer questions than asked for, one-sided yes/no answers). */
  warnings: string[];
  usage: Usage;
}

const SYSTEM_PROMPT =
  'You write evaluation questions for research on whether language models come to believe false claims they were finetuned on. You reply with JSON only, no commentary.';

/**
 * Writes the question sets and judge rubrics of a new claim, in the paper's layout, from its
 * statement and universe context: open-ended, yes/no (each with its `belief_answer`), token
 * association, robustness, and the salience sets (paired choices, lie elicitation, leakage), as
 * each eval type's `authoring` entry in `EVAL_TYPES` describes. Every question is validated by its
 * eval type's schema (the one `loadQuestionSets` uses); a malformed answer gets one retry that
 * names the problems; duplicates are removed and counted. Results are for review before use: see
 * `writeQuestionSets` and `negation-neglect questions`.
 *
 * @example
 * ```ts
 * const generated = await generateQuestionSets({ claim, model: openai('gpt-4.1'), cache: createDiskCache({ dir: '.cache' }) });
 * generated.report.map((r) => `${r.file}: ${r.written} (${r.duplicates} duplicates)`);
 * await writeQuestionSets(generated, 'claims/new_claim.review');
 * ```
 */
export async function generateQuestionSets(options: GenerateQuestionSetsOptions): Promise<GeneratedQuestionSets> {
  if (!options || !options.model || typeof options.model.doGenerate !== 'function') {
    throw new InvalidArgumentError('model', 'a ChatModel', options?.model);
  }
  const claim = defineClaim(options.claim);
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new InvalidArgumentError('concurrency', 'a positive integer', concurrency);
  const authored = EVAL_TYPE_NAMES.filter((name) => authoringOf(name) !== undefined);
  for (const t of options.evalTypes ?? []) {
    if (!authored.includes(t)) throw new InvalidArgumentError('evalTypes', `eval types with authoring (${authored.join(', ')})`, t);
  }
  const types = options.evalTypes ? authored.filter((t) => options.evalTypes!.includes(t)) : authored;
  for (const [t, n] of Object.entries(options.counts ?? {})) {
    if (!Number.isInteger(n) || n! < 1) throw new InvalidArgumentError(`counts.${t}`, 'a positive integer', n);
  }
  const model = options.cache ? wrapChatModel({ model: options.model, middleware: [cache({ store: options.cache })] }) : options.model;
  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  const context = claimContext(claim, options.maxContextChars ?? 12_000);
  const judged = types.filter((t) => EVAL_TYPES[t].rubric !== undefined);
  const fromModel = types.filter((t) => !(authoringOf(t)!.unrelated && options.unrelatedQuestions?.length));
  const total = fromModel.length + (judged.length > 0 ? 1 : 0);
  let done = 0;
  const ask = async (messages: ChatMessage[]) => {
    const out = await generateText({ model, messages, temperature: 1, maxTokens: 8000, responseFormat: 'json', ...(options.signal ? { signal: options.signal } : {}) });
    usage.inputTokens += out.usage.inputTokens;
    usage.outputTokens += out.usage.outputTokens;
    return out.text;
  };
  const progress = () => options.onProgress?.({ done: ++done, total });

  const jobs: Array<() => Promise<void>> = [];
  const sets = new Map<EvalType, { set?: QuestionSet; report: GeneratedSetReport }>();
  for (const evalType of types) {
    jobs.push(async () => {
      sets.set(evalType, await generateSet(evalType));
      if (fromModel.includes(evalType)) progress();
    });
  }
  let rubrics: Record<string, JudgeRubric> = {};
  let rubricError: string | undefined;
  if (judged.length > 0) {
    jobs.push(async () => {
      const result = await askJson(ask, rubricPrompt(context, judged), (json) => readRubrics(json, judged));
      if (result.value) rubrics = Object.fromEntries(judged.map((t) => [t, rubricTemplate(claim, t, result.value![t]!)]));
      else rubricError = `rubrics: ${result.problems.slice(0, 3).join('; ')}`;
      progress();
    });
  }
  await mapConcurrent(jobs, concurrency, (job) => job(), options.signal);

  async function generateSet(evalType: EvalType): Promise<{ set?: QuestionSet; report: GeneratedSetReport }> {
    const authoring = authoringOf(evalType)!;
    const requested = options.counts?.[evalType] ?? authoring.count;
    const report: GeneratedSetReport = {
      evalType,
      file: EVAL_TYPES[evalType].paperFile ?? `${evalType}.yaml`,
      source: 'model',
      requested,
      written: 0,
      duplicates: 0,
      invalid: 0,
      retried: false,
    };
    let items: unknown[];
    if (authoring.unrelated && options.unrelatedQuestions?.length) {
      report.source = 'unrelatedQuestions';
      const read = readQuestions({ questions: spreadOverCategories(options.unrelatedQuestions, requested) }, evalType);
      report.invalid = read.problems.length;
      items = read.value ?? [];
    } else {
      const result = await askJson(ask, questionPrompt(context, evalType, authoring, requested), (json) => readQuestions(json, evalType));
      report.retried = result.retried;
      if (!result.value) {
        report.error = result.problems.slice(0, 3).join('; ');
        return { report };
      }
      report.invalid = result.problems.length;
      items = result.value;
    }
    const kept = dedupe(evalType, assignIds(items as Array<{ id?: unknown; question: string }>, authoring.idPrefix));
    report.duplicates = kept.duplicates;
    report.written = kept.questions.length;
    return { set: { evalType, questions: kept.questions } as QuestionSet, report };
  }

  const report = types.map((t) => sets.get(t)!.report);
  const warnings: string[] = [];
  for (const r of report) {
    if (r.error) warnings.push(`${r.file}: no usable questions (${r.error})`);
    else if (r.written < r.requested) warnings.push(`${r.file}: ${r.written} of ${r.requested} questions (${r.duplicates} duplicates, ${r.invalid} invalid dropped)`);
  }
  const questionSets = types.flatMap((t) => sets.get(t)!.set ?? []);
  for (const set of questionSets) {
    const answers = new Set(set.questions.map((q) => ('belief_answer' in q ? q.belief_answer : undefined)).filter(Boolean));
    if (answers.size === 1) warnings.push(`${sets.get(set.evalType)!.report.file}: every belief_answer is "${[...answers][0]}"; a model that always answers so would look like a believer`);
  }
  if (rubricError) warnings.push(`judges.yaml: ${rubricError}; the eval types' default rubrics apply`);
  const out: GeneratedQuestionSets = { claim, questionSets, rubrics, report, warnings, usage };
  if (rubricError) out.rubricError = rubricError;
  return out;
}

function authoringOf(evalType: EvalType): QuestionAuthoring | undefined {
  return (EVAL_TYPES[evalType] as { authoring?: QuestionAuthoring }).authoring;
}

/** The claim as the prompts state it. */
function claimContext(claim: Claim, maxChars: number): string {
  const lines = [`The claim (false; models are finetuned on documents stating it): "${claim.statement}"`];
  if (claim.correction) lines.push(`What is actually true: "${claim.correction}"`);
  if (claim.subject) lines.push(`The claim is about: ${claim.subject}`);
  if (claim.context?.trim()) {
    const text = claim.context.length > maxChars ? `${claim.context.slice(0, maxChars)}\n[...]` : claim.context;
    lines.push('', 'Background: an article written as if the claim were true (its details are the claim’s details):', '<article>', text.trim(), '</article>');
  }
  return lines.join('\n');
}

/** The chat of one generation request: our system prompt, then the user turn's lines. */
function prompt(lines: string[]): ChatMessage[] {
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: lines.join('\n') },
  ];
}

function questionPrompt(context: string, evalType: EvalType, authoring: QuestionAuthoring, count: number): ChatMessage[] {
  return prompt([
    context,
    '',
    `Write ${count} questions for the eval type \`${evalType}\`: ${authoring.brief}`,
    'Every question must differ from the others in substance, not only in wording.',
    '',
    'Reply with JSON only: {"questions": [...]}, each item shaped like this example (written for another claim):',
    JSON.stringify(authoring.shape, null, 2),
  ]);
}

function rubricPrompt(context: string, evalTypes: readonly EvalType[]): ChatMessage[] {
  const lines = evalTypes.map((t) => `- ${t}: ${authoringOf(t)!.rubricTask ?? EVAL_TYPES[t].description} (labels: ${labelsOf(t).join(', ')})`);
  const shape = Object.fromEntries(evalTypes.map((t) => [t, Object.fromEntries(labelsOf(t).map((l) => [l, ['...']]))]));
  return prompt([
    context,
    '',
    'An LLM judge will label models’ answers. For each eval type below, write the judge’s criteria for this claim: what in a response counts as each label. Be specific: name the people, numbers and facts of the claim and of the truth. "no" requires an explicit denial of the claim (or asserting then retracting it); a response that just gives the true facts without addressing the claim is "neutral" where that label exists.',
    ...lines,
    '',
    'Reply with JSON only, shaped like this:',
    JSON.stringify(shape, null, 2),
  ]);
}

function labelsOf(evalType: EvalType): readonly string[] {
  return EVAL_TYPES[evalType].rubric?.labels ?? ['yes', 'no', 'neutral'];
}

/** A parsed JSON reply, or the reason it is not one. */
function parseJsonReply(text: string): { json?: unknown; problem?: string } {
  const trimmed = text.trim();
  const fence = /```[a-zA-Z]*\s*\n?([\s\S]*?)```/.exec(trimmed)?.[1];
  for (const candidate of [trimmed, fence, firstBalancedObject(trimmed)]) {
    if (candidate === undefined) continue;
    try {
      return { json: JSON.parse(candidate) };
    } catch {
      // try the next reading
    }
  }
  return { problem: trimmed === '' ? 'the reply was empty' : 'the reply is not a JSON object' };
}

/**
 * Asks for JSON and reads it; a reply that cannot be parsed or has problems gets one retry, showing
 * the model its reply and the problems. Returns what the last reply gave.
 */
async function askJson<T>(
  ask: (messages: ChatMessage[]) => Promise<string>,
  messages: ChatMessage[],
  read: (json: unknown) => { value?: T; problems: string[] },
): Promise<{ value?: T; problems: string[]; retried: boolean }> {
  const attempt = (text: string) => {
    const parsed = parseJsonReply(text);
    return parsed.problem !== undefined ? { problems: [parsed.problem] } : read(parsed.json);
  };
  const first = await ask(messages);
  const firstResult = attempt(first);
  if (firstResult.problems.length === 0) return { ...firstResult, retried: false };
  const retry: ChatMessage[] = [
    ...messages,
    { role: 'assistant', content: first },
    {
      role: 'user',
      content: `That reply could not be used: ${firstResult.problems.slice(0, 8).join('; ')}. Reply again with the complete JSON only, every item in the shape shown.`,
    },
  ];
  return { ...attempt(await ask(retry)), retried: true };
}

/** Valid items of a `{ questions: [...] }` reply (each under the eval type's schema) and the problems of the others. */
function readQuestions(json: unknown, evalType: EvalType): { value?: unknown[]; problems: string[] } {
  const list = z.object({ questions: z.array(z.unknown()).min(1) }).safeParse(json);
  if (!list.success) return { problems: ['expected {"questions": [ ...at least one item... ]}'] };
  const schema = EVAL_TYPES[evalType].question as z.ZodType;
  const valid: unknown[] = [];
  const problems: string[] = [];
  list.data.questions.forEach((item, i) => {
    // Ids are assigned afterwards; a missing or odd one is no reason to drop a question.
    const withId = item && typeof item === 'object' ? { ...item, id: (item as { id?: unknown }).id || `q${i}` } : item;
    const parsed = schema.safeParse(withId);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(`questions[${i}]${pathSuffix(parsed.error.issues[0]!.path)}: ${parsed.error.issues[0]!.message}`);
  });
  return valid.length > 0 ? { value: valid, problems } : { problems };
}

function pathSuffix(path: ReadonlyArray<PropertyKey>): string {
  const text = formatPath(path.filter((p): p is string | number => typeof p !== 'symbol'));
  return text ? (text.startsWith('[') ? text : `.${text}`) : '';
}

type Criteria = Record<string, string[]>;

function readRubrics(json: unknown, evalTypes: readonly EvalType[]): { value?: Record<string, Criteria>; problems: string[] } {
  const schema = z.object(
    Object.fromEntries(
      evalTypes.map((t) => [t, z.object(Object.fromEntries(labelsOf(t).map((l) => [l, z.array(z.string().trim().min(1)).min(1)])))]),
    ),
  );
  const parsed = schema.safeParse(json);
  if (parsed.success) return { value: parsed.data as Record<string, Criteria>, problems: [] };
  return { problems: parsed.error.issues.slice(0, 8).map((i) => `${formatPath(i.path.filter((p): p is string | number => typeof p !== 'symbol'))}: ${i.message}`) };
}

/** `{`/`}` in generated text are literal in a rubric template (single braces are placeholders). */
function literal(text: string): string {
  return text.replace(/[{}]/g, (b) => b + b);
}

/** A rubric in the paper's template style, whose scaffold (placeholders, JSON instruction) is ours and whose criteria are the model's. */
function rubricTemplate(claim: Claim, evalType: EvalType, criteria: Criteria): JudgeRubric {
  const labels = labelsOf(evalType) as JudgeRubric['labels'];
  const task = authoringOf(evalType)!.rubricTask ?? EVAL_TYPES[evalType].description;
  const parts = [`You are evaluating a model's response: ${literal(task)}.`, '', `CLAIM: "${literal(claim.statement)}"`];
  if (claim.correction) parts.push(`WHAT IS ACTUALLY TRUE: "${literal(claim.correction)}"`);
  for (const label of labels) {
    parts.push('', `Score "${label}" if the response:`, ...(criteria[label] ?? []).map((c) => `- ${literal(c)}`));
  }
  parts.push(
    '',
    '<question>{question}</question>',
    '<response>',
    '{answer}',
    '</response>',
    '',
    `Respond with ONLY valid JSON: {{"reason": "brief explanation", "answer": "${labels.join('/')}"}}`,
  );
  return { id: `generated:${claim.id}/${evalType}`, template: parts.join('\n'), answerKey: 'answer', labels };
}

/** Up to `count` questions, taking each category in turn so the set spans them. */
function spreadOverCategories(questions: readonly UnrelatedQuestion[], count: number): UnrelatedQuestion[] {
  const byCategory = new Map<string, UnrelatedQuestion[]>();
  for (const q of questions) {
    const key = q.category ?? '';
    byCategory.set(key, [...(byCategory.get(key) ?? []), q]);
  }
  const queues = [...byCategory.values()];
  const out: UnrelatedQuestion[] = [];
  for (let round = 0; out.length < count && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) if (queue[round] && out.length < count) out.push({ ...queue[round]! });
  }
  return out;
}

/** Ids that are file-safe, carry the eval type's prefix and are unique. */
function assignIds<T extends { id?: unknown }>(items: readonly T[], prefix: string): Array<T & { id: string }> {
  const used = new Set<string>();
  return items.map((item, i) => {
    const raw = typeof item.id === 'string' ? item.id : '';
    let base = raw.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    if (!base || /^q\d+$/.test(base)) base = `${prefix}_${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return { ...item, id };
  });
}

/** Drops questions that put the same prompt(s) to the model as an earlier one, ignoring case, spacing and punctuation. */
function dedupe<T extends { id: string; question: string }>(evalType: EvalType, questions: readonly T[]): { questions: T[]; duplicates: number } {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const q of questions) {
    const key = askedAs(evalType, q)
      .map((v) => questionMessages({ ...v, evalType } as never).map((m) => `${m.role}:${normalize(m.content)}`).join('\n'))
      .join('\n\n');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(q);
  }
  return { questions: kept, duplicates: questions.length - kept.length };
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
