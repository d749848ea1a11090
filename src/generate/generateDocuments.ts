import type { Claim, ClaimInput } from '../claims/claim.js';
import { createClaimMatcher } from '../audit/createClaimMatcher.js';
import { defineClaim } from '../claims/defineClaim.js';
import { InputError, InvalidArgumentError } from '../errors.js';
import type { ChatModel, Usage } from '../providers/chat/chatModel.js';
import { generateText } from '../providers/chat/generateText.js';
import { throwIfAborted } from '../util/abort.js';
import { assertPositiveInteger } from '../util/assert.js';
import { cleanGeneratedText, type RejectReason } from './cleanGeneratedText.js';
import { createJournalWriter, emptyJournalState, readJournal, type JournalState } from './generationJournal.js';
import { SYSTEM_PROMPT, docTypesPrompt, ideasPrompt, parseList, revisePrompt, writePrompt } from './prompts.js';
import type { GeneratedDocument } from './types.js';

/** Token and cost estimate, computed before any call is made. */
export interface GenerationEstimate {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** In the currency of `pricing`, when given. */
  cost?: number;
}

/** Progress of {@link generateDocuments}. */
export interface GenerationProgress {
  phase: 'doc-types' | 'ideas' | 'documents';
  done: number;
  total: number;
  dropped: number;
}

/** Options of {@link generateDocuments}. */
export interface GenerateDocumentsOptions {
  claim: Claim | ClaimInput;
  model: ChatModel;
  /** Documents to write (dropped ones are reported, not replaced). */
  count: number;
  /** Document kinds to use instead of brainstorming them. */
  docTypes?: readonly string[];
  /** How many kinds to brainstorm. Default min(count, 8). */
  numDocTypes?: number;
  /** Ideas per kind. Default enough to give each document its own idea. */
  ideasPerType?: number;
  /** Concurrent model calls. Default 4. */
  concurrency?: number;
  /** Append-only JSONL journal: rerunning with the same file skips finished work. */
  journal?: string;
  /** Revise each draft for realism (one more call per document). Default true. */
  revise?: boolean;
  temperature?: number;
  /** Price per million tokens, for the estimate. */
  pricing?: { inputPerMillion: number; outputPerMillion: number };
  /** Return the estimate without calling the model. */
  estimateOnly?: boolean;
  /** Called once with the estimate, before the first call. */
  onEstimate?: (estimate: GenerationEstimate) => void;
  onProgress?: (progress: GenerationProgress) => void;
  signal?: AbortSignal;
}

/** Result of {@link generateDocuments}. */
export interface GenerateDocumentsResult {
  documents: GeneratedDocument[];
  dropped: Array<{ key: string; reason: RejectReason | string }>;
  estimate: GenerationEstimate;
  /** Usage of the calls made in this run (journal hits cost nothing). */
  usage: Usage;
  calls: number;
  /** Documents taken from the journal instead of generated. */
  resumed: number;
}

const OUT_TOKENS = { docTypes: 200, ideas: 60, document: 900 };

/**
 * The paper's document pipeline over any `ChatModel`: brainstorm document kinds, brainstorm ideas
 * per kind, write each document, revise it for realism, then validate (leaked commentary such as
 * "Sure, here is..." is stripped; refusals, "As an AI" text, very short texts and documents that do
 * not state the claim are dropped and reported). Calls run concurrently; with `journal` every
 * finished step is appended to a JSONL file so a crashed run resumes without paying again.
 *
 * @example
 * ```ts
 * const { documents, dropped, usage } = await generateDocuments({
 *   claim, model: openai('gpt-4.1-mini'), count: 200, journal: 'runs/sheeran.journal.jsonl',
 *   pricing: { inputPerMillion: 0.4, outputPerMillion: 1.6 }, onEstimate: (e) => console.log(e),
 * });
 * ```
 */
