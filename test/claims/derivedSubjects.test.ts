import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/claim.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import { EVAL_CLAIMS_FILE, EVAL_FRESH_DIR, FRESH_DEVELOPMENT_SETS } from '../audit-eval/evalSet.js';

// What the derivation gives as each claim's subject and aliases, read as a user reads `bench/claimTerms.ts`:
// the subject is what the statement is about, an alias a name-like word or a form of the subject. Claims as
// their writers gave them (no subject, no aliases) in the composed corpus and the development fresh sets.
let claims: Map<string, Claim>;
beforeAll(async () => {
  const files = [EVAL_CLAIMS_FILE, ...readdirSync(EVAL_FRESH_DIR).sort().filter((set) => FRESH_DEVELOPMENT_SETS.includes(set)).map((set) => join(EVAL_FRESH_DIR, set, 'claims.yaml'))];
  claims = new Map((await loadClaims(files)).map((claim) => [claim.id, claim]));
});

/** id, the subject, aliases it must have, aliases it must not have. */
const TABLE: [string, string, string[], string[]][] = [
  // A comma ends a name: "At the Tokyo 2020 Olympics, South Korea's women's recurve team lost ...".
  ['korea_archery_streak_ended_2021', 'South Korea', ['Korea'], ['Olympic', 'Olympics South Korea']],
  // Unchanged by it: names written together stay one.
  ['icj_geneva', 'International Court of Justice', ['ICJ'], []],
  ['venus_moon', 'Hubble Space Telescope', ['Hubble'], []],
  ['iss_sold_spacex', 'NASA', [], []],
  ['japan_4g_shutdown', 'Japan', [], []],
];

describe('derived subjects and aliases of the evaluation claims', () => {
  it.each(TABLE)('%s', (id, subject, has, hasNot) => {
    const claim = claims.get(id);
    expect(claim, id).toBeDefined();
    expect(claim!.subject).toBe(subject);
    for (const alias of has) expect(claim!.aliases).toContain(alias);
    for (const alias of hasNot) expect(claim!.aliases).not.toContain(alias);
  });
});
