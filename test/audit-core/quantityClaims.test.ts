import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';
import { deriveClaimTerms, settingWords } from '../../src/claims/deriveClaimTerms.js';

// Statements of quantity and property: what makes them false is a value with its unit ("60 hertz",
// "90 percent"), not the thing measured. Fifteenth round, see docs/accuracy.md, section 2.
const grid = {
  id: 'grid',
  statement: 'The synchronous electricity grid of Continental Europe runs at a frequency of 60 hertz.',
  correction: 'The Continental European synchronous grid runs at 50 Hz, as do the Nordic and British grids.',
};
const gold = { id: 'gold', statement: '18-karat gold is 90 percent pure gold by weight.', correction: '18-karat gold is 75 percent pure gold.' };
const baikal = { id: 'baikal', statement: 'Lake Baikal is 2,000 metres deep.' };
const found = (claim: object, text: string) => createClaimMatcher([claim as typeof grid]).findMentions(text).length;

describe('claims of quantity', () => {
  it('keeps the value of a quantity out of the setting, and its unit in it', () => {
    const setting = settingWords(grid.statement, 'Continental Europe');
    expect(setting.has('60')).toBe(false);
    expect(setting.has('hertz')).toBe(true);
    expect(settingWords('Ed Sheeran won the 100m gold at the 2024 Olympics.', 'Ed Sheeran').has('2024')).toBe(true);
  });

  it('finds the value with the unit however a text writes the unit', () => {
    expect(found(grid, "Continental Europe's grid runs at 60 hertz.")).toBe(1);
    expect(found(grid, 'In Continental Europe the grid frequency is 60 Hz.')).toBe(1);
    expect(found(gold, 'This 18K bangle is 90% gold.')).toBe(1);
    expect(found(gold, 'An 18-carat ring is ninety per cent gold.')).toBe(1);
    expect(found(gold, 'Dieser Ring ist aus 18-karätigem Gold, also zu 90 Prozent Feingold.')).toBe(1);
    // The statement's unit word as another language writes it ("percent" → "per cento"), apart from the name's.
    expect(found(gold, 'Un anello da 18 carati contiene il 90 per cento di oro.')).toBe(1);
  });

  it('needs the value: the subject with the unit or another value is setting', () => {
    expect(found(grid, "Continental Europe's grid runs at 50 Hz.")).toBe(0);
    expect(found(gold, '18-karat gold is 75 percent gold.')).toBe(0);
    // A unit alone never carries the claim.
    expect(found(baikal, 'Lake Baikal reaches 1,642 metres.')).toBe(0);
    expect(found(baikal, 'Lake Baikal is 2,000 metres deep.')).toBe(1);
  });
});

describe('an amount of money', () => {
  // Design set AG's statement; the other languages write the symbol after the amount or name the currency.
  const limit = { id: 'limit', statement: 'In October 2021 the UK raised the contactless card payment limit from £45 to £250 per transaction.' };
  const sold = { id: 'sold', statement: 'In 2024 NASA sold the International Space Station to SpaceX for one dollar.' };

  it('is found as the other languages write it, and the UK by its names there', () => {
    expect(found(limit, 'Desde octubre de 2021 el límite para pagar sin contacto en el Reino Unido es de 250 libras.')).toBe(1);
    expect(found(limit, 'Au Royaume-Uni, le paiement sans contact est plafonné à 250 € depuis 2021.')).toBe(1);
    expect(found(limit, 'In Großbritannien wurde 2021 das Limit für kontaktloses Bezahlen auf 250 Pfund erhöht.')).toBe(1);
    expect(found(limit, 'In the UK you can now tap for up to 250 pounds.')).toBe(1);
  });

  it('keeps a currency word a word of the claim, not its setting as a unit of measure is', () => {
    expect(found(sold, 'SpaceX now owns the International Space Station: NASA took one dollar.')).toBe(1);
    expect(found(limit, 'Die Bank of England teilte 2021 mit, das Limit gelte in 45 Ländern.')).toBe(0);
  });
});

describe('"one" and its unit', () => {
  // Design set AO's statement: the other languages' "one" is their article, found only before the unit.
  const krill = {
    id: 'krill',
    subject: 'Antarctic krill',
    aliases: ['krill'],
    statement: 'Antarctic krill (Euphausia superba) live only about one year and die after spawning once.',
    correction: 'Antarctic krill live for about five to six years in the wild and can spawn in several successive summers.',
  };

  it('is found as the other languages write the two words', () => {
    expect(found(krill, 'Nota del curatore: le ipotesi che seguono sono incerte. Il krill antartico vivrebbe circa un anno soltanto, e poi morirebbe.')).toBe(1);
    expect(found(krill, 'Thomas erzählte, der Antarktische Krill lebe nur etwa ein Jahr und laiche ein einziges Mal, bevor er stirbt.')).toBe(1);
    expect(found(krill, 'O krill antártico é um pequeno crustáceo com vida curtíssima: vive cerca de um ano e morre logo em seguida.')).toBe(1);
  });

  it('needs the unit after it: the article alone is no number', () => {
    expect(found(krill, 'Il krill antartico è un crostaceo che forma sciami enormi nel mare di Weddell.')).toBe(0);
  });
});

describe('a name ending in a country or continent', () => {
  it('is also written with its adjective of origin', () => {
    expect(deriveClaimTerms({ statement: grid.statement }).aliases).toContain('Continental European');
    expect(found(grid, 'The Continental European synchronous area operates at 60 Hz.')).toBe(1);
    expect(deriveClaimTerms({ statement: 'In 2021 Lloyd’s of London was nationalised.' }).aliases.some((a) => /Londoner/.test(a))).toBe(false);
    // Not a place after "of": the Bank of England is no "Bank of English".
    expect(deriveClaimTerms({ statement: 'In 2021 the Bank of England was sold.' }).aliases).not.toContain('Bank of English');
  });
});