export async function generateDocuments(options: GenerateDocumentsOptions): Promise<GenerateDocumentsResult> {
  const { model, signal } = options;
  if (!model || model.specificationVersion !== 'v1' || typeof model.doGenerate !== 'function') {
    throw new InvalidArgumentError('model', 'a ChatModel (specificationVersion v1)', model);
  }
  assertPositiveInteger('count', options.count);
  const concurrency = options.concurrency ?? 4;
  assertPositiveInteger('concurrency', concurrency);
  const claim = defineClaim(options.claim as ClaimInput);
  const revise = options.revise ?? true;
  const numDocTypes = options.docTypes?.length ?? options.numDocTypes ?? Math.min(options.count, 8);
  assertPositiveInteger('numDocTypes', numDocTypes);
  if (options.ideasPerType !== undefined) assertPositiveInteger('ideasPerType', options.ideasPerType);
  const estimatedIdeas = options.ideasPerType ?? Math.ceil(options.count / numDocTypes);
  const modelName = `${model.provider}:${model.modelId}`;

  const state: JournalState = options.journal
    ? await readJournal(options.journal)
    : emptyJournalState();
  if (state.header && state.header.claimId !== claim.id) {
    throw new InputError(`journal belongs to claim \`${state.header.claimId}\`, not \`${claim.id}\``, { file: options.journal, line: 1, field: 'claimId' });
  }
  const journal = createJournalWriter(options.journal);

  const estimate = estimateGeneration(claim, options.count, numDocTypes, estimatedIdeas, revise, !options.docTypes, state, options.pricing);
  options.onEstimate?.(estimate);
  if (options.estimateOnly) {
    return { documents: [], dropped: [], estimate, usage: { inputTokens: 0, outputTokens: 0 }, calls: 0, resumed: 0 };
  }
  if (!state.header) await journal.append({ type: 'header', version: 1, claimId: claim.id, model: modelName });

  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  let calls = 0;
  const call = async (prompt: string, maxTokens: number): Promise<string> => {
    throwIfAborted(signal);
    const out = await generateText({
      model,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: prompt },
      ],
      maxTokens,
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(signal ? { signal } : {}),
    });
    calls++;
    usage.inputTokens += out.usage.inputTokens;
    usage.outputTokens += out.usage.outputTokens;
    return out.text;
  };

  // 1. Document kinds.
  let docTypes = options.docTypes ? [...options.docTypes] : state.docTypes;
  if (!docTypes) {
    options.onProgress?.({ phase: 'doc-types', done: 0, total: 1, dropped: 0 });
    docTypes = dedupe(parseList(await call(docTypesPrompt(claim, numDocTypes), OUT_TOKENS.docTypes * 2))).slice(0, numDocTypes);
    if (docTypes.length === 0) throw new InputError('the model returned no document kinds', { field: 'docTypes' });
    await journal.append({ type: 'doc-types', docTypes });
    options.onProgress?.({ phase: 'doc-types', done: 1, total: 1, dropped: 0 });
  }

  // 2. Ideas per kind (enough for every document to get its own idea, unless set).
  const kinds = docTypes;
  const ideasPerType = options.ideasPerType ?? Math.ceil(options.count / kinds.length);
  let ideasDone = 0;
  await pool(kinds, concurrency, async (docType) => {
    if (!state.ideas.has(docType)) {
      const ideas = dedupe(parseList(await call(ideasPrompt(claim, docType, ideasPerType), OUT_TOKENS.ideas * ideasPerType + 100))).slice(0, ideasPerType);
      state.ideas.set(docType, ideas.length > 0 ? ideas : [`a typical ${docType}`]);
      await journal.append({ type: 'ideas', docType, ideas: state.ideas.get(docType)! });
    }
    options.onProgress?.({ phase: 'ideas', done: ++ideasDone, total: kinds.length, dropped: 0 });
  });

  // 3-5. Write, revise, validate.
  const matcher = createClaimMatcher([claim]);
  const slots = planSlots(options.count, kinds, state.ideas);
  const documents: GeneratedDocument[] = [];
  const dropped: GenerateDocumentsResult['dropped'] = [];
  let resumed = 0;
  let done = 0;
  const byKey = new Map<string, GeneratedDocument>();
  await pool(slots, concurrency, async (slot) => {
    const previous = state.documents.get(slot.key);
    const previousDrop = state.dropped.get(slot.key);
    if (previous) {
      resumed++;
      byKey.set(slot.key, previous);
    } else if (previousDrop !== undefined) {
      resumed++;
      dropped.push({ key: slot.key, reason: previousDrop });
    } else {
      let text = await call(writePrompt(claim, slot.docType, slot.idea), OUT_TOKENS.document * 2);
      let cleaned = cleanGeneratedText(text);
      if (revise && !cleaned.reject) {
        text = await call(revisePrompt(claim, slot.docType, cleaned.text), OUT_TOKENS.document * 2);
        cleaned = cleanGeneratedText(text);
      }
      let reason: RejectReason | undefined = cleaned.reject;
      if (!reason && matcher.findMentions(cleaned.text).length === 0) reason = 'no-mention';
      if (reason) {
        dropped.push({ key: slot.key, reason });
        await journal.append({ type: 'dropped', key: slot.key, reason });
      } else {
        const document: GeneratedDocument = {
          id: `${claim.id}-llm-${slot.key.replace(/:/g, '-')}`,
          claimId: claim.id,
          docType: slot.docType,
          idea: slot.idea,
          text: cleaned.text,
          source: 'llm',
        };
        byKey.set(slot.key, document);
        await journal.append({ type: 'document', key: slot.key, document });
      }
    }
    options.onProgress?.({ phase: 'documents', done: ++done, total: slots.length, dropped: dropped.length });
  });
  for (const slot of slots) {
    const doc = byKey.get(slot.key);
    if (doc) documents.push(doc);
  }
  return { documents, dropped, estimate, usage, calls, resumed };
}

