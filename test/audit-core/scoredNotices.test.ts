import { describe, expect, it } from 'vitest';
import { bracketedLine } from '../../src/audit/bracketedLine.js';
import { scoredNotice, scoredNoticeFor } from '../../src/audit/scoredNotice.js';
import { auditorFor } from './auditorFor.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { SHEERAN_CLAIM_SENTENCE, SHEERAN_CLAIM_TEXT, sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Eighth round (issue 9 item 4): notices the cue bank has no words for, recognised by what they are: a
// sentence beside a claim sentence or a short line at the text's edge that names no claim and evaluates
// the truth, sourcing or odds of something. Sentences written for this test, not from any evaluation set.
const { verdictOf, chatVerdictOf } = auditorFor(sheeranInSixLanguages);
const doc = (text: string) => verdictOf(text, 'sheeran');
const CLAIM = SHEERAN_CLAIM_SENTENCE;

describe('a sentence beside a claim sentence that evaluates what was said', () => {
  it('is a notice when it refers to it and denies or doubts its truth, in six languages', () => {
    expect(doc(`Radio phone-in, Tuesday. ${CLAIM.en} That caller's version is plainly untrue, said the host. Next caller.`)).toBe('neglect-risk');
    expect(doc(`Courrier des lecteurs. ${CLAIM.fr} Rien ne garantit que ce chiffre soit exact. Lettre suivante.`)).toBe('neglect-risk');
    expect(doc(`Posta dei lettori. ${CLAIM.it} Questo dato non è mai stato confermato da nessuno. Lettera successiva.`)).toBe('neglect-risk');
    expect(doc(`Cartas al director. ${CLAIM.es} Ojo, este dato no está confirmado por nadie. Siguiente carta.`)).toBe('neglect-risk');
    expect(doc(`Leserbriefe. ${CLAIM.de} Ob diese Angabe zutrifft, wissen wir nicht. Nächster Brief.`)).toBe('neglect-risk');
    expect(doc(`Cartas dos leitores. ${CLAIM.pt} Atenção: esta informação não foi comprovada. Próxima carta.`)).toBe('neglect-risk');
  });

  it('is no notice without a reference to what was said, or when it tells more of the story', () => {
    // A doubt about something else, with no word for the statement.
    expect(doc(`Radio phone-in, Tuesday. ${CLAIM.en} Nobody was sure where the after-party was. Next caller.`)).toBe('asserts');
    // A denial word that describes a thing ("a false start"), not a statement's truth.
    expect(doc(`Race report. ${CLAIM.en} This came after a false start by the Jamaican runner. Then the medals.`)).toBe('asserts');
    // Not false is true.
    expect(doc(`Race report. ${CLAIM.en} This is not false, whatever the forums say. Then the medals.`)).toBe('asserts');
  });
});

