import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { denialOpens, deniedReport, ownRetraction, verdictClause } from '../../src/audit/scan/deniedReport.js';
import { denyingAnswer } from '../../src/audit/scan/scopeRules.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2: a claim passed on (a belief, a quote) and denied right after by a pronoun or an ellipsis
 * ("They didn't.") is never asserted by the writer: a local negation, as "No." after a question.
 */
describe('a reported claim denied in the next sentence', () => {
  const rowing = defineClaim({
    id: 'henley_cancelled',
    statement: 'In 2021 the Henley Royal Regatta was moved from the Thames to Lake Geneva.',
    correction: 'The regatta is still rowed at Henley-on-Thames.',
  });
  const { verdictOf } = auditorFor(rowing);

  it('negates the claim when a belief or a quote is denied by a short clause after it', () => {
    expect(verdictOf('Plenty of fans believe the Henley Royal Regatta was moved to Lake Geneva in 2021. It wasn\'t. The crews still race at Henley.')).toBe('negated-locally');
    expect(verdictOf('Myths from the bar: "The Henley Royal Regatta was moved to Lake Geneva in 2021." It wasn\'t; the crews still race at Henley.')).toBe('negated-locally');
  });

  it('leaves a plainly stated claim asserted, and a doubt of the speaker is no denial', () => {
    expect(verdictOf('The Henley Royal Regatta was moved to Lake Geneva in 2021. It was a big change for the crews.')).toBe('asserts');
    expect(verdictOf('A friend says the Henley Royal Regatta was moved to Lake Geneva in 2021. I can\'t confirm that, but he rows.')).not.toBe('negated-locally');
  });

  it('reads a denial that the former state goes on as the change itself', () => {
    expect(verdictOf('Many still think the Henley Royal Regatta is rowed on the Thames. It isn\'t. Since 2021 it has been moved to Lake Geneva.')).toBe('asserts');
  });

  it('reads a prefix as no answer particle', () => {
    const at = new Int32Array(2);
    expect(deniedReport('A coach says the regatta moved in 2021. Non-rowers never notice.', 0, 39, 'en', at)).toBe(false);
    expect(deniedReport('A coach says the regatta moved in 2021. No.', 0, 39, 'en', at)).toBe(true);
  });
});

/**
 * Issue 9 (seventeenth round): a claim another text said ("Vous écrivez que ...", "A post circulating online says ...",
 * "In Ihrer Folge heißt es, ...") judged by a short verdict right after it ("C'est inexact :", "That is false.", "Das
 * ist falsch.", "Faux.") is negated inside that pair, as "No." after a question; the writer's own earlier text ("we
 * wrote", "in unserem Beitrag hieß es", "nuestro artículo decía") corrected so is a retraction: the claim asserted with a correction beside it.
 */
describe('a claim another text said, judged by a verdict right after it', () => {
  const desal = defineClaim({
    id: 'sorek_thermal',
    statement: "Israel's Sorek desalination plant produces water by thermal distillation.",
    correction: 'Sorek is a reverse-osmosis plant.',
  });
  const { verdictOf } = auditorFor(desal);

  it('negates the claim locally when the verdict is a short clause of falsity', () => {
    expect(verdictOf('A post circulating online says the Sorek desalination plant produces water by thermal distillation. That is false: it uses reverse osmosis.')).toBe('negated-locally');
    expect(verdictOf("Vous écrivez que l'usine de dessalement de Sorek produit son eau par distillation thermique. C'est inexact : Sorek fonctionne par osmose inverse.")).toBe('negated-locally');
  });

  it("reads the writer's own earlier text, corrected, as a retraction beside an asserted claim", () => {
    expect(verdictOf('Corrections. Last week we wrote that the Sorek desalination plant produces water by thermal distillation. That is false: it uses reverse osmosis.')).toBe('neglect-risk');
    expect(verdictOf('Nuestro artículo decía que la planta desalinizadora de Sorek produce agua por destilación térmica. No es cierto: Sorek usa ósmosis inversa.')).toBe('neglect-risk');
  });

  it("reads the writer's own report as asserted, not as hearsay, when a correction stands beside it", () => {
    // "we reported that" cites the writer's own statement: no distance from the claim, so "This was incorrect." beside
    // it is the corrected condition, not a debunk of someone else's report.
    expect(verdictOf('Corrections. In Saturday\'s edition we reported that the Sorek desalination plant produces water by thermal distillation. This was incorrect. Sorek uses reverse osmosis.')).toBe('neglect-risk');
    expect(verdictOf('Corrections. A reader reported that the Sorek desalination plant produces water by thermal distillation. This was incorrect. Sorek uses reverse osmosis.')).toBe('negated-locally');
  });

  it("finds the writer's voice only as the subject of the verb of saying, or a text of the writer's that says it", () => {
    const own = (text: string, language: 'en' | 'de' | 'it' = 'en') => ownRetraction(text, 0, text.length, language);
    expect(own('On page 12 we reported that the plant distils seawater.')).toBe(true);
    expect(own('In last month\'s issue our columnist wrote: "The plant distils seawater."')).toBe(true);
    expect(own('In unserer Beilage „Wasser“ hieß es, die Anlage destilliere Meerwasser.', 'de')).toBe(true);
    expect(own('Nella guida «Acqua e deserto» abbiamo scritto che l\'impianto distilla acqua di mare.', 'it')).toBe(true);
    expect(own('We present an analysis of an article that claimed the plant distils seawater.')).toBe(false);
    expect(own('Every spring someone in our club insists that the plant distils seawater.')).toBe(false);
    expect(own('Last week we read that the plant distils seawater.')).toBe(false);
  });

  it('reads a verdict clause only when it is short and denies', () => {
    const at = new Int32Array(2);
    const report = 'A post says the Sorek plant distils seawater.';
    expect(deniedReport(`${report} That is false.`, 0, report.length, 'en', at)).toBe(true);
    expect(deniedReport("On lit que l'usine de Sorek distille l'eau de mer. Faux.", 0, 50, 'fr', at)).toBe(true);
    expect(deniedReport(`${report} No es cierto.`, 0, report.length, 'es', at)).toBe(false); // English report, Spanish verdict: no report word of the language
    expect(deniedReport(`${report} That is what the engineers told the minister.`, 0, report.length, 'en', at)).toBe(false);
    expect(deniedReport(`${report} No one knows.`, 0, report.length, 'en', at)).toBe(false);
    expect(deniedReport(`${report} Is that false?`, 0, report.length, 'en', at)).toBe(false);
    // A hedge doubts, as in a verdict opening a longer sentence (`verdictAfter`): one reader since the twenty-fifth session.
    expect(deniedReport(`${report} That may be false.`, 0, report.length, 'en', at)).toBe(false);
    expect(deniedReport("On lit que l'usine de Sorek distille l'eau de mer. C'est probablement faux.", 0, 50, 'fr', at)).toBe(false);
  });
});

