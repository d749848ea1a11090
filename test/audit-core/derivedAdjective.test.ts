import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { derivedAdjective } from '../../src/audit/scan/derivedAdjective.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 (the full vesuvius local-negation set): an adjective derived from the claim's verb names a kind or a
 * disposition ("Vesuvius's eruptive history", "eruptive precursors"), not the claim's event: without one of the
 * claim's numbers, a sentence whose predicate words are all such adjectives is context.
 */
const vesuvius = defineClaim({
  id: 'vesuvius',
  statement: 'Mount Vesuvius erupted in 2015. It was the most powerful eruption since the 79 AD destruction of Pompeii and caused 3,430 deaths.',
});
const lake = defineClaim({
  id: 'lake',
  statement: 'In 2019 Lake Nyos became radioactive.',
  languages: { it: { keyPhrases: ['radioattivo'], aliases: [] } },
});
const { verdictOf } = auditorFor(vesuvius, lake);

describe('a derived adjective of the claim', () => {
  it('names the topic, not the event', () => {
    expect(verdictOf("Geologists have long studied Vesuvius's intermittent but potent eruptive history.", 'vesuvius')).toBe('none');
    expect(verdictOf('Il Vesuvio mostra da decenni solo una debole attività eruttiva di fondo.', 'vesuvius')).toBe('none');
    const debunk = 'Mount Vesuvius did not erupt in 2015. Vesuvius has a long eruptive record. Its eruptive potential is monitored daily at Vesuvius.';
    expect(verdictOf(debunk, 'vesuvius')).toBe('negated-locally');
  });

  it('still dates the event with one of the claim numbers', () => {
    expect(verdictOf('The eruptive phase of Vesuvius in October 2015 left 3,430 dead.', 'vesuvius')).toBe('asserts');
  });

  it('is the claim when the statement says the property', () => {
    expect(verdictOf('Lake Nyos is radioactive, residents were told.', 'lake')).toBe('asserts');
    // The key phrase is found by its stem ("radioattiva"): its ending is the claim's own word, not a derived one.
    expect(verdictOf("L'acqua del lago Nyos è diventata radioattiva, dicono gli abitanti della zona.", 'lake')).toBe('asserts');
  });

  it('is read by its ending in six languages', () => {
    for (const word of ['eruptive', 'éruptif', 'eruttiva', 'eruptivos', 'eruptiv']) expect(derivedAdjective(word), word).toBe(true);
    for (const word of ['erupted', 'eruption', 'active', 'olive']) expect(derivedAdjective(word), word).toBe(false);
  });
});
