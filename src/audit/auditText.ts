import type { Claim, ClaimInput } from '../claims/claim.js';
import { InvalidArgumentError } from '../errors.js';
import { createAuditor, type Auditor, type AuditorOptions } from './createAuditor.js';
import type { RecordFindings, TextSegment } from './types.js';

/** Options of {@link auditText}: claims (compiled on each call), or a reusable auditor. */
export type AuditTextOptions =
  | (Omit<AuditorOptions, 'claims'> & { claims: readonly (Claim | ClaimInput)[]; auditor?: undefined })
  | { auditor: Auditor; claims?: undefined };

/**
 * Audits one document (a string) or one record given as segments (e.g. chat messages). For many
 * records build an auditor once with `createAuditor` and pass `{ auditor }`.
 *
 * @example
 * ```ts
 * const findings = auditText(
 *   'The following claim is false. Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds.',
 *   { claims: [{ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.' }] },
 * );
 * findings.verdict; // 'neglect-risk'
 * ```
 */
export function auditText(textOrSegments: string | readonly TextSegment[], options: AuditTextOptions): RecordFindings {
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError('options', 'an object with `claims` or `auditor`', options);
  }
  const auditor = options.auditor ?? createAuditor(options as AuditorOptions);
  if (typeof textOrSegments === 'string') {
    return auditor.auditSegments([{ index: 0, role: 'document', text: textOrSegments }]);
  }
  if (!Array.isArray(textOrSegments)) {
    throw new InvalidArgumentError('textOrSegments', 'a string or an array of segments', textOrSegments);
  }
  return auditor.auditSegments(textOrSegments);
}
