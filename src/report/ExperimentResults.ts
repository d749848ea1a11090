import { ExperimentResultsSchema, type ExperimentResultsData, type ExperimentResultsInput } from './experimentResultsSchema.js';
import { renderHtmlReport } from './renderHtmlReport.js';
import { renderMarkdownReport } from './renderMarkdownReport.js';
import { renderTextReport } from './renderTextReport.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

/**
 * Results of an experiment (or an imported table) that print well everywhere: `JSON.stringify` gives
 * the validated data, `console.log`/Node's REPL a text table, and notebook kernels HTML with charts
 * (Deno's kernel calls `[Symbol.for('Jupyter.display')]`; in tslab use `tslab.display.html(r.toHTML())`;
 * Python-style frontends look for `_repr_html_`).
 *
 * @example
 * ```ts
 * const results = new ExperimentResults({ summary });
 * results; // in a Deno Jupyter cell: the HTML report with charts
 * ```
 */
export class ExperimentResults {
  readonly data: ExperimentResultsData;

  constructor(input: ExperimentResultsInput) {
    this.data = ExperimentResultsSchema.parse(input);
  }

  /** The validated data (what `JSON.stringify` writes). */
  toJSON(): ExperimentResultsData {
    return this.data;
  }

  /** A complete self-contained HTML page, or a fragment for embedding with `{ mode: 'fragment' }`. */
  toHTML(options: { mode?: 'document' | 'fragment' } = { mode: 'fragment' }): string {
    return renderHtmlReport(this.data, options);
  }

  toMarkdown(): string {
    return renderMarkdownReport(this.data);
  }

  toString(): string {
    return renderTextReport(this.data);
  }

  /** HTML for notebook frontends that follow the IPython `_repr_html_` convention. */
  _repr_html_(): string {
    return this.toHTML({ mode: 'fragment' });
  }

  /** Deno's Jupyter kernel renders the MIME bundle this returns. */
  [JUPYTER_DISPLAY](): Record<string, string> {
    return { 'text/html': this.toHTML({ mode: 'fragment' }), 'text/markdown': this.toMarkdown(), 'text/plain': this.toString() };
  }

  [INSPECT](): string {
    return `ExperimentResults\n${renderTextReport(this.data)}`;
  }
}

/**
 * Validates results data and wraps it for printing and rendering.
 *
 * @example
 * ```ts
 * const results = createExperimentResults({ summary: summarizeBeliefRates(samples) });
 * console.log(results);            // text table
 * await writeFile('r.html', results.toHTML({ mode: 'document' }));
 * ```
 */
export function createExperimentResults(input: ExperimentResultsInput | ExperimentResults): ExperimentResults {
  return input instanceof ExperimentResults ? input : new ExperimentResults(input);
}
