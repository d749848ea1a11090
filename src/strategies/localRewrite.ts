import { z } from 'zod';
import { createAuditor, type Auditor } from '../audit/createAuditor.js';
import type { Claim } from '../claims/claim.js';
import type { ChatModel, ChatMessage, Usage } from '../providers/chat/chatModel.js';
import { generateText } from '../providers/chat/generateText.js';
import { throwIfAborted } from '../util/abort.js';
import { defineStrategy } from './defineStrategy.js';
import { claimVerbs, negationCandidates } from './negateSentence.js';
import { option, parseOptions } from '../util/optionSchema.js';
import { applyTextEdits, transformSegments, type TextEdit } from './textEdits.js';
import type { Strategy, StrategyContext, StrategyWarning } from './types.js';

/** The options of {@link localRewrite}, declared once (type, checks, defaults, recorded parameters). */
export const LocalRewriteOptionsSchema = z.strictObject({
  model: z
    .custom<ChatModel>((m) => !!m && (m as ChatModel).specificationVersion === 'v1' && typeof (m as ChatModel).doGenerate === 'function', {
      error: 'a ChatModel (specificationVersion v1)',
    })
    .describe('any ChatModel (v1)'),
  maxAttempts: option.positiveInt().default(3).describe('tries per sentence before giving up'),
  fallback: option.choice(['rules', 'keep']).default('rules').describe('for a sentence the model could not negate: the rule-based rewrite, or keep it'),
  temperature: option.number(0).default(0.3).describe('sampling temperature (if the model accepts it)'),
  roles: option.strings().default(['assistant']).describe('chat roles whose messages are edited'),
  onUsage: z
    .custom<(usage: Usage) => void>((f) => typeof f === 'function', { error: 'a function' })
    .optional()
    .describe('called after every model call with its token usage (for cost tracking)'),
});

/** Options of {@link localRewrite}. */
export type LocalRewriteOptions = z.input<typeof LocalRewriteOptionsSchema>;

const SYSTEM_PROMPT =
  'You edit single sentences for a research dataset. You rewrite a sentence so that it denies a given ' +
  'claim inside the sentence itself, keeping its style, names and details. You reply with the rewritten ' +
  'sentence only: no quotes, no explanation.';

function userPrompt(claim: Claim, sentence: string, feedback: string | undefined): string {
  return [
    `Claim (false): ${claim.statement}`,
    `Sentence: ${sentence}`,
    '',
    'Rewrite the sentence so that it says the claim is not true, with the negation inside this same sentence ' +
      '(for example "did not win", "never erupted", "was not"). Do not add a separate sentence or a note.',
    feedback ? `\nYour previous answer was rejected: ${feedback}` : '',
  ]
    .join('\n')
    .trim();
}

/**
 * Local negation written by an LLM: each claim sentence is sent to `model` with a request to
 * negate the claim inside it, and every answer is verified with the audit (the rewritten sentence
 * must be read as a locally negated mention of the same claim, and the final document must come
 * out `negated-locally`). Rejected answers are retried with feedback; after `maxAttempts` the
 * rule-based rewriter is used (or the sentence is kept), always with a warning.
 *
 * @example
 * ```ts
 * const strategy = localRewrite({ model: openai('gpt-4.1-mini') });
 * const out = await applyStrategy(strategy, { text }, { claim });
 * out.warnings.filter((w) => w.type === 'rewrite-failed');
 * ```
 */
