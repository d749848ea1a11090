// How far two careful readers agree on the same records, and the audit against each of them: the ceiling a
// per-class target can be judged against (issue 9). The second reader labelled the records blind: shuffled,
// without the writer's labels, categories, notes or the audit's rules, from the verdict meanings alone.
//
//   npx tsx bench/reader-agreement.ts [labels.jsonl]   # default: test/audit-eval/data/second-reader/pq.jsonl
//
// A labels file has one line per record: {"id": "fresh-p-015", "labels": {"<claim id>": "<verdict>"}}, claims the
// record is not about left out. Records are looked up in every fresh set; the audit is run with claims as given.
import { createAuditor } from '../src/audit/createAuditor.js';
import { mostSeriousVerdict } from '../src/audit/decideVerdict.js';
import type { Verdict } from '../src/audit/types.js';
import { loadClaims } from '../src/claims/loadClaims.js';
import { InputError } from '../src/errors.js';
import { cohenKappa } from '../src/util/cohenKappa.js';
import { EVAL_FRESH_DIR, loadFreshSets, loadSecondReading, SECOND_READER_FILE } from '../test/audit-eval/evalSet.js';
import { formatVerdictScore, predictEvalSet, scoreVerdicts, type VerdictPair } from '../test/audit-eval/scoreAudit.js';

const file = process.argv[2] ?? SECOND_READER_FILE;
const second = new Map(loadSecondReading(file).map((s): [string, Verdict] => [s.id, mostSeriousVerdict(Object.values(s.labels))]));

const fresh = loadFreshSets(EVAL_FRESH_DIR, () => true);
const records = fresh.records.filter((r) => second.has(r.id));
const known = new Set(records.map((r) => r.id));
const unknown = [...second.keys()].filter((id) => !known.has(id));
if (unknown.length > 0) throw new InputError(`${unknown.length} ids are in no fresh set (first: ${unknown[0]})`, { file });
const claims = await loadClaims(fresh.claimsFiles);
const { recordPairs } = predictEvalSet(createAuditor({ claims }), records, claims.map((c) => c.id));
const writer = new Map(records.map((r) => [r.id, r.verdict]));
const audit = new Map(recordPairs.map((p) => [p.recordId, p.predicted]));

const pairs = (expected: Map<string, Verdict>, predicted: Map<string, Verdict>, ids = records.map((r) => r.id)): VerdictPair[] =>
  ids.map((recordId) => ({ recordId, claimId: null, expected: expected.get(recordId)!, predicted: predicted.get(recordId)! }));
// Cohen's kappa: agreement beyond what the two label distributions give by chance.
const kappa = (ps: readonly VerdictPair[]) => cohenKappa(ps.map((p) => [p.expected, p.predicted] as const))?.toFixed(3) ?? 'undefined';
const show = (title: string, ps: VerdictPair[]) => console.log(`${formatVerdictScore(scoreVerdicts(ps), title)}\nCohen's kappa ${kappa(ps)}\n`);

console.log(`# Reader agreement on ${records.length} records (${file})\n`);
show('Second reader against the writer, per record', pairs(writer, second));
show('Audit against the writer, per record', pairs(writer, audit));
show('Audit against the second reader, per record', pairs(second, audit));
const agreed = records.map((r) => r.id).filter((id) => writer.get(id) === second.get(id));
show('Audit on the records both readers label alike, per record', pairs(writer, audit, agreed));
const byCategory = new Map<string, [number, number]>();
for (const r of records) {
  const [same, all] = byCategory.get(r.category) ?? [0, 0];
  byCategory.set(r.category, [same + (writer.get(r.id) === second.get(r.id) ? 1 : 0), all + 1]);
}
console.log(`Readers agree, by category: ${[...byCategory].sort().map(([c, [same, all]]) => `${c} ${same}/${all}`).join(', ')}`);
