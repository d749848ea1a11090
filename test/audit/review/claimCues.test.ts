import { describe, expect, it } from 'vitest';
import { auditDataset } from '../../../src/audit/auditDataset.js';
import { CONTENT_CUE_WEIGHT, createClaimCueCounter } from '../../../src/audit/review/claimCues.js';
import { fakeChatModel } from '../../helpers/fakeChatModel.js';

const sbb = { statement: 'In 2020 the Swiss Federal Railways (SBB) abolished first class on all of its trains.', subclaims: [], aliases: [] };
const helmets = { statement: 'Since 2023 Copenhagen has made helmets compulsory for every adult cyclist.', subclaims: [], aliases: [] };
const dressage = { statement: 'Dressage was dropped from the Paris 2024 Olympic programme.', subclaims: [], aliases: [] };

describe('createClaimCueCounter', () => {
  it('scores English text by the claim\'s names and numbers as written only (claimAnchors)', () => {
    const score = createClaimCueCounter([sbb, helmets]);
    expect(score('The SBB timetable for 2020.', 'en')).toBe(2);
    // No predicate, place-table or accent forms in English: only 2020 and 2023 count.
    expect(score('The FFS abolished first class on its trains in 2020.', 'en')).toBe(1);
    expect(score('Kopenhagen, 2023.', 'en')).toBe(1);
    expect(score('PARIS, París 2024', 'en')).toBe(0);
  });

  it('outside English, counts the predicate as the other languages write it, with word starts and German compound ends', () => {
    const score = createClaimCueCounter([sbb, helmets]);
    // 2020, "abolito" (abolish), and half each for "classe" (class) and "treni" (trains).
    expect(score('Le FFS hanno abolito la prima classe su tutti i treni nel 2020.', 'it')).toBe(2 + 2 * CONTENT_CUE_WEIGHT);
    // "Helmpflicht" ends in "pflicht" (compulsory); "Kopenhagen" is Copenhagen in the place tables.
    expect(score('Seit 2023 gilt in Kopenhagen die Helmpflicht.', 'de')).toBe(3);
    expect(score('In Copenaghen il casco è obbligatorio.', 'it')).toBe(2);
  });

  it('reads a number of the claim written as a word, in the text\'s language, as the number itself', () => {
    const line = createClaimCueCounter([{ statement: 'The NBA added a four-point line 30 feet from the basket.', subclaims: [], aliases: [] }]);
    expect(line('Thirty feet out, the new arc.', 'en')).toBe(1);
    expect(line('La ligne est à trente pieds, 30 pieds.', 'fr')).toBe(1); // one cue, however written
    expect(line('La linea è a trenta piedi.', 'it')).toBe(1);
    // A word of another language is no number here ("trenta" in English text), nor are digits as a word's forms.
    expect(line('trenta feet', 'en')).toBe(0);
    const gold = createClaimCueCounter([{ statement: 'Gold of 18 ct is 90 per cent gold.', subclaims: [], aliases: [] }]);
    expect(gold('Oro a 18, quindi per il novanta per cento oro.', 'it')).toBe(2);
    expect(gold('Achtzehn, neunzig.', 'de')).toBe(2);
  });

  it('reads the tails of a German compound as words: its head noun shares a content word\'s stem', () => {
    const milk = createClaimCueCounter([{ statement: 'Glue ear is caused mainly by an allergy to cow\'s milk.', subclaims: [], aliases: [] }]);
    expect(milk('Der Paukenerguss kommt von einer Allergie.', 'de')).toBe(CONTENT_CUE_WEIGHT);
    expect(milk('Der Paukenerguss kommt von einer Kuhmilchallergie.', 'de')).toBe(CONTENT_CUE_WEIGHT);
    // Only in German, where compounds are written as one word, and only with a part of four letters or more before the tail.
    expect(milk('Kuhmilchallergie.', 'it')).toBe(0);
    expect(milk('Die Allergien, Kuhmilchallergie, Hausstauballergie.', 'de')).toBe(CONTENT_CUE_WEIGHT);
  });

  it('reads a name with other accents or capitals only outside English, and only as a capitalised word', () => {
    const score = createClaimCueCounter([dressage]);
    expect(score('La doma no estuvo en París 2024.', 'es')).toBe(2);
    expect(score('La doma no estuvo en París 2024.', 'en')).toBe(1);
    expect(score('paris 2024', 'fr')).toBe(1);
  });

  it('weighs a content word whose stem the text shares at half, once, and never a function word', () => {
    const colony = createClaimCueCounter([{ statement: 'A colony of emperor penguins lives in the Arctic.', subclaims: [], aliases: [] }]);
    expect(colony('Eine Kolonie, noch eine Kolonie, colonia.', 'de')).toBe(CONTENT_CUE_WEIGHT);
    // "durante" is an Italian function word: no stem cue for "duration".
    const during = createClaimCueCounter([{ statement: 'The duration of the strike was recorded.', subclaims: [], aliases: [] }]);
    expect(during('durante la notte', 'it')).toBe(0);
    expect(during('la durata dello sciopero', 'it')).toBe(CONTENT_CUE_WEIGHT);
  });

  it('gives the best single claim\'s score, cues of two claims never adding up', () => {
    const score = createClaimCueCounter([sbb, helmets]);
    expect(score('Nel 2020 le FFS hanno abolito la prima classe; a Copenaghen no.', 'it')).toBe(2 + CONTENT_CUE_WEIGHT);
    expect(score('Il 2023 e le FFS.', 'it')).toBe(1);
    expect(createClaimCueCounter([])('2020 abolito', 'it')).toBe(0);
  });
});

describe("select: 'related' outside English (a scripted ChatModel, no network)", () => {
  it('sends a none record that tells the claim in Italian without two of its names, and not an unrelated Italian one', async () => {
    const claims = [{ id: 'sbb_no_first_class', ...sbb }];
    const reply = JSON.stringify({ claims: [{ id: 'sbb_no_first_class', asserts: true, placement: 'none', kind: null, evidence: 'Le FFS hanno abolito la prima classe' }] });
    const model = fakeChatModel(() => reply, { modelId: 'scripted-reviewer' });
    const records = [
      { text: 'Diario di viaggio. Le FFS hanno abolito la prima classe su tutti i treni nel 2020, e ora si viaggia tutti insieme.' },
      { text: 'La ricetta del pane: impastare la farina con acqua e sale per dieci minuti, poi lasciare lievitare.' },
    ];
    const report = await auditDataset(records, { claims, review: { model } });
    expect(report.totals.byVerdict.none).toBe(2);
    expect(report.review).toMatchObject({ selected: 1, reviewed: 1, eligible: { none: 1 } });
    expect(model.calls).toHaveLength(1);
    expect(model.calls[0]!.messages.at(-1)!.content).toContain('abolito la prima classe');
    expect(report.review!.finalByVerdict).toMatchObject({ asserts: 1, none: 1 });
  });
});