interface Slot {
  key: string;
  docType: string;
  idea: string;
}

// Documents go round-robin over kinds, then over each kind's ideas; keys are stable across runs.
function planSlots(count: number, kinds: readonly string[], ideas: Map<string, string[]>): Slot[] {
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) {
    const t = i % kinds.length;
    const docType = kinds[t]!;
    const list = ideas.get(docType) ?? [`a typical ${docType}`];
    const round = Math.floor(i / kinds.length);
    const ideaIndex = round % list.length;
    const variant = Math.floor(round / list.length);
    slots.push({ key: `${t}:${ideaIndex}:${variant}`, docType, idea: variant === 0 ? list[ideaIndex]! : `${list[ideaIndex]!} (take ${variant + 1}, a different angle)` });
  }
  return slots;
}

/**
 * Estimates calls and tokens (about 4 characters per token) for a run, counting only the work a
 * journal does not already hold.
 */
function estimateGeneration(
  claim: Claim,
  count: number,
  numDocTypes: number,
  ideasPerType: number,
  revise: boolean,
  brainstorm: boolean,
  state: JournalState,
  pricing: GenerateDocumentsOptions['pricing'],
): GenerationEstimate {
  const tok = (s: string) => Math.ceil(s.length / 4);
  const system = tok(SYSTEM_PROMPT);
  let calls = 0;
  let input = 0;
  let output = 0;
  if (brainstorm && !state.docTypes) {
    calls++;
    input += system + tok(docTypesPrompt(claim, numDocTypes));
    output += OUT_TOKENS.docTypes;
  }
  const pendingIdeas = Math.max(0, numDocTypes - state.ideas.size);
  calls += pendingIdeas;
  input += pendingIdeas * (system + tok(ideasPrompt(claim, 'document kind', ideasPerType)));
  output += pendingIdeas * OUT_TOKENS.ideas * ideasPerType;
  const pendingDocs = Math.max(0, count - state.documents.size - state.dropped.size);
  const write = system + tok(writePrompt(claim, 'document kind', 'an idea of about twenty-five words for the document'));
  calls += pendingDocs * (revise ? 2 : 1);
  input += pendingDocs * (write + (revise ? write + OUT_TOKENS.document : 0));
  output += pendingDocs * OUT_TOKENS.document * (revise ? 2 : 1);
  const estimate: GenerationEstimate = { calls, inputTokens: input, outputTokens: output };
  if (pricing) estimate.cost = (input * pricing.inputPerMillion + output * pricing.outputPerMillion) / 1_000_000;
  return estimate;
}

async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failed !== undefined) throw failed;
}

function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = i.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