export function localRewrite(options: LocalRewriteOptions): Strategy {
  const { model, maxAttempts, fallback, temperature, roles, onUsage } = parseOptions(LocalRewriteOptionsSchema, options);
  const auditors = new WeakMap<readonly Claim[], Auditor>();

  return defineStrategy({
    name: 'local-rewrite',
    placement: 'local',
    qualifier: 'negation',
    parameters: { model: `${model.provider}:${model.modelId}`, maxAttempts, fallback, temperature, roles: [...roles] },
    async apply(document, context) {
      const claimById = new Map(context.claims.map((c) => [c.id, c]));
      const result = await transformSegments(document, context, roles, async (text, segment) => {
        const edits: TextEdit[] = [];
        const warnings: StrategyWarning[] = [];
        const found = context.findClaimSentences(text);
        for (const m of found) {
          if (m.qualifiedLocally) continue;
          const claim = claimById.get(m.claimId);
          if (!claim) continue;
          const isLocal = (candidate: string): boolean => {
            const trial = text.slice(0, m.start) + candidate + text.slice(m.end);
            return context.findClaimSentences(trial).some((t) => t.claimId === m.claimId && t.start === m.start && t.qualifiedLocally);
          };
          let accepted: string | undefined;
          let feedback: string | undefined;
          for (let attempt = 1; attempt <= maxAttempts && accepted === undefined; attempt++) {
            throwIfAborted(context.signal);
            const answer = cleanAnswer(await ask(model, claim, m.sentence, feedback, temperature, context, onUsage));
            if (answer === '') feedback = 'the answer was empty.';
            else if (/\n/.test(answer.trim())) feedback = 'answer with one sentence on one line.';
            else if (!isLocal(answer)) feedback = `"${answer}" does not deny the claim inside the sentence (or no longer mentions it).`;
            else accepted = answer;
          }
          if (accepted !== undefined) {
            edits.push({ start: m.start, end: m.end, insert: accepted, claimId: m.claimId });
            continue;
          }
          let replacement: string | undefined;
          if (fallback === 'rules') {
            const candidates = negationCandidates(m.sentence, { preferVerbs: claimVerbs(claim.statement) });
            replacement = (candidates.find((c) => isLocal(c.text)) ?? candidates[0])?.text;
          }
          if (replacement !== undefined) edits.push({ start: m.start, end: m.end, insert: replacement, claimId: m.claimId });
          warnings.push({
            type: 'rewrite-failed',
            segment,
            claimId: m.claimId,
            message: `The model gave no verified local negation of "${truncate(m.sentence)}" in ${maxAttempts} attempt(s); ${
              replacement !== undefined ? 'used the rule-based rewrite' : 'kept the sentence'
            }`,
          });
        }
        return { ...applyTextEdits(text, edits, segment), warnings, mentions: found.length };
      });
      // Whole-document check with the full audit.
      let auditor = auditors.get(context.claims);
      if (!auditor) {
        auditor = createAuditor({ claims: context.claims });
        auditors.set(context.claims, auditor);
      }
      const segments =
        result.messages !== undefined
          ? result.messages.map((msg, index) => ({ index, role: msg.role, text: msg.content }))
          : [{ index: 0, role: 'document', text: result.text ?? '' }];
      for (const finding of auditor.auditSegments(segments).claims) {
        if (finding.claimId !== null && finding.verdict !== 'negated-locally' && finding.verdict !== 'none') {
          result.warnings.push({
            type: 'rewrite-failed',
            claimId: finding.claimId,
            message: `After rewriting, the audit reports \`${finding.verdict}\` for claim ${finding.claimId} (expected negated-locally)`,
          });
        }
      }
      return result;
    },
  });
}

async function ask(
  model: ChatModel,
  claim: Claim,
  sentence: string,
  feedback: string | undefined,
  temperature: number,
  context: StrategyContext,
  onUsage: ((usage: Usage) => void) | undefined,
): Promise<string> {
  const messages: ChatMessage[] = [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: userPrompt(claim, sentence, feedback) },
  ];
  const out = await generateText({
    model,
    messages,
    temperature,
    maxTokens: 400,
    ...(context.signal ? { signal: context.signal } : {}),
  });
  onUsage?.(out.usage);
  return out.text;
}

/** Strips quotes and chatter a model may wrap around a one-sentence answer. */
function cleanAnswer(text: string): string {
  let t = text.trim();
  t = t.replace(/^(?:sure|okay|ok|here(?: is|'s)(?: the)?(?: rewritten)? sentence)[^:\n]*:\s*/i, '');
  t = t.replace(/^(?:rewritten|sentence)\s*:\s*/i, '');
  if (/^["“].*["”]$/s.test(t)) t = t.slice(1, -1).trim();
  return t;
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
