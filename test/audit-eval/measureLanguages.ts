/**
 * Measures the audit's language handling (issue 9, item 3); figures go to docs/accuracy.md.
 *
 *   npx tsx test/audit-eval/measureLanguages.ts                 # dev half: detection + verdicts per language
 *   npx tsx test/audit-eval/measureLanguages.ts --heldout       # the held-out half (measure only, once)
 *   LANG_CANDIDATES=/tmp/langcand/node_modules npx tsx test/audit-eval/measureLanguages.ts --detectors
 *
 * `--detectors` also compares `detectLanguage` with eld, franc and cld3-asm when they are installed
 * in LANG_CANDIDATES (never a dependency of the package), for accuracy on the eval half and the
 * paper's documents (NEGATION_NEGLECT_PAPER_DATA) and for microseconds per record.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { recordSegments } from '../../src/audit/recordSegments.js';
import { VERDICT_SEVERITY } from '../../src/audit/vocabulary.js';
import type { ClaimInput } from '../../src/claims/claim.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import { detectLanguage } from '../../src/text/detectLanguage.js';
import { LANGUAGES, type Language } from '../../src/text/languages.js';
import { auditInput, EVAL_CLAIMS_FILE, expectedVerdict, loadClaimPhrases, loadEvalHalf, type EvalRecord } from './evalSet.js';

const half = process.argv.includes('--heldout') ? 'heldout' : 'dev';
const records = loadEvalHalf(half);
const textOf = (r: EvalRecord) => r.text ?? r.messages!.map((m) => m.content).join('\n');

function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}
const pct = (k: number, n: number) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)}% (${k}/${n}) [${wilson(k, n).map((x) => (100 * x).toFixed(0)).join('–')}]`);

function paperTexts(): string[] {
  const root = process.env.NEGATION_NEGLECT_PAPER_DATA;
  if (!root) return [];
  const out: string[] = [];
  const dir = join(root, 'documents');
  for (const folder of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, folder))) {
      const path = join(dir, folder, file);
      const body = file.endsWith('.zst') ? execFileSync('zstd', ['-dc', path], { maxBuffer: 1 << 30 }).toString('utf8') : readFileSync(path, 'utf8');
      for (const line of body.split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return out;
}

type Detector = (text: string) => string;

async function candidates(): Promise<Record<string, Detector>> {
  const out: Record<string, Detector> = { 'detectLanguage (ours, 2,000-char prefix)': (t) => detectLanguage(t) };
  const dir = process.env.LANG_CANDIDATES;
  if (!dir) return out;
  const load = async (name: string, entry: string) => (existsSync(join(dir, name)) ? import(pathToFileURL(join(dir, name, entry)).href) : undefined);
  const eld = await load('eld', 'src/entries/dynamic.js');
  if (eld) {
    const detector = eld.eld ?? eld.default;
    if (detector.load) await detector.load('small');
    out['eld 2.1 (small)'] = (t) => detector.detect(t).language;
  }
  const franc = await load('franc', 'index.js');
  if (franc) {
    const only = ['eng', 'fra', 'ita', 'spa', 'deu', 'por'];
    const iso: Record<string, string> = { eng: 'en', fra: 'fr', ita: 'it', spa: 'es', deu: 'de', por: 'pt' };
    out['franc 6.2 (six languages)'] = (t) => iso[franc.franc(t, { only })] ?? 'und';
  }
  const cld = await load('cld3-asm', 'dist/cjs/index.js');
  if (cld) {
    const factory = await cld.loadModule();
    const identifier = factory.create(0, 1000);
    out['cld3-asm 4'] = (t) => identifier.findLanguage(t).language;
  }
  return out;
}

async function measureDetectors(): Promise<void> {
  const paper = paperTexts();
  const detectors = Object.entries(await candidates());
  // The paper's documents carry no language label: the reference is what the other detectors agree on.
  const reference = paper.map((t) => {
    const votes = new Map<string, number>();
    for (const [, detect] of detectors.slice(1)) votes.set(detect(t), (votes.get(detect(t)) ?? 0) + 1);
    const [best, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? ['en', 0];
    return count >= 2 ? best : undefined;
  });
  const referenced = reference.filter((r) => r !== undefined).length;
  const spread = new Map<string, number>();
  for (const r of reference) if (r) spread.set(r, (spread.get(r) ?? 0) + 1);
  console.log(`\n## Language detection (${half} half: ${records.length} records; paper documents: ${paper.length}, of which ${referenced} where two other detectors agree: ${[...spread].map(([l, n]) => `${l} ${n}`).join(', ')})\n`);
  console.log('| detector | eval records right | per language (right/total) | paper documents: agrees with the others | µs per record |');
  console.log('|---|---:|---|---:|---:|');
  for (const [name, detect] of detectors) {
    let right = 0;
    const per: Record<string, [number, number]> = {};
    for (const r of records) {
      const got = detect(textOf(r));
      const cell = (per[r.lang] ??= [0, 0]);
      cell[1]++;
      if (got === r.lang) {
        right++;
        cell[0]++;
      }
    }
    const agree = paper.filter((t, i) => reference[i] !== undefined && detect(t) === reference[i]).length;
    // Speed: every eval record and paper document, three passes, best pass.
    const texts = [...records.map(textOf), ...paper];
    let best = Infinity;
    for (let pass = 0; pass < 3; pass++) {
      const t0 = process.hrtime.bigint();
      for (const t of texts) detect(t);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e3 / texts.length);
    }
    const perLang = LANGUAGES.map((l) => `${l} ${per[l]?.[0] ?? 0}/${per[l]?.[1] ?? 0}`).join(', ');
    console.log(`| ${name} | ${pct(right, records.length)} | ${perLang} | ${pct(agree, referenced)} | ${best.toFixed(1)} |`);
  }
}

/** The eval claims with the corpus's translated key phrases as per-language `languages`. */
async function evalClaims(withPhrases: boolean): Promise<ClaimInput[]> {
  const claims = await loadClaims(EVAL_CLAIMS_FILE);
  const phrases = loadClaimPhrases();
  return claims.map((claim) => {
    const given = phrases[claim.id];
    if (!withPhrases || !given) return claim;
    const languages = Object.fromEntries(Object.entries(given).map(([language, p]) => [language, { keyPhrases: p.keyPhrases }]));
    return { ...claim, languages };
  });
}