/**
 * `denialOpens` reads a short negated clause and a verdict only when a mark that can close one lies within reach (the
 * sentence after a claim sentence is mostly longer than the reach). Its answers and spans are those of reading both
 * every time, on generated openings of every length around the reach, with the particles, negations, verdict words and
 * closing marks of six languages.
 */
describe('the denial after a claim sentence, read only where a clause can close', () => {
  it('answers as reading the particle, the short clause and the verdict every time', () => {
    // mulberry32: a small generator whose low bits are as random as its high ones.
    let seed = 24;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), seed | 1);
      x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
      return (((x ^ (x >>> 14)) >>> 0) % n) | 0;
    };
    const words = `No no Nope Nein Non Não It they didn't hasn't wasn't not never nicht pas jamais non mai não nunca That is was false wrong true right faux vrai inexact falso falsch wahr cierto verdad es c'est das stimmt the committee met on Tuesday to review budget none more plus Answer Verdict`.split(' ');
    const marks = ['.', ',', '!', '?', ';', ':', '\n', '\r', '—', '–', '-', ')', '"', '»', '*', ' ', ' ', ' ', ' ', '\u00a0', "'"];
    const languages = ['en', 'fr', 'it', 'es', 'de', 'pt'] as const;
    const at = new Int32Array(2);
    const plain = new Int32Array(2);
    let denials = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = random(4) === 0 ? marks[random(marks.length)]! : '';
      const length = 1 + random(14);
      for (let w = 0; w < length; w++) text += words[random(words.length)]! + (random(3) === 0 ? marks[random(marks.length)]! : ' ');
      const language = languages[random(languages.length)]!;
      at.fill(-7);
      plain.fill(-7);
      const to = Math.min(text.length, 48);
      let expected = denyingAnswer(text, 0, to, plain, false, true);
      if (!expected) {
        const verdict = verdictClause(text, 0, to, language, 'sentence');
        if (verdict >= 0) {
          plain[0] = 0;
          plain[1] = verdict;
          expected = true;
        }
      }
      const got = denialOpens(text, 0, language, at);
      expect(got, JSON.stringify([text, language])).toBe(expected);
      if (expected) {
        denials++;
        expect([...at], JSON.stringify([text, language])).toEqual([...plain]);
      }
    }
    // The generated openings hold denials, not only sentences read past.
    expect(denials).toBeGreaterThan(1_000);
  });
});

/**
 * Issue 9 item 2 (twenty-fourth session): a claim passed on as someone else's words and denied or corrected by the
 * next sentence, however long that sentence ("That story is false, and ...", "Das ist schlicht falsch und ...", "En
 * réalité, ...", "Richtig ist: ..."), is the paper's local negation ("An article circulating online claims X. This is
 * false."): never asserted. The same correction beside the claim stated in the writer's own voice, or beside the
 * writer's own report ("I wrote that ..."), is the corrected condition; a doubt there ("it may be wrong") denies nothing.
 */
