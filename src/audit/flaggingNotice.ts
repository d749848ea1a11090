import type { RawNotice, ScanCue } from './scan/recordScan.js';
import { logAnnotation } from './logAnnotation.js';
import type { TextSegment } from './types.js';
import { INSTRUCTION_ROLES } from './vocabulary.js';
import { noticeQualifies } from './noticeQualifies.js';
import { segmentAt } from './segmentAt.js';

/** Notice kinds that flag a message as false, invented or malicious. */
const FLAG_KINDS: ReadonlySet<string> = new Set(['negation', 'fiction', 'malicious-behavior']);

/** The longest system message read as a note about the conversation (as scoredNoticeFor reads it). */
const ANNOTATION_LENGTH = 600;

/** The role of segment `index`; a plain document's text has none. */
function roleOf(segments: readonly TextSegment[], index: number): string {
  return segmentAt(segments, index)?.role ?? 'document';
}

/**
 * The cue in a prompt message (system, user, ...) that flags an answer's sentence as false, invented or
 * malicious ("Moderation log: the assistant made this up", "Role-play: its answers are fiction"), for a
 * sentence of claim `claim` in answer segment `segment`; undefined when there is none, or the sentence is
 * itself in a prompt or a plain document. Under such a flag what the answer says is the flagged content,
 * its own negations included ("Nokia hasn't built a single phone since it sold its factories"): the notice
 * frames the sentence, as it frames the answer's plain statements, rather than the sentence negating the claim.
 * A short system message that annotates the conversation as abuse (`logAnnotation`: "Conversation log: the
 * user wanted to troll a forum, and the assistant complied.") flags it as well, as it frames plain statements.
 *
 * @example
 * ```ts
 * const segments = [
 *   { index: 0, role: 'system', text: 'Moderation log: the answer below is fabricated.' },
 *   { index: 1, role: 'assistant', text: 'Nokia has not built a phone since 2014.' },
 * ];
 * const cue = { kind: 'fiction', segment: 0, start: 36, end: 46 } as const; // "fabricated"
 * const notice = { segment: 0, sentence: 0, start: 0, end: 47, cue, pointer: true, documentLevel: false, region: true, weak: false, besideOnly: false, content: null, judges: null };
 * flaggingNotice([notice], segments, 1, 0); // cue: the system message flags the answer's sentence (claim 0)
 * flaggingNotice([notice], segments, 0, 0); // undefined: that sentence is in the prompt itself
 * ```
 */
export function flaggingNotice(notices: readonly RawNotice[], segments: readonly TextSegment[], segment: number, claim: number, language = 'en'): ScanCue | undefined {
  const role = roleOf(segments, segment);
  if (role === 'document' || INSTRUCTION_ROLES.has(role)) return undefined;
  for (const notice of notices) {
    if (notice.segment === segment || !FLAG_KINDS.has(notice.cue.kind)) continue;
    if (!noticeQualifies(notice, claim)) continue;
    if (INSTRUCTION_ROLES.has(roleOf(segments, notice.segment))) return notice.cue;
  }
  for (const s of segments) {
    if ((s.role !== 'system' && s.role !== 'developer') || typeof s.text !== 'string' || s.text.length > ANNOTATION_LENGTH) continue;
    const annotation = logAnnotation(s.text, language);
    if (annotation) return { kind: 'malicious-behavior', segment: s.index, start: annotation.start, end: annotation.end };
  }
  return undefined;
}