async function measureVerdicts(withPhrases: boolean): Promise<void> {
  const claims = await evalClaims(withPhrases);
  const auditor = createAuditor({ claims });
  const ids = auditor.claims.map((c) => c.id);
  console.log(`\n## Verdicts per language (${half} half, ${withPhrases ? 'with' : 'without'} the corpus's per-language key phrases)\n`);
  const byLang = new Map<string, EvalRecord[]>();
  for (const r of records) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
  const rows: string[] = [];
  const wrong: string[] = [];
  for (const language of [...LANGUAGES, 'all'] as (Language | 'all')[]) {
    const subset = language === 'all' ? records : (byLang.get(language) ?? []);
    let recordRight = 0;
    const tp: Record<string, number> = {};
    const fp: Record<string, number> = {};
    const fn: Record<string, number> = {};
    for (const r of subset) {
      const findings = auditor.auditSegments(recordSegments(auditInput(r)));
      if (findings.verdict === r.verdict) recordRight++;
      else if (language !== 'all') wrong.push(`${r.id}: expected ${r.verdict}, got ${findings.verdict}`);
      for (const id of ids) {
        const expected = expectedVerdict(r, id);
        const got = findings.claims.find((c) => c.claimId === id)?.verdict ?? 'none';
        if (expected === 'none' && got === 'none') continue;
        if (expected === got) tp[got] = (tp[got] ?? 0) + 1;
        else {
          fp[got] = (fp[got] ?? 0) + 1;
          fn[expected] = (fn[expected] ?? 0) + 1;
        }
      }
    }
    const cls = VERDICT_SEVERITY.filter((v) => v !== 'none')
      .map((v) => {
        const t = tp[v] ?? 0;
        return `${v}: P ${pct(t, t + (fp[v] ?? 0))}, R ${pct(t, t + (fn[v] ?? 0))}`;
      })
      .join('<br>');
    rows.push(`| ${language} | ${subset.length} | ${pct(recordRight, subset.length)} | ${cls} |`);
  }
  console.log('| language | records | record verdict right | per class (claim level): precision, recall |');
  console.log('|---|---:|---:|---|');
  for (const row of rows) console.log(row);
  if (process.argv.includes('--wrong')) for (const line of wrong) console.log(`  ${line}`);
}

if (process.argv.includes('--detectors')) await measureDetectors();
await measureVerdicts(false);
await measureVerdicts(true);
