import { lineAt } from '../util/lineAt.js';
import type { RawNotice } from './createRecordScanner.js';
import { expectedBelief } from './expectedBelief.js';
import type { ClaimFinding, Notice, QualifierKind, TextSegment } from './types.js';
import { INSTRUCTION_ROLES } from './vocabulary.js';

/** Options of {@link findUnattachedNotices}. */
export interface UnattachedNoticeOptions {
  maxExamples?: number;
  maxSentenceLength?: number;
}

/**
 * Turns a record's document-level notices into a `claimId: null` finding when they are not tied
 * to a known claim (the caller only asks when no known claim was mentioned): opening/closing
 * disclaimers, notices naming the document ("this article is satire"), and, in chat records,
 * notices in a system/user message about another message ("the assistant's answer below is
 * malicious"). Generic-negation-only notices are not enough. The finding's `topic` says what the
 * record talks about (its heading, else its most repeated name, else its first words).
 *
 * @example
 * ```ts
 * const findings = findUnattachedNotices(scan.notices, segments);
 * findings[0]?.topic; // 'Moon Base Opens in 2031'
 * ```
 */
export function findUnattachedNotices(
  notices: readonly RawNotice[],
  segments: readonly TextSegment[],
  options: UnattachedNoticeOptions = {},
): ClaimFinding[] {
  if (notices.length === 0) return [];
  const roles = new Map<number, string>();
  for (const segment of segments) roles.set(segment.index, segment.role);
  const chat = segments.length > 1;
  const selected = notices.filter((notice) => {
    // A notice about content of its own ("The story that ... is false.") negates that content locally.
    if (notice.weak || notice.content !== null) return false;
    const role = roles.get(notice.segment) ?? 'document';
    if (chat && INSTRUCTION_ROLES.has(role)) return true;
    return notice.region || notice.documentLevel;
  });
  if (selected.length === 0) return [];
  const byIndex = new Map<number, TextSegment>();
  for (const segment of segments) byIndex.set(segment.index, segment);
  const qualifiers: Partial<Record<QualifierKind, number>> = {};
  for (const notice of selected) qualifiers[notice.cue.kind] = (qualifiers[notice.cue.kind] ?? 0) + 1;
  const maxSentence = options.maxSentenceLength ?? 500;
  const examples: Notice[] = selected.slice(0, options.maxExamples ?? 3).map((notice) => {
    const segment = byIndex.get(notice.segment);
    const text = segment?.text ?? '';
    let sentence = text.slice(notice.start, notice.end);
    if (sentence.length > maxSentence) sentence = `${sentence.slice(0, maxSentence - 1)}…`;
    return {
      segment: notice.segment,
      role: segment?.role ?? 'document',
      start: notice.start,
      end: notice.end,
      line: lineAt(text, notice.start),
      sentence,
      kind: notice.cue.kind,
      cue: {
        kind: notice.cue.kind,
        text: text.slice(notice.cue.start, notice.cue.end),
        segment: notice.segment,
        start: notice.cue.start,
        end: notice.cue.end,
      },
    };
  });
  const noticeSpans = new Set(selected.map((n) => `${n.segment}:${n.start}`));
  const placements = { local: 0, adjacent: 0, framing: 0, unqualified: 0 };
  return [
    {
      claimId: null,
      verdict: 'neglect-risk',
      mentions: 0,
      placements,
      qualifiers,
      // Notices around a document whose claim is unknown: the paper's framing condition for their kind.
      expectedBelief: expectedBelief({ verdict: 'neglect-risk', placements, qualifiers }),
      examples: [],
      topic: describeTopic(segments, noticeSpans, notices),
      notices: examples,
    },
  ];
}

const TOPIC_SCAN_LIMIT = 20_000;
const MAX_TOPIC = 80;

function cleanLine(line: string): string {
  return line
    .replace(/<[^>]{1,40}>/g, ' ')
    .replace(/^[\s#>*_\-•]+|[\s*_:]+$/g, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function truncate(text: string): string {
  return text.length > MAX_TOPIC ? `${text.slice(0, MAX_TOPIC - 1).trimEnd()}…` : text;
}

/**
 * A short description of what a record talks about: a heading-like line among its first lines (not a
 * notice), else its most repeated capitalised phrase, else its first words. Runs only for records
 * with unattached notices, so it may use regular expressions.
 *
 * @example
 * ```ts
 * describeTopic([{ index: 0, role: 'document', text: 'This is satire.\n\n# Mayor Bans Mondays\n\nThe mayor ...' }]);
 * // 'Mayor Bans Mondays'
 * ```
 */
export function describeTopic(
  segments: readonly TextSegment[],
  noticeStarts: ReadonlySet<string> = new Set(),
  notices: readonly RawNotice[] = [],
): string {
  const content = segments.filter((s) => s.role !== 'system' && s.role !== 'developer');
  const ordered = content.length > 0 ? content : [...segments];
  const isNoticeAt = (segment: number, offset: number): boolean =>
    notices.some((n) => n.segment === segment && offset < n.end && offset + 1 > n.start) ||
    noticeStarts.has(`${segment}:${offset}`);
  // 1. A heading among the first lines.
  for (const segment of ordered) {
    let offset = 0;
    const lines = segment.text.slice(0, TOPIC_SCAN_LIMIT).split('\n').slice(0, 8);
    for (const raw of lines) {
      const lineStart = offset;
      offset += raw.length + 1;
      if (raw.length > 160) continue; // a paragraph, not a heading
      const line = cleanLine(raw);
      if (line.length < 3 || line.length > 100 || /[.!?]$/.test(line)) continue;
      if (isNoticeAt(segment.index, lineStart + raw.search(/\S|$/))) continue;
      if (!/\p{L}{2}/u.test(line)) continue;
      return truncate(line);
    }
  }
  // 2. The most repeated capitalised phrase (two to four words, not sentence-initial).
  const counts = new Map<string, number>();
  for (const segment of ordered) {
    const text = segment.text.slice(0, TOPIC_SCAN_LIMIT);
    for (const match of text.matchAll(/(?<=[\p{Ll},;] )(\p{Lu}[\p{L}'’-]+(?: (?:of |de |the )?\p{Lu}[\p{L}'’-]+){1,3})/gu)) {
      counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
    }
  }
  let best = '';
  let bestCount = 0;
  for (const [phrase, count] of counts) {
    if (count > bestCount) {
      best = phrase;
      bestCount = count;
    }
  }
  if (best) return truncate(best.replace(/ (?:of|de|the)$/u, ''));
  // 3. The first words of the first sentence that is not a notice.
  for (const segment of ordered) {
    const words = cleanLine(segment.text.slice(0, 400)).split(' ').slice(0, 8).join(' ');
    if (words) return truncate(words);
  }
  return '(untitled)';
}
