import type { TextSegment } from './types.js';

/**
 * @internal The segment numbered `index`. recordSegments numbers segments by position, so this is an array
 * read (a Map per record was most of the audit's garbage); other numberings fall back to a search.
 *
 * @example
 * ```ts
 * segmentAt([{ index: 0, role: 'user', text: 'Hi' }, { index: 1, role: 'assistant', text: 'Hello' }], 1)?.role; // 'assistant'
 * ```
 */
export function segmentAt(segments: readonly TextSegment[], index: number): TextSegment | undefined {
  const at = segments[index];
  return at !== undefined && at.index === index ? at : segments.find((segment) => segment.index === index);
}
