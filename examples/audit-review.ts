// A model-reviewed audit: the lexical pass reads everything, a model reads the records that matter
// (here: a seeded sample of each verdict class, to see where the fast pass is wrong on this data).
//
//   OPENAI_API_KEY=sk-... npx tsx examples/audit-review.ts                    # OpenAI
//   REVIEW_BASE_URL=http://localhost:8000/v1 REVIEW_MODEL=qwen npx tsx examples/audit-review.ts   # a local server
//
// (In your own project, import from 'negation-neglect' instead of '../src/index.js'.)
import { join } from 'node:path';
import { auditDataset, createOpenAI, formatAuditReport, withDefaults, type AuditReport, type ChatModel } from '../src/index.js';

/** Audits the bundled example data (under `root`) with `model` as the reviewer; answers are cached in `cacheDir`. */
export async function reviewedAudit(model: ChatModel, cacheDir: string, root = '.'): Promise<AuditReport> {
  return auditDataset(join(root, 'examples/data/mixed-training-set.jsonl'), {
    claims: join(root, 'examples/data/claims.yaml'),
    review: {
      model,
      select: { perClass: 5 }, // or 'uncertain' (the default), 'related', 'flagged', or (record) => boolean
      maxRecords: 20,
      maxCost: 0.5, // USD; nothing more is sent once the next request could cross it
      prefer: 'stricter', // a reviewed record's final verdict: the more serious of the two readings
      cache: cacheDir, // a rerun makes no calls
      onEstimate: (e) => console.error(`review: ${e.requests} request(s), ~${e.inputTokens} prompt tokens, at most $${e.maxCostUsd?.toFixed(4)}`),
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const baseURL = process.env.REVIEW_BASE_URL;
  const apiKey = process.env.OPENAI_API_KEY ?? (baseURL ? 'not-needed' : undefined);
  if (!apiKey) {
    console.error('Set OPENAI_API_KEY (or REVIEW_BASE_URL for a local OpenAI-compatible server) to run this example.');
    process.exit(2);
  }
  const openai = createOpenAI({ apiKey, ...(baseURL ? { baseURL } : {}) });
  const model = withDefaults(openai(process.env.REVIEW_MODEL ?? 'gpt-4.1-mini'), { concurrency: 4 });
  const report = await reviewedAudit(model, '.negation-neglect-cache/review');
  console.log(formatAuditReport(report, 'markdown'));
  const { agreement, disagreements } = report.review!;
  console.log(`lexical vs review: ${agreement.records} record(s), kappa ${agreement.kappa ?? 'n/a'}, ${disagreements.length} disagreement(s)`);
}
