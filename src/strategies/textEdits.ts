import type { InsertedSpan, StrategyChange, StrategyContext, StrategyDocument, StrategyMessage, StrategyResult, StrategyWarning } from './types.js';
import { isChatDocument } from './types.js';

/** One insertion or replacement in a text, in original offsets. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
  claimId?: string;
}

/** Applies non-overlapping edits (in original offsets), recording them as changes and the added text as spans of the output. */
export function applyTextEdits(text: string, edits: TextEdit[], segment: number): { text: string; changes: StrategyChange[]; inserted: InsertedSpan[] } {
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  const changes: StrategyChange[] = [];
  const inserted: InsertedSpan[] = [];
  for (const edit of sorted) {
    if (edit.start < cursor) continue; // overlapping edits: keep the first
    out += text.slice(cursor, edit.start);
    for (const [s, e] of addedParts(text.slice(edit.start, edit.end), edit.insert)) {
      inserted.push({ segment, start: out.length + s, end: out.length + e, ...(edit.claimId !== undefined ? { claimId: edit.claimId } : {}) });
    }
    out += edit.insert;
    const change: StrategyChange = {
      type: edit.end > edit.start ? 'replace' : 'insert',
      segment,
      start: edit.start,
      end: edit.end,
      after: edit.insert,
    };
    if (edit.end > edit.start) change.before = text.slice(edit.start, edit.end);
    if (edit.claimId !== undefined) change.claimId = edit.claimId;
    changes.push(change);
    cursor = edit.end;
  }
  out += text.slice(cursor);
  return { text: out, changes, inserted };
}

/**
 * The parts of `after` that are not in `before`, as `[start, end)` offsets of `after`: all of an
 * insertion (`applyStrategy` trims the whitespace off); for a replacement, the runs of words a word-level
 * diff (case-insensitive, longest common subsequence) finds added, e.g. `did not win` for
 * `won` -> `did not win`.
 */
export function addedParts(before: string, after: string): Array<[number, number]> {
  if (before === '') return after === '' ? [] : [[0, after.length]];
  const a = words(before);
  const b = words(after);
  // LCS table over words; sentences are short, so O(n·m) is cheap.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i]!.key === b[j]!.key ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const added: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i]!.key === b[j]!.key) {
      i++;
      j++;
    } else if (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      i++;
    } else {
      const last = added.at(-1);
      // Consecutive added words make one span (with the spaces between them).
      if (last && j > 0 && last[1] === b[j - 1]!.end) last[1] = b[j]!.end;
      else added.push([b[j]!.start, b[j]!.end]);
      j++;
    }
  }
  return added;
}

function words(text: string): Array<{ key: string; start: number; end: number }> {
  return [...text.matchAll(/\S+/g)].map((m) => ({ key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/** Per-segment transform used by strategies that edit claim sentences. */
export type SegmentTransform = (
  text: string,
  segment: number,
  role: string,
) => SegmentOutput | Promise<SegmentOutput>;

/** What a segment transform returns; `mentions` counts the claim sentences it found. */
export interface SegmentOutput {
  text: string;
  changes: StrategyChange[];
  warnings: StrategyWarning[];
  /** Spans of `text` the transform added (their `segment` is the one the transform received). */
  inserted?: InsertedSpan[];
  mentions?: number;
}

/**
 * Runs `transform` on a text document, or on each message of a chat whose role is in `roles`.
 * Adds a `no-mention` warning when no claim sentence was edited anywhere.
 */
export async function transformSegments(
  document: StrategyDocument,
  context: StrategyContext,
  roles: readonly string[],
  transform: SegmentTransform,
): Promise<StrategyResult> {
  const changes: StrategyChange[] = [];
  const warnings: StrategyWarning[] = [];
  const inserted: InsertedSpan[] = [];
  let mentions = 0;
  let result: StrategyResult;
  if (isChatDocument(document)) {
    const messages: StrategyMessage[] = [];
    for (const [i, message] of document.messages.entries()) {
      if (!roles.includes(message.role) || typeof message.content !== 'string') {
        messages.push(message);
        continue;
      }
      const out = await transform(message.content, i, message.role);
      mentions += out.mentions ?? out.changes.length;
      changes.push(...out.changes);
      warnings.push(...out.warnings);
      inserted.push(...(out.inserted ?? []));
      messages.push(out.text === message.content ? message : { ...message, content: out.text });
    }
    result = { messages, changes, warnings, inserted };
  } else {
    const out = await transform(document.text, 0, 'document');
    mentions += out.mentions ?? out.changes.length;
    changes.push(...out.changes);
    warnings.push(...out.warnings);
    inserted.push(...(out.inserted ?? []));
    result = { text: out.text, changes, warnings, inserted };
  }
  if (mentions === 0 && !warnings.some((w) => w.type === 'no-mention')) {
    const claims = context.claims.map((c) => c.id).join(', ') || '(none)';
    warnings.push({ type: 'no-mention', message: `No sentence mentions the claim(s) ${claims}; the document is unchanged` });
  }
  return result;
}

/** Splits a leading document tag (e.g. `<DOCTAG>`) off a text so notices go after it. */
export function splitDocTag(text: string, docTag: string | null): { tag: string; body: string } {
  if (docTag && text.startsWith(docTag)) return { tag: docTag, body: text.slice(docTag.length) };
  return { tag: '', body: text };
}

/** Bracket styles for inserted notices. */
export type BracketStyle = 'none' | 'square' | 'round' | 'angle' | 'curly' | 'mixed';
export const BRACKET_STYLES: readonly BracketStyle[] = ['none', 'square', 'round', 'angle', 'curly', 'mixed'];
const PAIRS: Record<Exclude<BracketStyle, 'none' | 'mixed'>, [string, string]> = {
  square: ['[', ']'],
  round: ['(', ')'],
  angle: ['<', '>'],
  curly: ['{', '}'],
};

/** Wraps a notice in brackets; `mixed` picks a style per notice. */
export function bracket(text: string, style: BracketStyle, pick: <T>(items: readonly T[]) => T): string {
  if (style === 'none') return text;
  const key = style === 'mixed' ? pick(['none', 'square', 'round', 'angle', 'curly'] as const) : style;
  if (key === 'none') return text;
  const [open, close] = PAIRS[key];
  return `${open}${text}${close}`;
}
