// A reviewer that answers the review prompt with a reader's labels instead of reading: the writer's labels make
// it an ORACLE (the most a review can give under a selection policy), the blind second reader's labels a
// realistic stand-in for a careful model. Bench and test only: it knows the answers, so it never ships in src.
import type { ReviewClaimAnswer } from '../src/audit/review/reviewAnswer.js';
import { buildReviewMessages } from '../src/audit/review/reviewPrompt.js';
import { recordSegments } from '../src/audit/recordSegments.js';
import type { Verdict } from '../src/audit/types.js';
import type { ChatMessage, ChatModel } from '../src/providers/chat/chatModel.js';

/** What a reviewer answers for one claim to give `verdict` (see `reviewedClaimVerdict`). */
export function answerForVerdict(id: string, verdict: Verdict): ReviewClaimAnswer {
  if (verdict === 'asserts') return { id, asserts: true, placement: 'none', kind: null, evidence: '' };
  if (verdict === 'neglect-risk') return { id, asserts: true, placement: 'adjacent', kind: 'negation', evidence: '' };
  if (verdict === 'negated-locally') return { id, asserts: false, placement: 'local', kind: 'negation', evidence: '' };
  return { id, asserts: false, placement: 'none', kind: null, evidence: '' };
}

/** The record part of a review prompt's user message (claims left out), as `buildReviewMessages` writes it. */
export function reviewedRecordPart(messages: readonly { content: string }[]): string {
  const user = String(messages.at(-1)?.content ?? '');
  return user.slice(user.indexOf('Record ('));
}

/** The claim ids a review prompt asks about, in order. */
export function askedClaimIds(messages: readonly { content: string }[]): string[] {
  return [...String(messages.at(-1)?.content ?? '').matchAll(/^\d+\. id: (\S+)$/gm)].map((m) => m[1]!);
}

/** One labelled record: its input as the audit reads it and a reader's verdict per claim (absent: `none`). */
export interface LabelledRecord {
  id: string;
  input: unknown;
  labels: Readonly<Record<string, Verdict>>;
}

/**
 * The reply function of a label reviewer: finds the record a prompt is about (by its text) and answers every
 * claim asked with that record's label. A prompt about no known record is an error (the bench would
 * otherwise measure a guess).
 *
 * @example
 * ```ts
 * const reply = createLabelReviewer(records.map((r) => ({ id: r.id, input: auditInput(r), labels: r.labels })));
 * const server = await startOpenAIChatServer({ reply }); // test/servers
 * ```
 */
export function createLabelReviewer(records: readonly LabelledRecord[]): (messages: readonly ChatMessage[]) => string {
  const byText = new Map<string, LabelledRecord>();
  for (const record of records) byText.set(reviewedRecordPart(buildReviewMessages(recordSegments(record.input), [])), record);
  return (messages) => {
    const record = byText.get(reviewedRecordPart(messages));
    if (!record) throw new Error('label reviewer: the prompt is about no labelled record');
    return JSON.stringify({ claims: askedClaimIds(messages).map((id) => answerForVerdict(id, record.labels[id] ?? 'none')) });
  };
}

/**
 * The label reviewer as an in-process ChatModel (no HTTP; usage counted at 4 characters a token, no price).
 *
 * @example
 * ```ts
 * const model = labelReviewerModel(createLabelReviewer(records), 'writer-labels');
 * await auditDataset(inputs, { claims, review: { model } });
 * ```
 */
export function labelReviewerModel(reply: (messages: readonly ChatMessage[]) => string, modelId: string): ChatModel {
  return {
    specificationVersion: 'v1',
    provider: 'label-reviewer',
    modelId,
    capabilities: { samplingParameters: ['maxTokens', 'temperature', 'responseFormat'], maxSamplesPerCall: 1, supportsBatch: false, supportsSystemMessage: true },
    async doGenerate(call) {
      const text = reply(call.messages);
      const inputTokens = Math.ceil(call.messages.reduce((n, m) => n + m.content.length, 0) / 4);
      return { choices: [{ text, finishReason: 'stop' }], usage: { inputTokens, outputTokens: Math.ceil(text.length / 4) }, warnings: [] };
    },
  };
}
