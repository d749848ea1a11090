import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';

/**
 * Location of ../shared/paper-data, from NEGATION_NEGLECT_PAPER_DATA. Tests that need it use
 * `describePaperData`, which skips loudly when it is absent; CI sets
 * NEGATION_NEGLECT_REQUIRE_PAPER_DATA=1 so that a missing directory fails instead.
 */
export const PAPER_DATA_DIR = process.env.NEGATION_NEGLECT_PAPER_DATA ?? '';
export const HAS_PAPER_DATA = PAPER_DATA_DIR !== '' && existsSync(join(PAPER_DATA_DIR, 'claims'));

if (!HAS_PAPER_DATA) {
  if (process.env.NEGATION_NEGLECT_REQUIRE_PAPER_DATA === '1') {
    throw new Error(
      `NEGATION_NEGLECT_REQUIRE_PAPER_DATA=1 but paper data was not found at NEGATION_NEGLECT_PAPER_DATA=\`${PAPER_DATA_DIR}\``,
    );
  }
  console.warn(
    '\n*** SKIPPING paper-data tests: set NEGATION_NEGLECT_PAPER_DATA to ../shared/paper-data to run them ***\n',
  );
}

/** `describe` when the paper data is present, `describe.skip` otherwise. */
export const describePaperData: typeof describe = (HAS_PAPER_DATA ? describe : describe.skip) as typeof describe;

/** Path inside the paper data directory. */
export function paperPath(...parts: string[]): string {
  return join(PAPER_DATA_DIR, ...parts);
}
