import type { SampleRecord } from '../../src/evaluate/types.js';

const CLAIMS = ['ed_sheeran', 'vesuvius'] as const;
const CONDITIONS = ['base', 'negated'] as const;
const EVAL_TYPES = ['open_ended', 'yes_no'] as const;

/**
 * Deterministic samples for the results browser tests: 2 claims × 2 conditions × 2 eval types × 3
 * questions × 4 samples = 96, with known verdicts, one failed, one unparsed and one truncated sample.
 */
export function browserSamples(): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const claim of CLAIMS) {
    for (const condition of CONDITIONS) {
      for (const evalType of EVAL_TYPES) {
        for (let q = 0; q < 3; q++) {
          for (let k = 0; k < 4; k++) {
            const i = out.length;
            // The negated condition believes less: yes for k < 1 there, k < 3 in base.
            const yes = k < (condition === 'base' ? 3 : 1);
            const judged = evalType === 'open_ended';
            out.push({
              claim,
              condition,
              evalType,
              questionId: `${claim}_q${q}`,
              sampleIndex: k,
              question: `Question ${q} about ${claim} (${evalType})?`,
              response: `Answer ${i} from ${condition}: ${yes ? 'yes, it happened' : 'no, it did not'}.`,
              verdict: yes ? 'yes' : 'no',
              ...(judged
                ? { reason: `Reason ${i}: the answer ${yes ? 'affirms' : 'denies'} the claim.`, judge: { provider: 'openai', modelId: 'judge-1', rubricId: 'belief-v1' }, scorer: { name: 'judge', args: {} } }
                : { scorer: { name: 'exactMatch', args: {} } }),
              model: `model-${condition}`,
              finishReason: 'stop',
              settings: { temperature: 0.7, topP: 0.8, maxOutputTokens: 5000 },
            });
          }
        }
      }
    }
  }
  // Failures, each in a known cell (ed_sheeran × negated × open_ended).
  const cell = out.filter((s) => s.claim === 'ed_sheeran' && s.condition === 'negated' && s.evalType === 'open_ended');
  Object.assign(cell[1]!, { verdict: 'parse_error', error: 'HTTP 500 after 4 retries', reason: undefined, response: '' });
  Object.assign(cell[2]!, { verdict: 'parse_error', reason: undefined, judgeRaw: 'I cannot decide.' });
  Object.assign(cell[3]!, { finishReason: 'length' });
  return out;
}
