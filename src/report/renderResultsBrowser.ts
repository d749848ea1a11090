import { createHash } from 'node:crypto';
import { SampleRecordSchema, type SampleRecord } from '../evaluate/types.js';
import { InputError } from '../errors.js';
import type { z } from 'zod';
import { ExperimentResults } from './ExperimentResults.js';
import { ExperimentResultsSchema, type ExperimentResultsInput } from './experimentResultsSchema.js';
import { packBrowserSamples } from './packBrowserSamples.js';
import { htmlDocument, htmlReportBody, REPORT_STYLE } from './renderHtmlReport.js';
import { resultsBrowserClient } from './resultsBrowserClient.js';

/** A sample as {@link renderResultsBrowser} takes it: a `SampleRecord` (what `eval` writes, one a line). */
export type ResultsBrowserSample = z.input<typeof SampleRecordSchema>;

const BROWSER_STYLE = `
.nn-report .nn-bar,.nn-report .nn-bar-empty{cursor:pointer}
.nn-report .nn-bar:hover,.nn-report .nn-bar:focus,.nn-report .nn-bar-selected{stroke:#000;stroke-width:2;outline:none}
.nn-samples .nn-filters{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;font-size:.85em;margin:.5em 0}
.nn-samples select,.nn-samples input,.nn-samples button{font:inherit;font-size:.95em}
.nn-samples .nn-filters select{max-width:22em}
.nn-samples .nn-pager{display:flex;gap:8px;align-items:center;font-size:.85em;margin:.4em 0}
.nn-samples-summary{font-weight:600;font-size:.9em}
.nn-sample-list{padding-left:2.4em}
.nn-sample{border:1px solid #ddd;border-radius:4px;padding:6px 10px;margin:0 0 8px;font-size:.85em}
.nn-sample-head{display:flex;flex-wrap:wrap;gap:6px;align-items:baseline;color:#555;margin-bottom:4px}
.nn-verdict{font-weight:700;padding:0 6px;border-radius:3px;background:#eee;color:#222}
.nn-verdict-yes{background:#fde0c5}.nn-verdict-no{background:#d3e9f7}.nn-verdict-parse_error{background:#f6d0d0}
.nn-flag{color:#a33;font-weight:600}
.nn-field{margin:4px 0}
.nn-field-label{font-size:.8em;color:#666;text-transform:uppercase;letter-spacing:.03em}
.nn-text{white-space:pre-wrap;overflow-wrap:anywhere;max-height:16em;overflow:auto;background:#fafafa;padding:3px 6px;border-radius:3px}
.nn-s-error .nn-text{color:#a33}
.nn-more{font-size:.85em;margin-top:2px}
.nn-s-settings pre{white-space:pre-wrap;overflow-wrap:anywhere;max-height:24em;overflow:auto;background:#fafafa;font-size:.9em;margin:4px 0}
`;

/** Serialises data for a `<script type="application/json">`: no `<` (so no `</script>`), no `&` or `>`. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Renders the results report with a samples view: every sample behind every bar, filterable by claim,
 * condition, eval type, verdict, judge, model and failure (failed / unparsed / truncated) and by text,
 * each showing the question, the model's answer, the judge's reason and the settings it was produced
 * with. Clicking a bar of a chart opens its samples. One self-contained HTML file: the samples travel
 * as JSON in a `<script type="application/json">` (with `<` escaped) and are put on the page as text,
 * and the page's Content-Security-Policy lets only its own script run (by hash) and loads nothing.
 * Samples are shown a page at a time, so 10,000 of them open and filter in well under a second.
 *
 * @example
 * ```ts
 * const { records } = await readSampleRecords('runs/qwen/results.jsonl');
 * const html = renderResultsBrowser({ summary: summarizeBeliefRates(records) }, records);
 * await writeFile('results.html', html);
 * ```
 */
export function renderResultsBrowser(
  results: ExperimentResultsInput | ExperimentResults,
  samples: Iterable<ResultsBrowserSample>,
): string {
  const data = results instanceof ExperimentResults ? results.data : ExperimentResultsSchema.parse(results);
  const records: SampleRecord[] = [];
  let i = 0;
  for (const sample of samples) {
    const parsed = SampleRecordSchema.safeParse(sample);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(issue.message, { file: '<samples>', field: `[${i}]${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` });
    }
    records.push(parsed.data);
    i++;
  }
  const body = htmlReportBody(data);
  const close = body.pop()!; // the report's closing </div>: the samples go inside it
  body.splice(3, 0, `<p class="nn-meta"><a href="#nn-samples">${records.length} samples</a>: click a bar to see the samples behind it.</p>`);
  body.push(
    `<section class="nn-samples" id="nn-samples">`,
    `<h2>Samples</h2>`,
    `<noscript><p class="nn-warn">The samples view needs JavaScript.</p></noscript>`,
    `<div class="nn-filters"></div>`,
    `<p class="nn-samples-summary" aria-live="polite"></p>`,
    `<div class="nn-pager"></div>`,
    `<ol class="nn-sample-list"></ol>`,
    `</section>`,
    close,
    `<script type="application/json" id="nn-samples-data">${scriptJson(packBrowserSamples(records, data))}</script>`,
  );
  // The client is embedded as its compiled source. esbuild with `keepNames` (tsx, some bundlers)
  // wraps named functions in a `__name` helper that only exists in the module, hence the stand-in.
  const script = `(() => {\nconst __name = (f) => f;\n(${resultsBrowserClient.toString()})();\n})();`.replace(/<\/(script)/gi, '<\\/$1');
  body.push(`<script>${script}</script>`);
  const hash = createHash('sha256').update(script).digest('base64');
  return htmlDocument({ title: data.title, style: REPORT_STYLE + BROWSER_STYLE, body, scriptHashes: [hash] });
}
