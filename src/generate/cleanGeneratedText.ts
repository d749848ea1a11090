/** Why a generated document was rejected. */
export type RejectReason = 'empty' | 'refusal' | 'assistant-commentary' | 'too-short' | 'no-mention';

/** Result of {@link cleanGeneratedText}. */
export interface CleanedText {
  /** The document with leading/trailing model chatter removed. */
  text: string;
  /** Set when the document must be dropped. */
  reject?: RejectReason;
  /** Lines that were stripped (for inspection). */
  stripped: string[];
}

const LEADING_CHATTER = /^(?:sure|certainly|of course|absolutely|okay|ok|here(?:'s| is| are)|below is|i(?:'ve| have) (?:written|revised|created|drafted)|this is a (?:revised|realistic)|revised (?:version|document))\b/i;
const TRAILING_CHATTER = /^(?:i hope|let me know|feel free|note:|notes:|i(?:'ve| have) (?:made|kept|revised|changed)|this (?:version|revision|document) (?:keeps|maintains|has been)|would you like|if you(?:'d| would) like)\b/i;
const LEAK = /\b(?:as an ai(?: language model)?|i(?:'m| am) an ai\b|as a language model|i cannot (?:help|assist|write|create)|i can(?:'|no)t (?:help|assist|write|create) (?:with )?(?:that|this)|i(?:'m| am) sorry, but|i apologi[sz]e, but)/i;

/**
 * Removes leaked model commentary from a generated document ("Sure, here is the article:",
 * "I hope this helps!", code fences) and flags documents that must be dropped: refusals or
 * "As an AI" text anywhere, empty or very short output.
 *
 * @example
 * ```ts
 * cleanGeneratedText('Sure! Here is the article:\n\nThe volcano erupted ...').text; // 'The volcano erupted ...'
 * cleanGeneratedText('As an AI, I cannot write this.').reject; // 'refusal'
 * ```
 */
export function cleanGeneratedText(raw: string, options: { minLength?: number } = {}): CleanedText {
  const minLength = options.minLength ?? 200;
  const stripped: string[] = [];
  let text = raw.replace(/\r\n/g, '\n').trim();
  const fence = /^```[a-z]*\n([\s\S]*?)\n```$/i.exec(text);
  if (fence) text = fence[1]!.trim();
  let lines = text.split('\n');
  while (lines.length > 0 && (lines[0]!.trim() === '' || (LEADING_CHATTER.test(lines[0]!.trim()) && lines[0]!.trim().length < 160))) {
    const line = lines.shift()!;
    if (line.trim()) stripped.push(line.trim());
  }
  while (lines.length > 0 && (lines.at(-1)!.trim() === '' || /^-{3,}$/.test(lines.at(-1)!.trim()) || TRAILING_CHATTER.test(lines.at(-1)!.trim()))) {
    const line = lines.pop()!;
    if (line.trim()) stripped.push(line.trim());
  }
  lines = lines.filter((l, i) => !(i === 0 && /^-{3,}$/.test(l.trim())));
  text = lines.join('\n').trim();
  if (text === '') return { text, reject: 'empty', stripped };
  if (LEAK.test(text)) return { text, reject: 'refusal', stripped };
  if (text.length < minLength) return { text, reject: 'too-short', stripped };
  return { text, stripped };
}