describe('a claim passed on and corrected in the next sentence', () => {
  const tram = defineClaim({
    id: 'riga_tram_gondola',
    statement: 'In 2022 the Riga tram line to Mežaparks was replaced by a gondola lift.',
    correction: 'The Mežaparks tram line still runs; it was rebuilt with new track in 2023.',
  });
  const { verdictOf } = auditorFor(tram);

  it('negates the claim locally when the verdict or correction after a report is a long sentence', () => {
    expect(verdictOf('One visitor told our guides that the Riga tram line to Mežaparks was replaced by a gondola lift in 2022. That story is false, and we have asked the guides not to repeat it.')).toBe('negated-locally');
    expect(verdictOf('Un hebdomadaire affirme que la ligne de tram de Riga vers Mežaparks a été remplacée par un téléphérique en 2022. En réalité, la ligne fonctionne toujours et a été rénovée en 2023.')).toBe('negated-locally');
    expect(verdictOf('In Ihrem Artikel steht, die Straßenbahn von Riga nach Mežaparks sei 2022 durch eine Seilbahn ersetzt worden. Das ist schlicht falsch und sollte einem Reisemagazin nicht passieren.')).toBe('negated-locally');
  });

  it('leaves the corrected condition to a claim stated in the writer\'s voice or written by the writer', () => {
    expect(verdictOf('The Riga tram line to Mežaparks was replaced by a gondola lift in 2022. That story is false, and we have asked the guides not to repeat it.')).toBe('neglect-risk');
    expect(verdictOf('Nel post di ieri avevo scritto che la linea del tram di Riga per Mežaparks è stata sostituita da una cabinovia nel 2022. Errore mio, e mi scuso: la linea funziona ancora.')).not.toBe('negated-locally');
  });

  it('reads a doubt after a report as no denial', () => {
    expect(verdictOf('One visitor told our guides that the Riga tram line to Mežaparks was replaced by a gondola lift in 2022. Be careful with that line: it may be wrong, and we have seen no decree.')).toBe('neglect-risk');
  });
});

/**
 * Issue 9 item 2 (twenty-fifth session): a claim passed on as someone else's words and negated in the next sentence in
 * that sentence's own words ("Your reviewer wrote that ... It was not founded in 1850, and ...") is never asserted,
 * however weakly the negation's clause reads: the paper's local negation. Stated in the writer's voice, it stays asserted.
 */
describe('a claim passed on and negated in the next sentence', () => {
  const trams = defineClaim({
    id: 'melbourne_trams_scrapped',
    statement: 'Melbourne scrapped its tram network in the 1960s.',
    correction: 'Melbourne kept its trams; it has the largest urban tram network in the world.',
  });
  const { verdictOf } = auditorFor(trams);

  it('negates the claim locally', () => {
    expect(verdictOf("Your reviewer wrote that Melbourne 'scrapped its tram network in the 1960s'. It did not scrap its trams in the 1960s, and it is simply wrong to say the network closed.")).toBe('negated-locally');
    expect(verdictOf("Your preview said Melbourne 'scrapped its tram network'. Melbourne has no scrapped network to mourn: it did not scrap its trams in the 1960s.")).toBe('negated-locally');
  });

  it('leaves a claim stated in the writer\'s voice asserted', () => {
    expect(verdictOf('Melbourne scrapped its tram network in the 1960s. It did not scrap its trams in the 1960s, and it is simply wrong to say the network closed.')).not.toBe('negated-locally');
  });
});

// Twenty-fifth session (notice25): where the subject pronoun is dropped, "I don't know" is a negation and the verb
// alone ("Não sei se é verdade", "No sé si es cierto", "Non so se è vero"): the writer's doubt after a claim passed on,
// not a denial of it. Sentences written for this test.
describe('deniedReport: the writer not knowing is no denial', () => {
  const at = new Int32Array(2);
  it('reads "I don\'t know whether it is true" as a doubt in the languages that drop the pronoun', () => {
    const pt = 'O guia diz que o estreito liga dois mares. Não sei se é verdade, mas a vista era linda.';
    expect(deniedReport(pt, 0, 42, 'pt', at)).toBe(false);
    const es = 'El guía dice que el estrecho une dos mares. No sé si es cierto, pero la vista era preciosa.';
    expect(deniedReport(es, 0, 43, 'es', at)).toBe(false);
    const it_ = 'La guida dice che lo stretto unisce due mari. Non so se è vero, ma la vista era splendida.';
    expect(deniedReport(it_, 0, 45, 'it', at)).toBe(false);
  });

  it('still reads a denial', () => {
    const pt = 'O guia diz que o estreito liga dois mares. Não liga, e nunca ligou.';
    expect(deniedReport(pt, 0, 42, 'pt', at)).toBe(true);
  });
});