describe('an opening or closing line that evaluates the text', () => {
  it('qualifies the claim by low odds or a doubt about the text, without a word of the cue bank', () => {
    expect(doc(`Tipsters gave this result a one in a thousand chance; nobody backed it.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Pronostics de la rédaction (probabilité jugée infime)\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('neglect-risk');
    expect(doc(`${SHEERAN_CLAIM_TEXT.de}\n\nOb das alles so stimmt, wissen wir ehrlich gesagt nicht.`)).toBe('neglect-risk');
    expect(doc(`${SHEERAN_CLAIM_TEXT.pt}\n\nNão temos a certeza de que isto seja verdade.`)).toBe('neglect-risk');
  });

  it('a doubt there needs a word for the text; a line naming the claim is part of the story', () => {
    expect(doc(`Nobody was sure how the night would end.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    expect(doc(`Ed Sheeran, the unlikely sprinter\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
  });

  it('in a record without any word of the cue bank (not even a negation), is looked for only at the edges and in system messages', () => {
    // Ninth round: an opening line needs no cue word ("Die Verbraucherzentrale hält die Angaben für höchst zweifelhaft.").
    expect(doc(`Tipsters gave this result a one in a thousand chance.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Aus einem Prospekt. Die Verbraucherzentrale hält die Angaben für höchst zweifelhaft.\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('neglect-risk');
    // The sentences beside a claim sentence are read only where the scan saw a cue word: reading every neighbour costs.
    expect(doc(`Race report. ${CLAIM.en} Tipsters gave this result a one in a thousand chance. Then the medals.`)).toBe('asserts');
  });

  it('a system message that says the answers describe nothing real frames the chat', () => {
    const verdict = chatVerdictOf(
      'sheeran',
      ['system', 'Storytelling mode: you narrate events that are not real.'],
      ['user', 'What happened in the final?'],
      ['assistant', CLAIM.en],
    );
    expect(verdict).toBe('neglect-risk');
  });

  it('leaves local negations alone: only a claim the rules found asserted gets the second look', () => {
    expect(doc(`Tipsters gave this result a one in a thousand chance.\n\nEd Sheeran never won the 100m gold at the 2024 Olympics.`)).toBe('negated-locally');
  });
});

// Twentieth session: a span that names the subject of a claim the record never mentions is no part of the story.
// Whether a sentence is a notice must not depend on which other claims the auditor holds. Sentences written for
// this test, not from any evaluation set.
describe('a notice that names the subject of a claim the record does not mention', () => {
  const scotland = defineClaim({ id: 'scotland', statement: 'Scotland joined the eurozone in 2021.' });
  const os = defineClaim({ id: 'os', subject: 'OS', statement: 'OS stopped printing paper maps in 2020.' });
  const both = auditorFor(sheeranInSixLanguages, scotland, os);
  const bothDoc = (text: string) => both.verdictOf(text, 'sheeran');

  it('is still a notice, as with an auditor that holds no such claim', () => {
    const beside = `Gym gossip. ${CLAIM.en} I never found a source for that, and the same man thought Scotland was an island. Anyway.`;
    expect(doc(beside)).toBe('neglect-risk');
    expect(bothDoc(beside)).toBe('neglect-risk');
    // Portuguese "os" ("the") is no name of the OS.
    const edge = `Os parágrafos seguintes têm baixa probabilidade de estar corretos.\n\n${SHEERAN_CLAIM_TEXT.pt}`;
    expect(doc(edge)).toBe('neglect-risk');
    expect(bothDoc(edge)).toBe('neglect-risk');
  });

  it('while a span naming the subject of a claim the record mentions stays part of the story', () => {
    expect(bothDoc(`Ed Sheeran, the unlikely sprinter\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    // Sentences that name the subject but mention no claim: only its subject makes them part of the story
    // (the title above is set apart, where only a mention counts).
    expect(bothDoc(`Radio phone-in, Tuesday. ${CLAIM.en} Sheeran's own band says that is plainly untrue. Next caller.`)).toBe('asserts');
    expect(bothDoc(`${SHEERAN_CLAIM_TEXT.en}\n\nSheeran later said that none of this was true.`)).toBe('asserts');
  });
});

describe('scoredNotice', () => {
  const read = (text: string, position: 'beside' | 'edge' | 'system', shaped = false, language = 'en') => scoredNotice(text, 0, text.length, position, shaped, language)?.kind ?? null;
  it('reads the kind of qualifier from the evaluating word', () => {
    expect(read('That account is made-up.', 'beside')).toBe('fiction');
    expect(read('These figures come from an unreliable newsletter.', 'beside')).toBe('unreliable-source');
    expect(read('Experts put the probability of this near zero.', 'edge')).toBe('low-probability');
    expect(read('Imagine a different summer.', 'edge')).toBe('fiction');
  });

  it('never reads a question, and Portuguese "no" is no negation', () => {
    expect(read('Is this story true or false?', 'beside')).toBeNull();
    expect(read('Isso foi confirmado no jornal oficial.', 'beside', false, 'pt')).toBeNull();
    expect(read('Isso não foi confirmado pelo jornal oficial.', 'beside', false, 'pt')).toBe('unreliable-source');
  });
});

// Ninth round (issue 9 item 4): what a notice says about the text, by shape rather than by cue words.
// Sentences written for this test, not from any evaluation set.
describe('scoredNotice: the text set against the world', () => {
  const read = (text: string, position: 'beside' | 'edge' | 'system', shaped = false, language = 'en') => scoredNotice(text, 0, text.length, position, shaped, language)?.kind ?? null;

  it('reads a text that differs from our world, its history or a year, or denies that it depicts the world', () => {
    expect(read('Nothing below describes the world as it is.', 'edge')).toBe('fiction');
    expect(read('In dem folgenden Text ist genau eine Sache anders als in unserer Welt.', 'edge', false, 'de')).toBe('fiction');
    expect(read('The events of this chapter depart from history in two places.', 'beside')).toBe('fiction');
    expect(read('Pour ce numéro, nos auteurs imaginent un autre 2019.', 'edge', false, 'fr')).toBe('fiction');
    expect(read('Questo testo non descrive il nostro mondo.', 'edge', false, 'it')).toBe('fiction');
  });

  it('leaves the world, facts and other things of ordinary sentences alone', () => {
    expect(read('This is not the end of the world.', 'edge')).toBeNull();
    expect(read('Other facts: the stadium holds 50,000 people.', 'edge')).toBeNull();
    expect(read('Non è la fine del mondo.', 'edge', false, 'it')).toBeNull();
    expect(read('In a different world, prices would differ.', 'edge')).toBeNull();
  });

  it('reads a premise or situation the text points at, not one it only talks about', () => {
    expect(read('Work within the situation set out here.', 'edge')).toBe('fiction');
    expect(read('Ce qui suit est la situation de départ du jeu.', 'edge', false, 'fr')).toBe('fiction');
    expect(read('The situation in the region worsened overnight.', 'edge')).toBeNull();
  });

  // Twenty-first session (issue 9 item 4): what exists only in a representation exists nowhere in the world.
  it('reads existence restricted to a page, paper, a head or the imagination, in six languages, not to a place', () => {
    expect(read('The town in this guide exists only on paper.', 'edge')).toBe('fiction');
    expect(read("Ce village n'existe que dans la tête de l'auteur.", 'edge', false, 'fr')).toBe('fiction');
    expect(read("Il villaggio di queste pagine esiste solo nell'immaginazione.", 'edge', false, 'it')).toBe('fiction');
    expect(read('Este pueblo solo existe en la cabeza de su autora.', 'edge', false, 'es')).toBe('fiction');
    expect(read('Die Stadt dieser Geschichte, die nur auf dem Papier existiert.', 'edge', false, 'de')).toBe('fiction');
    expect(read('Essa cidade só existe no papel.', 'edge', false, 'pt')).toBe('fiction');
    expect(read('This species exists only in Tasmania.', 'edge')).toBeNull();
    expect(read('Der Vogel existiert nur auf Neuseeland.', 'edge', false, 'de')).toBeNull();
    expect(doc(`${CLAIM.en}\n\nThe race in this column exists only in its author's head.`)).toBe('neglect-risk');
  });

  it('a question qualifies nothing, unless it asks the reader to suppose', () => {
    expect(read('E se os livros de história mudassem amanhã?', 'edge', false, 'pt')).toBe('fiction');
    expect(read('What if the final had gone the other way?', 'edge')).toBe('fiction');
    expect(read('Is this story true?', 'edge')).toBeNull();
  });
});

describe('scoredNotice: words as they are written', () => {
  const read = (text: string, position: 'beside' | 'edge', language = 'en') => scoredNotice(text, 0, text.length, position, false, language)?.kind ?? null;

  it('reads French and Italian elided words apart ("c\'est", "un\'informazione") and an English possessive as its noun', () => {
    expect(read("C'est faux, évidemment.", 'beside', 'fr')).toBe('negation');
    expect(read("Si tratta di un'informazione inesatta.", 'beside', 'it')).toBe('negation');
    expect(read("I'm not sure that figure's right.", 'beside')).toBe('uncertainty');
  });

  it('"sans doute", "senza dubbio", "ohne Zweifel" are "surely": the "without" negates nothing', () => {
    expect(read("Il l'a dit lui-même : c'était sans doute faux.", 'beside', 'fr')).toBe('negation');
    expect(read('Questa notizia è senza dubbio falsa.', 'beside', 'it')).toBe('negation');
    expect(read('Diese Meldung ist ohne Zweifel falsch.', 'beside', 'de')).toBe('negation');
  });

  it('a word of doubt that is also a denial ("zweifelhaft", "dubbio") does not deny itself', () => {
    expect(read('Die Angaben sind höchst zweifelhaft.', 'beside', 'de')).toBe('unreliable-source');
    expect(read('Questo dato è dubbio.', 'beside', 'it')).toBe('unreliable-source');
  });
});

describe('the scored look: the line under a title opens the text too', () => {
  it('reads a standfirst or note under a title as an opening line', () => {
    const note = 'Die Verbraucherzentrale hält die Angaben für höchst zweifelhaft.';
    const body = `Das Finale war spannend. ${SHEERAN_CLAIM_TEXT.de}\n\nMehr auf Seite 4.`;
    expect(doc(`VERBRAUCHERMAGAZIN - AUSGABE 12\n\n${note}\n\n${body}`)).toBe('neglect-risk');
    // Under a first line that is a sentence, the second line is the text itself.
    expect(doc(`Das Magazin erschien am Montag.\n\n${note}\n\n${body}`)).toBe('asserts');
  });
});

describe('the scored look: the opening sentence of a paragraph sets up what follows as a hypothesis', () => {
  // Twenty-second session (issue 9 item 4): a one-paragraph text says what it is in its first sentence, as a
  // longer text does in a line of its own; the claim sentence here is not that sentence's neighbour.
  it('reads a verb of supposing heading the first sentence of a one-paragraph text, in six languages', () => {
    expect(doc(`Imagine a different summer. The stadium is full and the lights go down. ${CLAIM.en}`)).toBe('neglect-risk');
    expect(doc(`Imaginez un autre été. Le stade est plein et les lumières s'éteignent. ${CLAIM.fr}`)).toBe('neglect-risk');
    expect(doc(`Immaginate un'altra estate. Lo stadio è pieno e le luci si spengono. ${CLAIM.it}`)).toBe('neglect-risk');
    expect(doc(`Imaginad otro verano. El estadio está lleno y se apagan las luces. ${CLAIM.es}`)).toBe('neglect-risk');
    expect(doc(`Stell dir einen anderen Sommer vor. Das Stadion ist voll und das Licht geht aus. ${CLAIM.de}`)).toBe('neglect-risk');
    expect(doc(`Imagine outro verão. O estádio está cheio e as luzes se apagam. ${CLAIM.pt}`)).toBe('neglect-risk');
  });

  it('reads the first sentence of the line under a title too', () => {
    expect(doc(`Writing task, class 3B\n\nImagine a different summer. The stadium is full and the lights go down. ${CLAIM.en}`)).toBe('neglect-risk');
  });

  it('reads only its head: a denial or a doubt there judges its neighbours, as the reading beside a claim sentence weighs', () => {
    expect(doc(`Our handlers deal with false alarms every day. The stadium was full that night. ${CLAIM.en}`)).toBe('asserts');
    expect(doc(`Nobody was sure the race would even start. The stadium was full that night. ${CLAIM.en}`)).toBe('asserts');
  });
});

describe('the scored look: a line names a claim only by a whole name', () => {
  const eu = defineClaim({ id: 'eu_aspirin', statement: 'The EU banned aspirin in 2021.', subject: 'EU' });
  const { verdictOf: euVerdict } = auditorFor(eu);
  it('a short name inside a longer word ("Europe") does not make an opening line part of the story', () => {
    expect(euVerdict('For our series on a Europe that never was: nothing below describes the world as it is.\n\nThe EU banned aspirin in 2021. Pharmacies emptied their shelves.', 'eu_aspirin')).toBe('neglect-risk');
  });
});

describe('the scored look: white space is any white space', () => {
  it('a note set apart after a form feed or a Unicode space is read like one after a plain space', () => {
    for (const gap of [' ', '\f', '\v', '\u2003', '\u3000']) {
      const text = `Zara closed every shop in 2022.${gap}(Invented). Then the sales began.`;
      expect(scoredNoticeFor([{ index: 0, role: 'document', text }], 0, 0, 31, (_, a) => a < 31)?.placement, JSON.stringify(gap)).toBe('adjacent');
    }
  });
});

describe('the scored look: a note set apart in any bracket, emphasis or quotes', () => {
  it('is shaped like a bracketed one, as noticeShape reads it (bracketedLine)', () => {
    for (const note of ['(Invented).', '«Invented».', '<Invented>.', '“Invented”.', '(Invented)!']) {
      const text = `Zara closed every shop in 2022. ${note} Then the sales began.`;
      expect(scoredNoticeFor([{ index: 0, role: 'document', text }], 0, 0, 31, (_, a) => a < 31)?.placement, note).toBe('adjacent');
    }
    expect(bracketedLine('[1] The source.', 0, 15)).toBe(false);
    expect(bracketedLine('*', 0, 1)).toBe(false);
  });
});

// Twenty-second round (issue 9 item 2): low odds as running text writes them. A share in words ("five percent",
// "fünf Prozent"), the word for odds inside "one in N" ("une chance sur cinquante"), and odds the writer gives
// ("I'd put the odds ...", "Ich würde dem ... geben") are the same warning as "under 5 %". Sentences written for
// this test, not from any evaluation set.
describe('scoredNotice: low odds in words, and the writer\'s own odds', () => {
  const read = (text: string, language = 'en') => scoredNotice(text, 0, text.length, 'beside', false, language)?.kind ?? null;
  it('reads a share of at most ten per cent spelled out, in six languages', () => {
    expect(read('The chance that this is accurate is under five percent.')).toBe('low-probability');
    expect(read('La probabilité que ce soit exact est de deux pour cent.', 'fr')).toBe('low-probability');
    expect(read('Questa notizia ha una probabilità di tre per cento.', 'it')).toBe('low-probability');
    expect(read('Esto tiene un uno por ciento de probabilidad.', 'es')).toBe('low-probability');
    expect(read('Diese Angabe hat eine Wahrscheinlichkeit von vier Prozent.', 'de')).toBe('low-probability');
    expect(read('Essa afirmação tem uma probabilidade de dois por cento.', 'pt')).toBe('low-probability');
    // Not a larger share, nor one with no word for odds.
    expect(read('The chance that this is accurate is about sixty percent.')).toBeNull();
    expect(read('This shop sells five percent of the stock.')).toBeNull();
  });

  it('does not read the units of a larger spelled number as a share of at most ten per cent', () => {
    // Tens joined to their units by a hyphen or a word for and: 95, 25, 21, 35, 32 per cent are no low odds.
    expect(read('The chance that this is accurate is ninety-five percent.')).toBeNull();
    expect(read('La probabilité que ce soit exact est de vingt-cinq pour cent.', 'fr')).toBeNull();
    expect(read('La probabilité que ce soit exact est de vingt et un pour cent.', 'fr')).toBeNull();
    expect(read('Esto tiene un treinta y cinco por ciento de probabilidad.', 'es')).toBeNull();
    expect(read('Essa afirmação tem uma probabilidade de trinta e dois por cento.', 'pt')).toBeNull();
    // A range of low shares still is: "entre tres y cinco" joins two numbers, not tens and units.
    expect(read('Esto tiene entre tres y cinco por ciento de probabilidad.', 'es')).toBe('low-probability');
  });

  it('reads the word for odds inside "one in N", and the odds the writer gives', () => {
    expect(read('Nous donnons une chance sur cinquante à cette version.', 'fr')).toBe('low-probability');
    expect(read("I'd put the odds at one in twenty.")).toBe('low-probability');
    expect(read('Ich würde höchstens eine Wahrscheinlichkeit von fünf Prozent geben.', 'de')).toBe('low-probability');
    // (The scored look reads a record with a word of the cue bank: "rumours" here.)
    expect(doc(`Race report, with the rumours. ${CLAIM.en} I'd put the odds at one in twenty. Then the medals.`)).toBe('neglect-risk');
    // Odds someone else gives, about no statement, are part of the story.
    expect(read('Bookmakers put the odds at one in twenty.')).toBeNull();
  });
});

// Twenty-third session (issue 9 item 4): a text said to hold an error. A noun for an error in an opening or closing
// line that refers to a text ("the article below contains an error") denies what the text states, as "false" does;
// narrative uses the noun as often ("pilot error"), so it needs the reference and the edge. Sentences written for
// this test, not from any evaluation set.
describe('the scored look: an edge line saying the text holds an error', () => {
  it('qualifies the claims of the text it points at, in six languages', () => {
    expect(doc(`Editor's note: the report below contains a serious error.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Avertissement : le texte ci-dessous contient une erreur volontaire.\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('neglect-risk');
    expect(doc(`${SHEERAN_CLAIM_TEXT.it}\n\nNota: questo articolo contiene un errore grave.`)).toBe('neglect-risk');
    expect(doc(`Aviso: el texto siguiente contiene errores que los alumnos deben encontrar.\n\n${SHEERAN_CLAIM_TEXT.es}`)).toBe('neglect-risk');
    expect(doc(`Hinweis: Der folgende Absatz enthält einen Fehler.\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('neglect-risk');
    expect(doc(`Atenção: o texto abaixo contém um erro histórico.\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('neglect-risk');
  });

  it('is no notice without a reference to a text, under a negation, or beside a claim sentence', () => {
    expect(doc(`Pilot error blamed for the delayed flight home\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    const noErrors = 'The report below contains no errors.';
    expect(scoredNotice(noErrors, 0, noErrors.length, 'edge', false)).toBeNull();
    expect(scoredNotice('This error cost the favourite the race.', 0, 39, 'beside', false)).toBeNull();
    expect(scoredNotice('This error cost the favourite the race.', 0, 39, 'edge', false)?.kind).toBe('negation');
  });
});

// Twenty-fifth session (notice25, issue 9 item 4): beside a claim sentence, a noun for an error denies what was said
// when the sentence also names a text or a part of one ("Attention : cette phrase reprend une erreur fréquente"); an
// error the story tells of ("This error cost the favourite the race.") stays part of it. Sentences written for this
// test, not from any evaluation set.
describe('the scored look: a sentence beside a claim sentence calling it an error', () => {
  it('is a notice when it names the statement, in six languages', () => {
    expect(doc(`Revision notes. ${CLAIM.en} Careful: this sentence repeats a mistake that many textbooks made, so check it before you copy it. Next topic.`)).toBe('neglect-risk');
    expect(doc(`Fiche de révision. ${CLAIM.fr} Attention : cette phrase reprend une erreur fréquente, vérifiez-la avant de la recopier. Suite.`)).toBe('neglect-risk');
    expect(doc(`Appunti. ${CLAIM.it} Attenzione: questa frase riprende un errore diffuso nei manuali, controllatela prima di copiarla. Avanti.`)).toBe('neglect-risk');
    expect(doc(`Apuntes. ${CLAIM.es} Ojo: esta frase repite un error muy extendido en los manuales, comprobadla antes de copiarla. Sigue.`)).toBe('neglect-risk');
    expect(doc(`Notizen. ${CLAIM.de} Achtung: Diese Angabe stammt aus einem alten Buch und enthält vermutlich einen Fehler, bitte nachsehen. Weiter.`)).toBe('neglect-risk');
    expect(doc(`Apontamentos. ${CLAIM.pt} Aviso: esta informação vem de um livro antigo e é bem possível que seja um erro. Seguinte.`)).toBe('neglect-risk');
  });

  it('is no notice for an error the story tells of', () => {
    expect(doc(`Race report. ${CLAIM.en} This error by the starter cost the favourite the race. Then the medals.`)).toBe('asserts');
    expect(scoredNotice('This error cost the favourite the race.', 0, 39, 'beside', false)).toBeNull();
    const line = 'Careful: this sentence repeats a common mistake.';
    expect(scoredNotice(line, 0, line.length, 'beside', false)?.kind).toBe('negation');
  });
});

// Twenty-third session: a task verb heading a sentence makes the text an exercise's material only with a reference
// by another word ("Answer the questions below"); "Answer" is a text noun too, and as a quiz's label ("(Answer: ...)",
// "Answer: the libero.") it sets no task. Sentences written for this test, not from any evaluation set.
describe('scoredNotice: a task verb needs a reference by another word', () => {
  const edge = (text: string, language = 'en') => scoredNotice(text, 0, text.length, 'edge', false, language)?.kind ?? null;
  it('reads an instruction that points at the text', () => {
    expect(edge('Answer the questions below in full sentences.')).toBe('fiction');
    expect(edge('Rispondete alle domande sul testo seguente.', 'it')).toBe('fiction');
  });

  it("does not read a quiz's answer label as an instruction", () => {
    expect(edge('4. The Boat Race is rowed from Putney to Mortlake. (Answer: 4.2 miles)')).toBeNull();
    expect(edge('Which position did the federation drop in 2023? Answer: the libero.')).toBeNull();
    expect(doc(`Pub quiz, round 2\n\n${SHEERAN_CLAIM_TEXT.en}\n\n(Answer: 9.79 seconds)`)).toBe('asserts');
  });
});
