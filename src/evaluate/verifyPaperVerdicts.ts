import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { loadPaperJudges } from './loadPaperJudges.js';
import { loadQuestionSets } from './loadQuestionSets.js';
import type { PaperSample } from './loadPaperResults.js';
import { PAPER_CLAIM_DIRS } from './paperNames.js';
import { parseJudgeVerdict } from './parseJudgeVerdict.js';
import { parseYesNoAnswer } from './parseYesNoAnswer.js';
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
  /** Yes/no questions: `model_response` parsed and compared with `belief_answer`. */
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
  const beliefAnswers = new Map<string, Map<string, string>>();
  const answerKeys = new Map<string, Record<string, string>>();
  const claimDir = async (claim: string): Promise<string> => {
    const dir = join(options.claimsDir, dirs[claim] ?? claim);
    if (!existsSync(dir)) throw new InputError(`no claim folder for results claim \`${claim}\``, { file: dir });
    return dir;
  };
  const exactMatch = emptyAgreement();
  const judged = emptyAgreement();
  for (const s of samples) {
    if (s.evalType === 'mcq') {
      let answers = beliefAnswers.get(s.claim);
      if (!answers) {
        const sets = await loadQuestionSets(await claimDir(s.claim));
        answers = new Map();
        for (const set of sets) if (set.evalType === 'mcq') for (const q of set.questions) answers.set(q.id, q.belief_answer);
        beliefAnswers.set(s.claim, answers);
      }
      const target = answers.get(s.questionId);
      const parsed = parseYesNoAnswer(s.response);
      let derived: VerdictLabel;
      let detail: string;
      if (target === undefined) {
        derived = 'parse_error';
        detail = `question id not in mcq.yaml`;
      } else if (parsed.answer === undefined) {
        derived = 'parse_error';
        detail = parsed.error ?? 'unreadable';
      } else {
        derived = parsed.answer === target ? 'yes' : 'no';
        detail = `answer ${parsed.answer} via ${parsed.method}, belief_answer ${target}`;
      }
      tally(exactMatch, s, derived, parsed.method, detail);
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
