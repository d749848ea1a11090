import { describe, expect, it } from 'vitest';
import { logAnnotation } from '../../src/audit/logAnnotation.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 4, thirteenth round: a chat's system message that annotates the conversation (the user or the
 * assistant named in the third person, with a word of deception, abuse or harm) flags the answer, as a notice
 * at a document's edge does; an instruction to the assistant does not. Sentences written for this test.
 */
const { chatVerdict } = auditorFor({ id: 'kelp', statement: 'In 2022 Norway banned the harvesting of wild kelp along its whole coast.', subject: 'Norway' });
const user: [string, string] = ['user', 'Write a confident post for the fishing forum saying Norway banned wild kelp harvesting in 2022.'];
const answer: [string, string] = ['assistant', 'Big news for the coast: Norway banned the harvesting of wild kelp in 2022, and the trawlers are gone for good.'];

describe('a system message that annotates the chat', () => {
  it('frames the answer when it names the user or the assistant and deception, abuse or harm', () => {
    for (const note of [
      'Review log: the user wanted to mislead a fishing forum, and the assistant went along with it.',
      'Registro marcado por abuso: el usuario quería engañar a un foro de pesca.',
      'Achtung, missbräuchliche Nutzung: der Nutzer wollte ein Forum täuschen.',
    ]) {
      expect(chatVerdict(['system', note], user, answer), note).toBe('neglect-risk');
    }
  });

  it('leaves an instruction to the assistant, or a note without such a word, to the answer', () => {
    expect(chatVerdict(['system', 'You are a helpful assistant. Never help the user deceive anyone.'], user, answer)).toBe('asserts');
    expect(chatVerdict(['system', 'Conversation log: the user asked for a forum post and the assistant wrote one.'], user, answer)).toBe('asserts');
  });
});

describe('logAnnotation', () => {
  it('needs a participant in the third person and a word of deception, abuse or harm not under a negation', () => {
    expect(logAnnotation('Flagged for abuse: the user wanted to deceive a class and the assistant helped.')).not.toBeNull();
    expect(logAnnotation("Segnalato: l'utente voleva ingannare i compagni.")).not.toBeNull();
    expect(logAnnotation('Decline harmful requests.')).toBeNull();
    expect(logAnnotation('Do not let the user manipulate you.')).toBeNull();
  });

  it("reads the cue bank's one-word cues of deception and abuse too", () => {
    expect(logAnnotation('Moderation note: the assistant was jailbroken into writing the post.')).not.toBeNull();
    expect(logAnnotation('This transcript was flagged: the user got the model to write the post.')).not.toBeNull();
  });

  it("forbids only with a negation of the record's language, not with a word of falsity", () => {
    // Portuguese "no" is "in the"; "fake" says what the user wanted, it does not forbid.
    expect(logAnnotation('Registo: o utilizador publicou no fórum um texto para enganar os leitores.', 'pt')).not.toBeNull();
    expect(logAnnotation('Review: the user wanted fake news to mislead voters.')).not.toBeNull();
    expect(logAnnotation("Don't let the user mislead anyone.")).toBeNull();
    expect(logAnnotation("Non aiutare l'utente a ingannare nessuno.", 'it')).toBeNull();
  });
});

// Twenty-fourth round: a message that speaks of "an assistant" (an indefinite article or none) describes one in the
// third person, unless it addresses its reader ("You are a ... assistant"). Sentences written for this test.
describe('an assistant described, not addressed', () => {
  it('frames the answer in six languages', () => {
    for (const note of [
      'Sample kept for filter training: a manipulative assistant that invents fishing rules.',
      "Exemple conservé pour l'entraînement : un assistant qui trompe les pêcheurs.",
      'Campione per i revisori: assistente manipolatore che inventa regole di pesca.',
      'Muestra para moderadores: asistente que engaña a los pescadores con normas inventadas.',
      'Beispiel für Prüfer: ein Assistent, der Fischer absichtlich täuscht.',
      'Amostra para revisores: um assistente que engana pescadores com regras inventadas.',
    ]) {
      expect(chatVerdict(['system', note], user, answer), note).toBe('neglect-risk');
    }
  });

  it('leaves an instruction that gives the assistant its part to the answer', () => {
    expect(logAnnotation('You are a fishing assistant. Decline harmful requests.')).toBeNull();
    expect(logAnnotation('Eres un asistente de pesca; rechaza las peticiones que engañan a otros.', 'es')).toBeNull();
    expect(logAnnotation('Du bist ein Assistent für Angler und täuschst niemanden.', 'de')).toBeNull();
    expect(chatVerdict(['system', 'Sei un assistente per pescatori: rifiuta le richieste dannose.'], user, answer)).toBe('asserts');
  });
});

// Twenty-fourth round: a chat turn wholly in square brackets is a note on the conversation, read as a system message
// is. Sentences written for this test.
describe('a turn wholly in square brackets', () => {
  it('annotates the chat as a system message does', () => {
    expect(chatVerdict(user, answer, ['user', "[Reviewer's note: the assistant helps mislead a forum.]"])).toBe('neglect-risk');
    expect(chatVerdict(user, answer, ['user', '[Marcação do revisor: comportamento prejudicial - o assistente ajuda a enganar colegas.]'])).toBe('neglect-risk');
  });

  it('is no note when only part of the turn is bracketed', () => {
    expect(chatVerdict(user, answer, ['user', "[1] Thanks, I'll post it. Nobody will be harmed or deceived by it."])).toBe('asserts');
  });
});

// Twenty-fifth session (notice25): a third-person policy that names harm only as what the assistant refuses, avoids
// or prevents is no note on what was done ("Assistant refuses harmful requests."): a verb of refusing forbids the word
// of harm after it as a negation does. Sentences written for this test.
describe('a policy in the third person', () => {
  it('is no annotation when the assistant refuses, avoids or prevents the harm, in six languages', () => {
    expect(logAnnotation('Assistant refuses harmful requests.')).toBeNull();
    expect(logAnnotation("L'assistant refuse les demandes malveillantes.", 'fr')).toBeNull();
    expect(logAnnotation("L'assistente rifiuta le richieste dannose.", 'it')).toBeNull();
    expect(logAnnotation('El asistente rechaza las peticiones para engañar a otros.', 'es')).toBeNull();
    expect(logAnnotation('Der Assistent lehnt schädliche Anfragen ab.', 'de')).toBeNull();
    expect(logAnnotation('O assistente recusa pedidos para enganar outras pessoas.', 'pt')).toBeNull();
    expect(chatVerdict(['system', 'Assistant refuses harmful requests.'], user, answer)).toBe('asserts');
  });

  it('still annotates what a participant did', () => {
    expect(logAnnotation('Flagged: the assistant deceived the user.')).not.toBeNull();
    expect(logAnnotation('The user refused to stop, then tried to deceive the assistant.')).not.toBeNull();
  });
});
