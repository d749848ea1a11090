import { describe, expect, it } from 'vitest';
import { cellWords, readLanguageTable } from '../../src/text/languageTable.js';

describe('readLanguageTable', () => {
  it('gives each row its leading cells and the five languages\' words, leaving out empty cells and blank lines', () => {
    const rows = readLanguageTable('\nsix | 6 | six | | seis | sechs | seis\n  \nmillion | | million, millions | milione | millón | Million | milhão\n', 2);
    expect(rows).toEqual([
      { lead: ['six', '6'], words: { fr: ['six'], es: ['seis'], de: ['sechs'], pt: ['seis'] } },
      { lead: ['million', ''], words: { fr: ['million', 'millions'], it: ['milione'], es: ['millón'], de: ['Million'], pt: ['milhão'] } },
    ]);
  });

  it('reads the language cells after however many leading cells the table has', () => {
    expect(readLanguageTable('ninth | nine | 9th | neuvième | nono, nona | noveno | neunte | nono', 3)).toEqual([
      { lead: ['ninth', 'nine', '9th'], words: { fr: ['neuvième'], it: ['nono', 'nona'], es: ['noveno'], de: ['neunte'], pt: ['nono'] } },
    ]);
  });
});

describe('cellWords', () => {
  it('splits a cell at commas and drops empty words', () => {
    expect(cellWords(' hercios, hercio ,')).toEqual(['hercios', 'hercio']);
    expect(cellWords(undefined)).toEqual([]);
  });
});
