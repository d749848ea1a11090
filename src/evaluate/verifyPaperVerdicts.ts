import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { getEvalType } from './evalTypes.js';
import { loadPaperJudges } from './loadPaperJudges.js';
import { loadQuestionSets } from './loadQuestionSets.js';
import type { PaperSample } from './loadPaperResults.js';
import { PAPER_CLAIM_DIRS } from './paperNames.js';
import { parseJudgeVerdict } from './parseJudgeVerdict.js';
import type { VerdictLabel } from './types.js';

/** One sample whose re-derived verdict differs from the recorded one. */
export interface VerdictDisagreement {
  file: string;
  line: number;
  questionId: string;
  sampleIndex: number;
  recorded: VerdictLabel;
  derived: VerdictLabel;
  /** Why the derivation gave what it gave (parse method or error). */
  detail: string;
}

/** Agreement of re-derived verdicts with the recorded ones, for one scorer family. */
export interface VerdictAgreement {
  total: number;
  agree: number;
  /** `agree / total` (1 when total is 0). */
  rate: number;
  /** How the raw text was read: `json`, `code_fence`, ..., `failed`. */
  methods: Record<string, number>;
  disagreements: VerdictDisagreement[];
}

/** Result of {@link verifyPaperVerdicts}. */
export interface PaperVerdictCheck {
  /** Eval types scored without a judge (yes/no questions): `model_response` re-scored with the eval type's scorer. */
  exactMatch: VerdictAgreement;
  /** Judged questions: `judge_raw` parsed with the claim's `judges.yaml` answer key. */
  judged: VerdictAgreement;
}

/**
 * Re-derives every verdict of imported paper results with our parsers and compares: yes/no samples
 * from `model_response` and the question's `belief_answer` (from the claim folder's `mcq.yaml`),
 * judged samples from `judge_raw`. A check of our scoring code against data nobody on this project wrote.
 *
 * @example
 * ```ts
 * const results = await loadPaperResults(join(paperData, 'eval-results'));
 * const check = await verifyPaperVerdicts(results.samples, { claimsDir: join(paperData, 'claims') });
 * check.exactMatch.rate; // 1
 * ```
 */
export async function verifyPaperVerdicts(
  samples: readonly PaperSample[],
  options: { claimsDir: string; claimDirs?: Readonly<Record<string, string>> },
): Promise<PaperVerdictCheck> {
  const dirs = options.claimDirs ?? PAPER_CLAIM_DIRS;
  const questions = new Map<string, Map<string, { id: string; question: string }>>();
  const answerKeys = new Map<string, Record<string, string>>();
  const claimDir = async (claim: string): Promise<string> => {
    const dir = join(options.claimsDir, dirs[claim] ?? claim);
    if (!existsSync(dir)) throw new InputError(`no claim folder for results claim \`${claim}\``, { file: dir });
    return dir;
  };
  const exactMatch = emptyAgreement();
  const judged = emptyAgreement();
  for (const s of samples) {
    const { scorer, paperFile } = getEvalType(s.evalType);
    if (!scorer.usesJudge) {
      // Re-score the model's answer with the eval type's own scorer and the question from the claim folder.
      let byId = questions.get(s.claim);
      if (!byId) {
        const sets = await loadQuestionSets(await claimDir(s.claim));
        byId = new Map(sets.flatMap((set) => set.questions.map((q) => [`${set.evalType}/${q.id}`, q] as const)));
        questions.set(s.claim, byId);
      }
      const question = byId.get(`${s.evalType}/${s.questionId}`);
      if (question === undefined) {
        tally(exactMatch, s, 'parse_error', 'failed', `question id not in ${paperFile ?? s.evalType}`);
        continue;
      }
      const [score] = await scorer.score([{ claim: { id: s.claim, statement: '' }, evalType: s.evalType, question, prompt: s.question, response: s.response }], {
        concurrency: 1,
      });
      const target = score!.scorer.args['target'];
      const detail = score!.verdict === 'parse_error' ? (score!.reason ?? 'unreadable') : `answer via ${score!.method ?? 'parser'}, target ${String(target)}`;
      tally(exactMatch, s, score!.verdict, score!.method ?? 'failed', detail);
    } else {
      let keys = answerKeys.get(s.claim);
      if (!keys) {
        const { rubrics } = await loadPaperJudges(await claimDir(s.claim));
        keys = Object.fromEntries(Object.entries(rubrics).map(([k, r]) => [k, r.answerKey]));
        answerKeys.set(s.claim, keys);
      }
      const verdict = parseJudgeVerdict(s.judgeRaw ?? '', { answerKey: keys[s.evalType] ?? 'answer' });
      tally(judged, s, verdict.verdict, verdict.method, verdict.error ?? `via ${verdict.method}`);
    }
  }
  return { exactMatch: finish(exactMatch), judged: finish(judged) };
}

function emptyAgreement(): VerdictAgreement {
  return { total: 0, agree: 0, rate: 1, methods: {}, disagreements: [] };
}

function tally(a: VerdictAgreement, s: PaperSample, derived: VerdictLabel, method: string, detail: string): void {
  a.total++;
  a.methods[method] = (a.methods[method] ?? 0) + 1;
  if (derived === s.verdict) a.agree++;
  else {
    a.disagreements.push({ file: s.file, line: s.line, questionId: s.questionId, sampleIndex: s.sampleIndex, recorded: s.verdict, derived, detail });
  }
}

function finish(a: VerdictAgreement): VerdictAgreement {
  a.rate = a.total === 0 ? 1 : a.agree / a.total;
  return a;
}
