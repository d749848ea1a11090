import type { Claim } from '../claims/claim.js';
import type { ClaimSentenceMatch } from '../audit/createClaimMatcher.js';
import type { QualifierKind } from '../audit/types.js';
import type { SeededRandom } from './seededRandom.js';

/**
 * Where a strategy puts its qualifier relative to each claim sentence. Mirrors the audit's
 * placements (`none` is the audit's `unqualified`), so a report can compare what a strategy
 * declares with what the audit finds.
 */
export type StrategyPlacement = 'none' | 'local' | 'adjacent' | 'framing';

/** A JSON value, used for recorded strategy parameters. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A chat message as found in datasets; extra fields (`name`, `weight`, ...) are kept. */
export interface StrategyMessage {
  role: string;
  content: string;
  [extra: string]: unknown;
}

/** A plain text document (a pretraining-style document, a completion). */
export interface TextDocument {
  /** Stable id; mixed into the seed so each document gets its own random stream. */
  id?: string;
  text: string;
}

/** A chat transcript. */
export interface ChatDocument {
  id?: string;
  messages: StrategyMessage[];
}

/** What a strategy transforms. */
export type StrategyDocument = TextDocument | ChatDocument;

/** One edit a strategy made, for inspection and reports. */
export interface StrategyChange {
  type: 'insert' | 'replace' | 'add-message';
  /** Message index (0 for text documents); for `add-message`, the index of the new message. */
  segment: number;
  /** Character offset in the *original* segment text where the edit applies (absent for `add-message`). */
  start?: number;
  end?: number;
  /** Text that was replaced (for `replace`). */
  before?: string;
  /** Text that was inserted or that replaced `before`. */
  after: string;
  /** The claim the edit is about, when it is about one. */
  claimId?: string;
}

/** A non-fatal problem, returned rather than thrown. */
export interface StrategyWarning {
  type: 'no-mention' | 'not-applicable' | 'fallback' | 'rewrite-failed' | 'other';
  message: string;
  segment?: number;
  claimId?: string;
}

/**
 * A span of text a strategy added (a notice, a warning, a correction, the words a rewrite put into
 * a sentence), so training can exclude it from the loss. Offsets are UTF-16 code units of the
 * *output* segment (the result's `text`, or `messages[segment].content`); whitespace around the
 * added text is left out, so a mask on the span never reaches into a neighbouring token.
 */
export interface InsertedSpan {
  /** Message index in the result's `messages` (0 for text documents). */
  segment: number;
  start: number;
  end: number;
  claimId?: string;
}

/** The output of a strategy: the same shape as its input (`text` for text documents, `messages` for chats). */
export interface StrategyResult {
  text?: string;
  messages?: StrategyMessage[];
  changes: StrategyChange[];
  warnings: StrategyWarning[];
  /** Spans of the output the strategy added, sorted by segment then offset (`applyStrategy` defaults it to `[]`). */
  inserted?: InsertedSpan[];
}

/** A sentence of a document that mentions a claim: what the audit's claim matcher returns. */
export type ClaimSentence = ClaimSentenceMatch;

/** Finds claim sentences; the same matcher the audit uses, so both share one notion of "mention". */
export type ClaimSentenceFinder = (text: string) => ClaimSentence[];

/** What a strategy receives besides the document. */
export interface StrategyContext {
  /** The primary claim (the first of `claims`). */
  claim: Claim | undefined;
  /** All claims whose mentions the strategy should treat (usually one). */
  claims: readonly Claim[];
  /** The seed as given by the caller. */
  seed: string;
  /** A random stream derived from seed + document id + strategy name. */
  rng: SeededRandom;
  /** Claim-sentence finder over `claims`. */
  findClaimSentences: ClaimSentenceFinder;
  signal?: AbortSignal;
}

/**
 * A negation-placement strategy, contract version 1. Reports and audits read the declared
 * properties (`placement`, `qualifier`, `parameters`), never the name.
 */
export interface Strategy {
  readonly specificationVersion: 'v1';
  /** Display name, e.g. `framing`. */
  readonly name: string;
  /** Where the qualifier ends up relative to claim sentences. */
  readonly placement: StrategyPlacement;
  /** What the qualifier says (null for `positive`). */
  readonly qualifier: QualifierKind | null;
  /** Every option that shapes the output, JSON-serialisable, recorded for reproducibility. */
  readonly parameters: { [key: string]: JsonValue };
  apply(document: StrategyDocument, context: StrategyContext): StrategyResult | Promise<StrategyResult>;
}

/**
 * Returns true when the document is a chat transcript.
 *
 * @example
 * ```ts
 * isChatDocument({ messages: [] }); // true
 * isChatDocument({ text: 'Hello.' }); // false
 * ```
 */
export function isChatDocument(document: StrategyDocument): document is ChatDocument {
  return Array.isArray((document as ChatDocument).messages);
}
