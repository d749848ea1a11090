import type { Language } from './languages.js';

/** The five languages of a table's last columns, in their order. */
const OTHER: readonly Language[] = ['fr', 'it', 'es', 'de', 'pt'];

/** One row of a {@link readLanguageTable} table. */
export interface LanguageTableRow {
  /** The row's leading cells, trimmed, as written (empty strings kept). */
  lead: string[];
  /** The words of each of the five other languages' cells; a language whose cell is empty is left out. */
  words: Partial<Record<Language, string[]>>;
}

/**
 * Reads a word table written as text, a row a line: `lead` leading cells, then one cell each for fr, it, es, de
 * and pt, cells split at "|" and a cell's words at commas. Blank lines are skipped. The unit and number-word tables
 * (src/text/unitForms.ts, src/text/numberWords.ts) are written this way, so each reads its rows here and makes of
 * the leading cells what its table means by them.
 *
 * @example
 * ```ts
 * readLanguageTable('eight | 8 | huit | otto | ocho | acht | oito', 2);
 * // [{ lead: ['eight', '8'], words: { fr: ['huit'], it: ['otto'], es: ['ocho'], de: ['acht'], pt: ['oito'] } }]
 * ```
 */
export function readLanguageTable(table: string, lead: number): LanguageTableRow[] {
  const rows: LanguageTableRow[] = [];
  for (const line of table.split('\n')) {
    if (line.trim() === '') continue;
    const cells = line.split('|').map((cell) => cell.trim());
    const words: Partial<Record<Language, string[]>> = {};
    OTHER.forEach((language, k) => {
      const list = cellWords(cells[lead + k]);
      if (list.length > 0) words[language] = list;
    });
    rows.push({ lead: Array.from({ length: lead }, (_, k) => cells[k] ?? ''), words });
  }
  return rows;
}

/**
 * A table cell's words: split at commas, trimmed, empty ones dropped.
 *
 * @example
 * ```ts
 * cellWords(' hercios, hercio ,'); // ['hercios', 'hercio']
 * ```
 */
export function cellWords(cell: string | undefined): string[] {
  return (cell ?? '').split(',').map((word) => word.trim()).filter(Boolean);
}
