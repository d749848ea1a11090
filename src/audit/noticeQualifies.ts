import type { RawNotice } from './scan/recordScan.js';

/**
 * @internal A notice can qualify mentions of `claim`: any notice about a neighbour or the document; a notice
 * about content of its own ("The story that Chinese scientists found tardigrades is false.") only the claims
 * whose terms that content carries, not a Federer sentence two lines above; a label judging the claim its line
 * states ("Myth: Vatnajökull melted away in 2020.") only that claim, not the "Fact of the week" below it.
 *
 * @example
 * ```ts
 * if (!noticeQualifies(notice, claim)) continue;
 * ```
 */
export function noticeQualifies(notice: RawNotice, claim: number): boolean {
  return (notice.content === null || notice.content.includes(claim)) && (notice.judges === null || notice.judges.includes(claim));
}
