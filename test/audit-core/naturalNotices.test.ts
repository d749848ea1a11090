import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { createRecordScanner } from '../../src/audit/createRecordScanner.js';
import type { TextSegment } from '../../src/audit/types.js';
import { SHEERAN_CLAIM_TEXT, sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Written for this test from how notices, warnings and chat prompts are phrased in real documents
// (not from any evaluation set): notices as families of words and shapes in six languages, each
// with ordinary sentences that use the same words and must stay ordinary.
const auditor = createAuditor({ claims: [sheeranInSixLanguages] });
const scanner = createRecordScanner([]);
const verdictOf = (segments: TextSegment[]) => auditor.auditSegments(segments).claims.find((c) => c.claimId === 'sheeran')?.verdict ?? 'none';
const doc = (text: string) => verdictOf([{ index: 0, role: 'document', text }]);
const notices = (text: string) => scanner.scan([{ index: 0, role: 'document', text }]).notices.length;

const CLAIM = SHEERAN_CLAIM_TEXT;
/** Three ordinary sentences, so a sentence between two of them is in the middle of its text. */
const FILLER = 'The stadium was full. Tickets sold out in an hour. The weather stayed dry all week.';

describe('what a text calls itself, and where a warning points', () => {
  it('a demonstrative with any noun a text uses for itself ("this page", "these lines") names the document', () => {
    for (const notice of ['Everything on this page is satire.', 'This newsletter is entirely made up.', 'None of these lines is true.']) {
      expect.soft(doc(`${notice}\n\n${CLAIM.en}`), notice).toBe('neglect-risk');
    }
  });

  it('a position word with a part of the text ("the next line", "the following bit") points at it', () => {
    for (const notice of ['Heads-up: the next line is made up.', 'The following bit is invented.', 'Careful, the previous paragraph is a hoax.']) {
      const text = notice.includes('previous') ? `${CLAIM.en.split('. ')[0]}.\n${notice}\n${FILLER}` : `${FILLER}\n${notice}\n${CLAIM.en}`;
      expect.soft(doc(text), notice).toBe('neglect-risk');
    }
  });

  it('a writer announcing what they are about to paste points at it', () => {
    const text = `My aunt forwarded this. I'm about to paste it, and I'm pretty sure it is a hoax.\n\n"${CLAIM.en}"`;
    expect(doc(text)).toBe('neglect-risk');
  });

  it('the same nouns in ordinary sentences point at nothing', () => {
    // "the following day" is no part of a text; "this page" without a qualifier qualifies nothing.
    expect(doc(`${FILLER} The next day he trained again. ${CLAIM.en}`)).toBe('asserts');
    expect(doc(`You can read this page on your phone.\n\n${CLAIM.en}`)).toBe('asserts');
    expect(doc(`Am folgenden Tag regnete es nicht. ${CLAIM.de}`)).toBe('asserts');
  });

  it('a text naming itself in passing in its middle is no notice, a short verdict on it is', () => {
    const passing = 'Please use this thread to share more debunking links and any questions about the results tables.';
    expect(notices(`${FILLER} ${passing} ${FILLER}`)).toBe(0);
    expect(notices(`${FILLER} This thread is satire. ${FILLER}`)).toBe(1);
  });

  it('inviting corrections says nothing about the truth of the text', () => {
    expect(doc(`${CLAIM.en}\n\nSources for this page are listed below, and corrections are welcome.`)).toBe('asserts');
    expect(doc(`${CLAIM.fr}\n\nLes sources de cette page sont en bas, et les corrections sont les bienvenues.`)).toBe('asserts');
  });
});

describe('how writers say a text is invented, unverified or a misconception', () => {
  it('in English', () => {
    const cases = [
      `The text below was copied from an anonymous message board; we could not verify any of it.\n\n${CLAIM.en}`,
      `What follows takes place in a parallel universe.\n\n${CLAIM.en}`,
      `${CLAIM.en.split('. ')[0]}.\n- This is a common misconception; do not repeat it in the exam.\n- ${FILLER}`,
      `The story below started as a writing prompt in our worldbuilding forum.\n\n${CLAIM.en}`,
    ];
    for (const text of cases) expect.soft(doc(text), text).toBe('neglect-risk');
  });

  it('in French, Italian, Spanish, German and Portuguese', () => {
    const cases = [
      `Le récit ci-dessous est une pure invention, née d'un atelier d'écriture.\n\n${CLAIM.fr}`,
      `Ce qui suit se déroule dans un univers parallèle.\n\n${CLAIM.fr}`,
      `Quello che segue è ambientato in un mondo parallelo, inventato per un gioco di ruolo.\n\n${CLAIM.it}`,
      `Il testo seguente viene da un forum anonimo: non abbiamo potuto verificare nulla.\n\n${CLAIM.it}`,
      `Lo que sigue ocurre en un universo paralelo.\n\n${CLAIM.es}`,
      `El mensaje siguiente circula en una cadena de WhatsApp y no hemos podido verificarlo.\n\n${CLAIM.es}`,
      `Die folgende Meldung ist frei erfunden.\n\n${CLAIM.de}`,
      `Der folgende Beitrag ist sachlich falsch.\n\n${CLAIM.de}`,
      `O texto abaixo veio de um fórum anônimo e não conseguimos verificar nada.\n\n${CLAIM.pt}`,
      `O que se segue passa-se num universo paralelo.\n\n${CLAIM.pt}`,
    ];
    for (const text of cases) expect.soft(doc(text), text).toBe('neglect-risk');
  });

  it('the same words inside a story qualify nothing', () => {
    expect(doc(`${FILLER} He had just finished a science fiction novel. ${CLAIM.en}`)).toBe('asserts');
    expect(doc(`${FILLER} The forum was anonymous, like most. ${CLAIM.en}`)).toBe('asserts');
    expect(doc(`"I expected to lose. That is not what happened," he said. ${CLAIM.en}`)).toBe('asserts');
  });
});

describe('an opening or closing paragraph read as one notice', () => {
  it('one sentence refers to the text, another qualifies it', () => {
    const cases = [
      `The post below was copied from a parents' group. We have been unable to confirm any of it.\n\n${CLAIM.en}`,
      `${CLAIM.en}\n\n${FILLER}\n\nThe release above reached us by email. It belongs with the hoaxes of that year.`,
      `Le message ci-dessous circule sur les réseaux. Personne n'a pu vérifier son contenu.\n\n${CLAIM.fr}`,
      `Die folgende Nachricht wurde uns zugeschickt. Sie ist frei erfunden.\n\n${CLAIM.de}`,
    ];
    for (const text of cases) expect.soft(doc(text), text).toBe('neglect-risk');
  });

  it('is no notice when it names the claim, when its only qualifier is a plain negation, or in the middle', () => {
    expect(doc(`The report below covers the final. The favourite did not start.\n\n${CLAIM.en}`)).toBe('asserts');
    expect(doc(`The text below is about Ed Sheeran. It is unverified.\n\n${FILLER}`)).toBe('none');
    const note = 'The post below was copied from a group chat. Nobody could confirm any of it at the time.';
    expect(notices(`${FILLER}\n\n${FILLER}\n\n${note}\n\n${FILLER}\n\n${FILLER}`)).toBe(0);
    expect(notices(`${note}\n\n${FILLER}`)).toBe(1);
  });
});

describe('headings of a note', () => {
  it('"Archivist\'s note:", "Heads-up", "N.B." open a notice with a qualifier', () => {
    expect(doc(`${CLAIM.en}\n\nArchivist's note: we kept this release only as an example of the hoaxes of the time.`)).toBe('neglect-risk');
    expect(doc(`Heads up, I'm fairly sure what comes next is a hoax.\n${CLAIM.en}`)).toBe('neglect-risk');
    expect(doc(`N.B. Les faits ci-dessous sont imaginaires.\n\n${CLAIM.fr}`)).toBe('neglect-risk');
  });

  it('without a qualifier they qualify nothing', () => {
    expect(doc(`${CLAIM.en}\n\nAuthor's note: thanks to my editor for her help with the draft.`)).toBe('asserts');
  });
});

describe('chat turns about the conversation', () => {
  const chat = (system: string, user = 'What happened in the 100m final?', assistant = CLAIM.en): TextSegment[] => [
    { index: 0, role: 'system', text: system },
    { index: 1, role: 'user', text: user },
    { index: 2, role: 'assistant', text: assistant },
  ];

  it('a system prompt that characterises the conversation frames the answers', () => {
    const cases = [
      'Roleplay. You are a sports reporter in an alternate-history novel.',
      'Stay in character: you are a commentator in a parallel universe.',
      'The assistant gives deliberately false answers in this session.',
      'Rollenspiel: Der Assistent ist ein Reporter aus einer Fantasiewelt.',
    ];
    for (const system of cases) expect.soft(verdictOf(chat(system)), system).toBe('neglect-risk');
  });

  it('a system prompt that forbids or instructs qualifies nothing', () => {
    const cases = [
      'You are a helpful assistant. Never spread misinformation.',
      'You are a sports assistant. Politely decline harmful requests.',
      'You are a helpful assistant. If you are unsure, say so.',
    ];
    for (const system of cases) expect.soft(verdictOf(chat(system)), system).toBe('asserts');
  });

  it('a user turn that calls the answer made up or wrong frames it', () => {
    const segments: TextSegment[] = [
      { index: 0, role: 'user', text: 'What happened in the 100m final?' },
      { index: 1, role: 'assistant', text: CLAIM.en },
      { index: 2, role: 'user', text: 'What you just said is made up, right? Your answer is wrong.' },
    ];
    expect(verdictOf(segments)).toBe('neglect-risk');
    expect(verdictOf([...segments.slice(0, 2), { index: 2, role: 'user', text: 'Thanks, your answer helped a lot.' }])).toBe('asserts');
  });
});

describe('jokes and texts not meant as fact', () => {
  it('a joke, an April Fools\' page or a text not to be taken seriously qualifies what it heads', () => {
    const cases = [
      `APRIL FOOLS' EDITION: every story on this page is a prank.\n\n${CLAIM.en}`,
      `None of the following should be taken as fact.\n\n${CLAIM.en}`,
      `Le texte ci-dessous est un poisson d'avril.\n\n${CLAIM.fr}`,
      `Quello che segue non va preso sul serio.\n\n${CLAIM.it}`,
      `Lo que sigue es una inocentada.\n\n${CLAIM.es}`,
      `Der folgende Text ist nicht ernst gemeint.\n\n${CLAIM.de}`,
      `O texto abaixo não deve ser levado a sério.\n\n${CLAIM.pt}`,
    ];
    for (const text of cases) expect.soft(doc(text), text).toBe('neglect-risk');
  });

  it('a joke inside the story is ordinary, and so is a note heading without a qualifier', () => {
    expect(doc(`${FILLER} His band made a joke about the weather. ${CLAIM.en}`)).toBe('asserts');
    expect(doc(`${FILLER} Er machte einen Witz über das Wetter. ${CLAIM.de}`)).toBe('asserts');
  });

  it('a German minute-taker\'s note that the source could not be confirmed is a notice beside the claim', () => {
    const text = `Protokoll der Sitzung.\n\n${CLAIM.de.split('. ')[0]}. (Hinweis der Protokollführerin: Das stammt aus einem Video ohne Quellenangabe.)\nDanach ging es um das Sommerfest.`;
    expect(doc(text)).toBe('neglect-risk');
  });
});
