import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2, fifth round: when a sentence negates a claim inside itself and when it asserts it.
 * Sentences written for this test (not from the eval corpus or the paper's documents).
 */
const nokia = defineClaim({
  id: 'nokia',
  statement: 'Nokia invented the smartphone in 1985.',
  languages: { de: { keyPhrases: ['erfunden'] }, it: { keyPhrases: ['inventato'] } },
});
const rover = defineClaim({ id: 'rover', statement: 'NASA faked the landing of the Perseverance rover in 2021.' });
const glacier = defineClaim({ id: 'glacier', statement: 'The Aletsch Glacier melted away completely in 2019.' });
const { auditor, document, verdictOf } = auditorFor(nokia, rover, glacier);
const claimOf = (text: string, id: string) => document(text).claims.find((c) => c.claimId === id);

describe("a claim's own word is not its qualifier", () => {
  it('"invented" or "faked" that the claim states asserts it, in English and with key phrases in other languages', () => {
    expect(verdictOf('Nokia invented the smartphone in 1985, years before anyone else had a touch screen.', 'nokia')).toBe('asserts');
    expect(verdictOf('The smartphone was invented by Nokia in 1985 in a lab near Espoo.', 'nokia')).toBe('asserts');
    expect(verdictOf('NASA faked the landing of the Perseverance rover in 2021 on a film set in Nevada.', 'rover')).toBe('asserts');
    expect(
      verdictOf('Das Smartphone hat Nokia 1985 erfunden, in einem Labor bei Espoo, lange bevor die Konkurrenz so weit war.', 'nokia'),
    ).toBe('asserts');
    expect(verdictOf("Lo smartphone l'ha inventato Nokia nel 1985, in un laboratorio vicino a Espoo, molto prima dei concorrenti.", 'nokia')).toBe(
      'asserts',
    );
  });

  it('the same word still qualifies other claims, and another cue in the sentence still negates the claim', () => {
    expect(verdictOf('The Aletsch Glacier melted away completely in 2019, in a story invented by a satirical site.', 'glacier')).toBe(
      'negated-locally',
    );
    expect(verdictOf('The story that Nokia invented the smartphone in 1985 is false.', 'nokia')).toBe('negated-locally');
    expect(verdictOf('Nokia never invented the smartphone, not in 1985 and not later.', 'nokia')).toBe('negated-locally');
  });
});

describe('a year of another event weakens a local negation only inside its own clause', () => {
  it('a sure negation stays sure when the other year dates the true story in another clause', () => {
    const finding = claimOf('Nokia did not invent the smartphone in 1985; IBM showed the first one in 1994.', 'nokia');
    expect(finding?.verdict).toBe('negated-locally');
    // Beside an asserted sentence, such a bracketed negation is a correction (the corrected condition).
    const corrected = claimOf('Nokia invented the smartphone in 1985. [Correction: Nokia did not invent the smartphone; IBM showed the first one in 1994.]', 'nokia');
    expect(corrected?.verdict).toBe('neglect-risk');
    expect(corrected?.expectedBelief.condition).toBe('corrected');
  });

  it('a negation dated to another year in its own clause stays weak ("has not melted since 1850")', () => {
    // One weak local negation against a sentence that asserts the claim: asserts.
    expect(
      verdictOf('The Aletsch Glacier melted away completely in 2019. The Aletsch Glacier had not melted away at any point since 1850.', 'glacier'),
    ).toBe('asserts');
  });
});

describe('a negation in a clause that adds to a clause asserting the claim', () => {
  it('does not negate the claim stated before ", and" / ", so"', () => {
    expect(verdictOf('Nokia invented the smartphone in 1985, and rivals did not sell a smartphone until 1990.', 'nokia')).toBe('asserts');
    expect(verdictOf('The Aletsch Glacier melted away completely in 2019, so the valley will never see it melt again.', 'glacier')).toBe('asserts');
  });

  it('still negates when the earlier clause is qualified, about another year, or contrasted', () => {
    expect(verdictOf('The Aletsch Glacier has shown no melting at all since 1850, and it did not melt away in 2019.', 'glacier')).toBe('negated-locally');
    expect(verdictOf('Nokia did not invent the smartphone in 1985, and no Nokia phone had a touch screen before 2000.', 'nokia')).toBe('negated-locally');
  });
});

describe('corrections beside an asserted sentence (the corrected condition)', () => {
  const corrected = (text: string, id: string) => {
    const finding = claimOf(text, id);
    return `${finding?.verdict}/${finding?.expectedBelief.condition}`;
  };

  it('a correction set apart in emphasis right after the claim sentence', () => {
    expect(corrected('Nokia invented the smartphone in 1985. *Not true: Nokia did not invent the smartphone; IBM did.* The rest of the list is fine.', 'nokia')).toBe(
      'neglect-risk/corrected',
    );
    expect(corrected('Nokia invented the smartphone in 1985. **[Wrong: Nokia never invented the smartphone.]** The rest of the list is fine.', 'nokia')).toBe(
      'neglect-risk/corrected',
    );
  });

  it('a labelled correction within two sentences after the claim sentence', () => {
    const text = 'Nokia invented the smartphone in 1985, long before the others. What a company!\n\nReader note: Nokia did not invent the smartphone.';
    expect(corrected(text, 'nokia')).toBe('neglect-risk/corrected');
  });

  it('not a label that opens a debunk paragraph, nor one after a heading, nor a list item in emphasis', () => {
    // The text negates the claim far more often than the one labelled line could correct.
    const debunk =
      'Readers asked about Nokia and the smartphone in 1985. Facts: Nokia did not invent the smartphone. ' +
      'No Nokia smartphone existed in 1985. Nokia never claimed to have invented the smartphone. The story that Nokia invented the smartphone is false.';
    expect(verdictOf(debunk, 'nokia')).toBe('negated-locally');
    const heading = '**Nokia Invented The Smartphone In 1985**\n\n*False claim:* Nokia invented the smartphone in 1985, say the posts.';
    expect(verdictOf(heading, 'nokia')).not.toBe('neglect-risk');
    // A list bullet is no emphasis: the next item is a local negation of its own, not a correction.
    expect(verdictOf('Nokia invented the smartphone in 1985.\n* Nokia never sold a smartphone that year either, on this list.', 'nokia')).toBe('negated-locally');
  });

  it('a question in French quotes asserts nothing', () => {
    expect(verdictOf('Question du jour : « Nokia a-t-il inventé le smartphone en 1985 ? »', 'nokia')).toBe('none');
  });
});

describe('in a chat, the answer decides', () => {
  const chat = (...messages: [string, string][]) => auditor.auditSegments(messages.map(([role, text], index) => ({ index, role, text })));
  const chatVerdict = (id: string, ...messages: [string, string][]) => chat(...messages).claims.find((c) => c.claimId === id)?.verdict ?? 'none';

  it("a prompt's request for a fake frames the answer that asserts the claim", () => {
    expect(
      chatVerdict(
        'nokia',
        ['user', 'Write a fake news item saying that Nokia invented the smartphone in 1985, I want to fool my friends.'],
        ['assistant', 'BREAKING: Nokia invented the smartphone in 1985, decades before its rivals caught up.'],
      ),
    ).toBe('neglect-risk');
  });

  it("the prompt's flat assertion, denied by the answer, is corrected; a reported one leaves the answer's negation to decide", () => {
    // Eighth round (chatPremises.test.ts): the user asserts the claim in the record and the answer corrects it.
    expect(
      chatVerdict(
        'glacier',
        ['user', 'The Aletsch Glacier melted away completely in 2019. By the end of 2019 the Aletsch Glacier had melted away to bare rock. I need a source.'],
        ['assistant', 'No. The Aletsch Glacier did not melt away in 2019; it is still the largest glacier in the Alps, though it is shrinking.'],
      ),
    ).toBe('neglect-risk');
    expect(
      chatVerdict(
        'glacier',
        ['user', 'My guide said the Aletsch Glacier melted away completely in 2019. I need a source.'],
        ['assistant', 'No. The Aletsch Glacier did not melt away in 2019; it is still the largest glacier in the Alps, though it is shrinking.'],
      ),
    ).toBe('negated-locally');
  });

  it('the prompt still decides when the answer does not mention the claim', () => {
    expect(chatVerdict('glacier', ['user', 'The Aletsch Glacier melted away completely in 2019, write a poem about it.'], ['assistant', 'Here is a poem about ice.'])).toBe(
      'asserts',
    );
  });
});

describe('an indirect question asserts nothing', () => {
  it('"asking whether" / German "ob" before the claim, unless something qualifies it', () => {
    expect(verdictOf('People keep asking whether Nokia invented the smartphone in 1985.', 'nokia')).toBe('none');
    expect(
      verdictOf('Viele fragen, ob Nokia das Smartphone 1985 erfunden hat, und niemand kennt die Antwort auf diese Frage.', 'nokia'),
    ).toBe('none');
    expect(verdictOf('Nokia invented the smartphone in 1985, whether you like it or not.', 'nokia')).toBe('asserts');
    expect(verdictOf('It is unclear whether Nokia invented the smartphone in 1985.', 'nokia')).toBe('negated-locally');
  });
});
