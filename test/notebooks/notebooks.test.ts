import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_PAPER_DATA } from '../helpers/paperData.js';
import { DENO, PYTHON, ROOT, requireTool, runs } from '../helpers/runtimes.js';

// Every notebook in examples/notebooks runs top to bottom in Deno's Jupyter kernel, headless, through
// nbclient (Debian: python3-nbclient). A cell error fails the test; so does a results object that
// no longer displays as HTML.
const NOTEBOOKS = join(ROOT, 'examples', 'notebooks');
const RUNNER = join(__dirname, 'runNotebook.py');
const notebooks = readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb')).sort();

interface CellReport {
  cell: number;
  mimes: string[];
  errors: string[];
  html: string;
  markdown: string;
}
interface RunReport {
  notebook: string;
  error: string | null;
  cells: CellReport[];
}

const CAN_RUN = requireTool(
  runs(DENO) && runs(PYTHON, ['-c', 'import nbclient, nbformat']),
  'notebook',
  `needs Deno (${DENO}, the \`deno\` dev dependency) and nbclient for ${PYTHON} (apt-get install python3-nbclient)`,
);

function run(name: string): RunReport {
  const r = spawnSync(PYTHON, [RUNNER, DENO, join(NOTEBOOKS, name)], {
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, NO_COLOR: '1', PYTHONWARNINGS: 'ignore' },
  });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  if (!last.startsWith('{')) throw new Error(`notebook runner failed (exit ${r.status}):\n${r.stderr}`);
  const report = JSON.parse(last) as RunReport;
  expect(report.error, `${name}: a cell failed\n${report.error}`).toBeNull();
  expect(r.status).toBe(0);
  return report;
}

const displayed = (report: RunReport, mime: 'text/html' | 'text/markdown') => report.cells.filter((c) => c.mimes.includes(mime));

describe('notebooks as committed', () => {
  it('exist, target the Deno kernel and carry no outputs', () => {
    expect(notebooks).toEqual(['audit-dataset.ipynb', 'evaluate-local-model.ipynb', 'paper-table.ipynb', 'strategies.ipynb']);
    for (const name of notebooks) {
      const nb = JSON.parse(readFileSync(join(NOTEBOOKS, name), 'utf8'));
      expect(nb.metadata.kernelspec.name, name).toBe('deno');
      for (const cell of nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code')) {
        expect(cell.outputs, `${name}: outputs must be stripped before committing`).toEqual([]);
        expect(cell.execution_count, name).toBeNull();
      }
    }
  });
});

(CAN_RUN ? describe : describe.skip)('notebooks run headless in Deno’s Jupyter kernel', () => {
  it('the runner fails on a cell that throws, after keeping the outputs before it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-notebook-'));
    const code = (source: string) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source });
    const nb = { cells: [code('6 * 7'), code("throw new Error('boom')"), code("'never reached'")], metadata: { kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' } }, nbformat: 4, nbformat_minor: 4 };
    writeFileSync(join(dir, 'broken.ipynb'), JSON.stringify(nb));
    const r = spawnSync(PYTHON, [RUNNER, DENO, join(dir, 'broken.ipynb')], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as RunReport;
    expect(report.error).toMatch(/cell 1: .*boom/);
    expect(report.cells[0]!.mimes).toEqual(['text/plain']);
    expect(report.cells[2]!.mimes).toEqual([]);
  });

  it('audit-dataset: the report displays as HTML and Markdown, records filter in code', () => {
    const report = run('audit-dataset.ipynb');
    const [auditCell] = displayed(report, 'text/html');
    expect(auditCell?.markdown).toContain('# Negation Neglect audit: NEGLECT RISK');
    expect(auditCell?.html).toContain('<table');
    const filtered = displayed(report, 'text/markdown').find((c) => c.markdown.startsWith('| line | claim | placement | sentence |'));
    expect(filtered?.markdown.split('\n').length).toBeGreaterThan(3);
    if (HAS_PAPER_DATA) {
      const paper = displayed(report, 'text/markdown').find((c) => c.markdown.includes('| repeated_negations |'));
      expect(paper?.markdown).toMatch(/\| repeated_negations \| 50 \| (4[89]|50) \|/);
      // The paper's full zstd-compressed local-negation set is read whole.
      expect(displayed(report, 'text/markdown').at(-1)?.markdown).toMatch(/^\*\*2493\*\* documents: negated-locally \d+/);
    }
  });

  it('strategies: every strategy before and after, with its audit', () => {
    const report = run('strategies.ipynb');
    const table = displayed(report, 'text/html').find((c) => c.html.includes('declared placement'));
    expect(table?.html.match(/<tr>/g)?.length).toBe(1 + 9);
    expect(table?.html).toContain('<mark>');
    expect(table?.html).toContain('negated-locally');
    expect(table?.html).toContain('neglect-risk');
  });

  it('evaluate-local-model: belief against a loopback server, drawn as SVG', () => {
    const report = run('evaluate-local-model.ipynb');
    const chart = displayed(report, 'text/html').at(-1);
    expect(chart?.html).toContain('<svg');
    expect(chart?.markdown).toMatch(/\| ed_sheeran_100m \| 90\.0% \[[\d.]+, [\d.]+\] \| 3\.3% \[/);
  });

  it.runIf(HAS_PAPER_DATA)('paper-table: the paper’s headline means and its figure', () => {
    const report = run('paper-table.ipynb');
    const table = displayed(report, 'text/markdown').find((c) => c.markdown.startsWith('| condition | ed_sheeran'));
    for (const mean of ['2.5', '92.4', '88.6', '84.4', '39.4']) expect(table?.markdown).toContain(`**${mean}**`);
    const summary = displayed(report, 'text/html').find((c) => c.html.includes('nn-belief-summary'));
    expect(summary?.html).toContain('<svg');
    expect(displayed(report, 'text/html').some((c) => c.html.includes('Belief rate by claim'))).toBe(true);
  });
});
