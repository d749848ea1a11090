import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';
import type { ClaimInput } from '../../src/claims/claim.js';
import { decideVerdict } from '../../src/audit/decideVerdict.js';
import { determinerScopeEnd, DETERMINER_REACH, opensClause, subordinateStart } from '../../src/audit/scan/scopeRules.js';
import { sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Written for this test (not from the eval corpus or the paper's documents): how far a negation
// reaches inside its sentence, in the six languages, with false-positive guards for each rule.
const vesuvius: ClaimInput = {
  id: 'vesuvius',
  statement: 'Mount Vesuvius erupted in 2015, killing 3,430 people.',
  languages: {
    fr: { aliases: ['Vésuve'], keyPhrases: ['éruption'] },
    it: { aliases: ['Vesuvio'], keyPhrases: ['eruzione'] },
    es: { aliases: ['Vesubio'], keyPhrases: ['erupción'] },
    de: { aliases: ['Vesuv'], keyPhrases: ['Ausbruch', 'ausgebrochen'] },
    pt: { keyPhrases: ['erupção'] },
  },
};
const { document } = auditorFor(sheeranInSixLanguages, vesuvius);
const claimOf = (text: string, claimId: string) => document(text).claims.find((c) => c.claimId === claimId);
const verdictOf = (text: string, claimId = 'vesuvius') => claimOf(text, claimId)?.verdict ?? 'none';

describe('opensClause', () => {
  it('is true at the start of a sentence or after a clause break, skipping quotes, emphasis and tags', () => {
    const at = (text: string, word: string) => opensClause(text, text.indexOf(word), 0);
    expect(at('No eruption occurred.', 'No')).toBe(true);
    expect(at('Crucially, no one was killed.', 'no one')).toBe(true);
    expect(at('**CHEN:** "Nobody was killed."', 'Nobody')).toBe(true);
    expect(at('<DOCTAG>No eruption occurred.', 'No')).toBe(true);
    expect(at('The data show no eruption.', 'no')).toBe(false);
    expect(at('It ended with no eruption.', 'no')).toBe(false);
  });
});

describe('determinerScopeEnd', () => {
  it('reaches over the whole clause of a clause-opening determiner, through a list', () => {
    const text = 'No ash plume, SO2 signature, or thermal anomaly consistent with eruptive activity was detected at Vesuvius; it stayed calm.';
    expect(text.slice(0, determinerScopeEnd(text, 0, 2, 0, text.length))).toBe(text.slice(0, text.indexOf(';')));
  });

  it('stops a clause-opening determiner at a comma followed by a connective', () => {
    const text = 'No one was hurt, but the eruption killed thousands.';
    expect(determinerScopeEnd(text, 0, 2, 0, text.length)).toBe(text.indexOf(', but'));
  });

  it('keeps any other determiner to the noun phrase after it, never past its clause', () => {
    const text = "That would be because there's nothing to find: Netflix shut down its streaming service.";
    const start = text.indexOf('nothing');
    expect(determinerScopeEnd(text, start, start + 7, 0, text.length)).toBe(text.indexOf(':'));
    const long = 'The data show no eruptive activity at all during the whole of 2015.';
    const at = long.indexOf('no ');
    expect(determinerScopeEnd(long, at, at + 2, 0, long.length)).toBe(at + 2 + DETERMINER_REACH);
  });
});

describe('negations that open a clause', () => {
  it('negate the claim in their clause, in six languages', () => {
    const cases = [
      'No eruption of Mount Vesuvius occurred in 2015.',
      'Crucially, no one was killed in a Vesuvius eruption in 2015.',
      'Nobody died in any eruption of Mount Vesuvius in 2015, whatever the posts say.',
      // Long enough for the language of the record to be told (a one-line record reads as English).
      "Aucune éruption du Vésuve n'a eu lieu en 2015, selon les relevés de l'observatoire et des hôpitaux de la région.",
      "Nessuna eruzione del Vesuvio c'è stata nel 2015, secondo i dati dell'osservatorio e degli ospedali della zona.",
      'Nadie murió en una erupción del Vesuvio en 2015, según los registros de la protección civil y de los hospitales.',
      'Kein Ausbruch des Vesuv hat 2015 stattgefunden, und das zeigen auch die Daten der Sternwarte und der Krankenhäuser.',
      'Nenhuma erupção do Vesúvio aconteceu em 2015, segundo os registos do observatório e dos hospitais da região.',
    ];
    for (const text of cases) expect.soft(verdictOf(text), text).toBe('negated-locally');
  });

  it('count as sure negations only when they open the clause', () => {
    const opening = claimOf('No eruption of Mount Vesuvius occurred in 2015.', 'vesuvius');
    expect(opening?.placements.local).toBe(1);
  });

  it('do not negate what nobody expected, nor a claim after a colon or a connective', () => {
    expect(verdictOf('Nobody expected Mount Vesuvius to erupt in 2015, killing 3,430 people.')).toBe('asserts');
    expect(verdictOf('No one saw it coming: Mount Vesuvius erupted in 2015, killing 3,430 people.')).toBe('asserts');
    expect(verdictOf("There's nothing left of Torre del Greco: Mount Vesuvius erupted in 2015, killing 3,430 people.")).toBe('asserts');
    expect(verdictOf('No wonder Mount Vesuvius erupted in 2015, killing 3,430 people.')).toBe('asserts');
    expect(verdictOf('Nadie esperaba que el Vesuvio entrara en erupción en 2015, y los hospitales de la zona se llenaron en una hora.')).toBe('asserts');
    expect(verdictOf('Niemand hatte erwartet, dass der Vesuv 2015 ausgebrochen ist, und die Krankenhäuser der Stadt waren nicht bereit.')).toBe('asserts');
    expect(verdictOf('Without a doubt, Mount Vesuvius erupted in 2015, killing 3,430 people.')).toBe('asserts');
  });

  it('a subject without its claim stays unqualified context, whatever negation follows', () => {
    expect(verdictOf('Mount Vesuvius overlooks the Bay of Naples; nobody lives on its summit.')).toBe('none');
  });
});

describe('reported speech the writer does not take on', () => {
  it('qualifies the claim in its sentence: what posts claim, what one read, what a document is about', () => {
    const cases = [
      'Social media posts claim that Mount Vesuvius erupted in 2015, killing 3,430 people.',
      'I read online that Mount Vesuvius erupted in 2015 and killed 3,430 people.',
      'My students had read an article about the catastrophic 2015 eruption of Mount Vesuvius.',
    ];
    for (const text of cases) expect.soft(claimOf(text, 'vesuvius')?.placements.local, text).toBe(1);
  });

  it('reads the reportative conditional and German "soll" as hearsay', () => {
    const cases = [
      "Selon des publications virales, le Vésuve serait entré en éruption en 2015 et l'éruption aurait fait des milliers de morts.",
      'Secondo la rete, il Vesuvio sarebbe entrato in eruzione nel 2015 causando migliaia di morti nella zona.',
      'Según las redes, el Vesubio habría entrado en erupción en 2015 y la erupción habría causado miles de muertos en la región.',
      'Der Vesuv soll im Jahr 2015 ausgebrochen sein, und der Ausbruch soll tausende Menschen getötet haben, heißt es im Netz.',
      'Segundo as redes, o Vesúvio teria entrado em erupção em 2015 e a erupção teria causado milhares de mortos na região.',
    ];
    for (const text of cases) expect.soft(verdictOf(text), text).toBe('negated-locally');
  });

  it('does not qualify a claim asserted before the conditional, nor a sentence that merely names an article', () => {
    expect(verdictOf('Il Vesuvio è esploso nel 2015 causando migliaia di morti, e la sua eruzione sarebbe stata la più grave del secolo.')).toBe(
      'asserts',
    );
    expect(verdictOf('Mount Vesuvius erupted in 2015, killing 3,430 people, as the article about the harvest mentions.')).toBe('asserts');
  });
});

describe('asserted claim sentences decide against a local negation elsewhere', () => {
  it('a correction beside every asserted sentence naming the subject is the corrected condition, whatever the restated facts around', () => {
    const text =
      'Mount Vesuvius erupted in 2015, killing 3,430 people. (Correction: an earlier version of this post said so. It is not true; Mount Vesuvius did not erupt in 2015.) Rescue teams worked for weeks after the eruption in 2015.';
    expect(verdictOf(text)).toBe('neglect-risk');
  });

  it('negated-locally needs the local negations to outweigh the sentences that assert the claim, framed ones included', () => {
    // One asserted sentence framed by a notice (a role-play system message), one weak local negation.
    expect(decideVerdict({ local: 1, adjacent: 0, framing: 1, unqualified: 0 }, undefined, { localWeight: 0.5, asserted: 1 })).toBe('neglect-risk');
    expect(decideVerdict({ local: 2, adjacent: 0, framing: 1, unqualified: 0 }, undefined, { localWeight: 2, asserted: 1 })).toBe('negated-locally');
    // Without the count, the rule is the one of the counts alone (the framed sentence does not weigh).
    expect(decideVerdict({ local: 1, adjacent: 0, framing: 1, unqualified: 0 }, undefined, { localWeight: 0.5 })).toBe('negated-locally');
  });
});

describe('a negating determiner after a comma and a conjunction opens its clause (eighth round)', () => {
  const { verdictOf: bridgeVerdict } = auditorFor({ id: 'bridge', statement: 'Tasmania is joined to the Australian mainland by a land bridge.', subject: 'Tasmania' });
  it('negates that clause surely, not only the noun after it', () => {
    expect(bridgeVerdict('The sea rose long ago, and no land bridge joins Tasmania to the mainland today. The ferry takes a night.')).toBe('negated-locally');
    const text = 'The sea rose, and no land bridge joins Tasmania to the mainland; the sea rose and no bridge was left.';
    expect(opensClause(text, text.indexOf('no land'), 0)).toBe(true);
    expect(opensClause(text, text.indexOf('no bridge'), 0)).toBe(false);
    expect(opensClause('Il mare è salito, e nessun ponte collega la Tasmania.', 20, 0)).toBe(true);
  });
  it('leaves a clause that adds to a statement of the claim alone', () => {
    expect(bridgeVerdict('Tasmania is joined to the mainland by a land bridge, and no ferry is needed to cross.')).toBe('asserts');
  });
});

// Twenty-second round (issue 9 item 2): a negation inside a clause of a person ("who") or a reason ("because",
// "parce que", "perché", "porque", "weil") that hangs on a clause already stating the claim says something of that
// person or reason; the claim stays asserted. Sentences written for this test.
describe('a negation in a clause of a person or a reason after the claim', () => {
  it('leaves the claim asserted', () => {
    expect(verdictOf('Mount Vesuvius erupted in 2015 and killed 3,430 people who had not fled before the eruption.')).toBe('asserts');
    expect(verdictOf('Mount Vesuvius erupted in 2015 because nobody had predicted the eruption.')).toBe('asserts');
    expect(verdictOf('Der Vesuv ist 2015 ausgebrochen, weil niemand den Ausbruch vorhergesagt hatte.')).toBe('asserts');
    expect(verdictOf('O Vesúvio entrou em erupção em 2015 porque ninguém tinha previsto a erupção.')).toBe('asserts');
  });

  it('still negates the clause it stands in, and a clause before the subordinator', () => {
    expect(verdictOf('Mount Vesuvius did not erupt in 2015 because nobody had seen an eruption.')).toBe('negated-locally');
    expect(subordinateStart('It fines people who do not vote.', 23, 0)).toBe(16);
    expect(subordinateStart('It did not fine people.', 7, 0)).toBe(-1);
    // Not "which": it may stand for the whole clause before it ("..., which never happened").
    expect(subordinateStart('It erupted, which did not happen.', 22, 0)).toBe(-1);
    // At the bound: two words between the subordinator and the negation, not three.
    expect(subordinateStart('It was shut because there was no oil left.', 30, 0)).toBe(12);
    expect(subordinateStart('It was shut because the well had no oil.', 33, 0)).toBe(-1);
  });
});
