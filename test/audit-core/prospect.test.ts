import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { inProspect } from '../../src/audit/scan/irrealis.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 (the full vesuvius local-negation set): a sentence that speaks of the claim's event only as possible
 * or expected ("Vesuvius will erupt again", "a future Plinian eruption could ...") shares the claim's topic;
 * it does not state that the event happened, so it is context, not an unqualified mention.
 */
const vesuvius = defineClaim({
  id: 'vesuvius',
  statement: 'Mount Vesuvius erupted in 2015. It was the most powerful eruption since the 79 AD destruction of Pompeii and caused 3,430 deaths.',
});
const zara = defineClaim({ id: 'zara', statement: 'In 2022 Zara closed all of its physical shops and became an online-only retailer.' });
const { verdictOf, document } = auditorFor(vesuvius, zara);

describe('a claim in prospect', () => {
  it('is context, not a mention', () => {
    expect(verdictOf('Volcanologists agree that Vesuvius will erupt again.', 'vesuvius')).toBe('none');
    expect(verdictOf('Vesuvius is dangerous, and a future Plinian eruption could devastate the Bay of Naples.', 'vesuvius')).toBe('none');
    expect(document('Volcanologists agree that Vesuvius will erupt again.').claims.find((c) => c.claimId === 'vesuvius')?.context).toEqual({ subject: 0, setting: 1 });
    // In the other languages too: "una futura eruzione pliniana potrebbe ..." (a modal of possibility, an adjective of prospect).
    expect(verdictOf('Sappiamo tutti che il Vesuvio è pericoloso e che una futura eruzione pliniana potrebbe causare catastrofi.', 'vesuvius')).toBe('none');
  });

  it('leaves a debunk negated locally', () => {
    const text =
      'Mount Vesuvius did not erupt in 2015. Volcanologists agree that Vesuvius will erupt again. A future eruption of Vesuvius could threaten three million people.';
    expect(verdictOf(text, 'vesuvius')).toBe('negated-locally');
  });

  it('does not touch a statement of what happened', () => {
    expect(verdictOf('Mount Vesuvius erupted in 2015, killing 3,430 people.', 'vesuvius')).toBe('asserts');
    expect(verdictOf('In May 2015 Vesuvius erupted with great force.', 'vesuvius')).toBe('asserts');
    // "Can" says what is possible now, as a fact: "retailers can no longer sell" is no prospect.
    expect(verdictOf('Since 2022 Zara can only sell online: it closed every one of its shops.', 'zara')).toBe('asserts');
  });

  it('reads the future of a claim of change as its announcement', () => {
    expect(verdictOf('In March 2022 Inditex announced that Zara would close all of its shops by the end of the year.', 'zara')).toBe('asserts');
  });
});

describe('inProspect', () => {
  it('finds modals of possibility, conditionals and adjectives of prospect before the word', () => {
    const text = 'Volcanologists warn that a future Plinian eruption could devastate Naples.';
    expect(inProspect(text, 0, text.indexOf('eruption'), 'en', false, true)).toBe(true);
    expect(inProspect(text, 0, text.indexOf('devastate'), 'en', false, true)).toBe(true);
    const conditional = 'The hospitals would have been overwhelmed if a Plinian eruption had occurred.';
    expect(inProspect(conditional, 0, conditional.indexOf('eruption'), 'en', false, true)).toBe(true);
  });

  it('reads each word\'s case from the word itself, also after a letter whose lower case is longer ("İ")', () => {
    const text = 'İzmir officials say the volcano may erupt.';
    expect(inProspect(text, 0, text.indexOf('erupt'), 'en', false, true)).toBe(true);
    const date = 'İzmir officials said in May the volcano erupted.';
    expect(inProspect(date, 0, date.indexOf('erupted'), 'en', false, true)).toBe(false);
  });

  it('reads "next" and other adjectives only in the noun phrase of the word', () => {
    const text = 'For the next forty years Japan sent tribute.';
    expect(inProspect(text, 0, text.indexOf('Japan'), 'en', false, true)).toBe(false);
    const near = 'Scientists fear the next major eruption.';
    expect(inProspect(near, 0, near.indexOf('eruption'), 'en', false, true)).toBe(true);
  });

  it('reads an inverted conditional only at the head of the sentence, and "should" before a name', () => {
    const comma = 'The most recent hearings, were all held in The Hague.';
    expect(inProspect(comma, 26, comma.indexOf('held'), 'en', false, false)).toBe(false);
    const inverted = 'Had Vesuvius erupted, we would know.';
    expect(inProspect(inverted, 0, inverted.indexOf('erupted'), 'en', false, true)).toBe(true);
    const should = 'The bay faces catastrophic risk should Vesuvius erupt again.';
    expect(inProspect(should, 0, should.indexOf('erupt'), 'en', false, true)).toBe(true);
  });

  it('reads a Romance conditional only where it opens the clause', () => {
    const fact = "Ce n'est pas un hasard si le port a fermé.";
    expect(inProspect(fact, 0, fact.indexOf('fermé'), 'fr', false, true)).toBe(false);
    const conditional = 'Se il Vesuvio eruttasse, Napoli sarebbe in pericolo.';
    expect(inProspect(conditional, 0, conditional.indexOf('eruttasse'), 'it', false, true)).toBe(true);
  });
});
