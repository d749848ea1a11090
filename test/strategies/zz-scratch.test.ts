import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadPaperClaim } from '../../src/claims/loadPaperClaim.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { applyStrategy, framing, positive, adjacentSentence, local } from '../../src/strategies/index.js';
const CASES: Array<[string, string, number, any]> = JSON.parse(process.env.E_CASES ?? '[]');
test('x', async () => {
  for (const [dir, file, n, strat] of CASES) {
    const claim = await loadPaperClaim('/work/shared/paper-data/claims/' + dir);
    const lines = readFileSync('/work/shared/paper-data/documents/positive/' + file, 'utf8').split('\n');
    const auditor = createAuditor({ claims: [claim], maxExamples: 20 });
    const text = JSON.parse(lines[n - 1]!).text;
    const s = strat[0] === 'framing' ? framing(strat[1]) : strat[0] === 'adjacent' ? adjacentSentence(strat[1]) : strat[0] === 'local' ? local() : positive();
    const out = await applyStrategy(s, { id: `${dir}:${n}`, text }, { claim, seed: 11 });
    const f = auditor.auditSegments([{ index: 0, role: 'document', text: out.text! }]);
    console.log(`##### ${dir}:${n} ${strat[0]}`, JSON.stringify(f.claims.map((c) => [c.claimId, c.verdict])));
    if (process.env.E_SHOW) console.log(out.text!.slice(0, Number(process.env.E_SHOW)));
    for (const c of f.claims) for (const e of c.examples) console.log(' -', e.placement, e.qualifier, JSON.stringify(e.cue?.text), '|', e.sentence.slice(0, 300));
  }
});
