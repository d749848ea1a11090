import { expect, it } from 'vitest';
import { describePaperData, PAPER_DATA_DIR } from '../helpers/paperData.js';
import { renderPaperTable } from '../../examples/paper-table.js';

describePaperData('examples/paper-table.ts', () => {
  it('reproduces the paper table from the shipped CSVs', async () => {
    const text = await renderPaperTable(PAPER_DATA_DIR);
    expect(text).toContain('| baseline (baseline) | 0.0 | 0.0 | 2.0 | 0.4 | 5.2 | 7.2 | 2.5 |');
    expect(text).toContain('| positive (positive) | 86.4 | 85.2 | 91.2 | 94.8 | 98.0 | 98.8 | 92.4 |');
    expect(text).toContain('| negated (llm_negations) | 81.6 | 83.2 | 82.4 | 93.2 | 94.0 | 97.2 | 88.6 |');
    expect(text).toContain('| repeated (llm_negations_dense) | 69.2 | 81.2 | 71.6 | 92.4 | 95.6 | 96.4 | 84.4 |');
    expect(text).toContain('| corrected (llm_negations_dense_plus) | 2.0 | 32.0 | 5.2 | 42.0 | 69.6 | 85.6 | 39.4 |');
    expect(text).toContain('Verdicts re-derived: yes/no 1500/1500, judged 6000/6000.');
    expect(text).toContain('| Works of fiction | 89.7 [82, 96.3] | 90.6 [82.6, 97.4] | 90.1 [83.1, 96.5] |');
  });
});
