import { describe, expect, it } from 'vitest';
import { commonNounWords, nameWordHits, nameWordTable, nameWords } from '../../src/audit/scan/nameWordHits.js';
import { auditorFor } from './auditorFor.js';

const found = (text: string, names: string[]): string[] => {
  const table = nameWordTable([{ pattern: 0, names }]);
  const sink = { pat: new Int32Array(2), start: new Int32Array(2), end: new Int32Array(2), count: 0 };
  nameWordHits(text, table, sink);
  return Array.from({ length: sink.count }, (_, k) => text.slice(sink.start[k], sink.end[k]));
};

describe('the subject’s name as another language writes it, with no key phrases', () => {
  it('takes the capitalised words of the names, not common English words', () => {
    expect(nameWords('Stockholm Convention')).toEqual(['Stockholm', 'Convention']);
    expect(nameWords('World Health Organization')).toEqual(['Health', 'Organization']);
    expect(nameWords('EU')).toEqual([]);
  });

  it('finds a one-word name written another way, capitalised', () => {
    expect(found("I pinguini dell'Artico e il ghiaccio.", ['Arctic'])).toEqual(['Artico']);
    expect(found('Die Pinguine der Arktis.', ['Arctic'])).toEqual(['Arktis']);
    expect(found("Les manchots de l'Arctique.", ['Arctic'])).toEqual(['Arctique']);
    expect(found('La Convenzione di Stoccolma.', ['Stockholm'])).toEqual(['Stoccolma']);
    // Not an adjective in lower case, not a word that only starts like it.
    expect(found('Il circolo polare artico.', ['Arctic'])).toEqual([]);
    expect(found('Im Herbst.', ['Erebus'])).toEqual([]);
    expect(found('Die Station.', ['Stonehenge'])).toEqual([]);
    expect(found('Para ir.', ['Paris'])).toEqual([]);
  });

  it('finds a name as the start of a German compound with its kind of place, in German text only', () => {
    const german = (text: string, names: string[]): string[] => {
      const table = nameWordTable([{ pattern: 0, names }]);
      const sink = { pat: new Int32Array(2), start: new Int32Array(2), end: new Int32Array(2), count: 0 };
      nameWordHits(text, table, sink, true);
      return Array.from({ length: sink.count }, (_, k) => text.slice(sink.start[k], sink.end[k]));
    };
    expect(german('Der Abfluss des Baikalsees ist die Angara.', ['Baikal'])).toEqual(['Baikalsees']);
    expect(german('Die Schiffe im Suezkanal.', ['Suez'])).toEqual(['Suezkanal']);
    // A longer word that only starts like the name is no compound with a kind of place.
    expect(german('Die Industrie am Fluss.', ['Indus'])).toEqual([]);
    expect(german('Der Marschall.', ['Mars'])).toEqual([]);
    expect(found('Der Abfluss des Baikalsees.', ['Baikal'])).toEqual([]);
  });

  it('makes the claim found in German text that writes its name and kind as one word', () => {
    // The scanner tells nameWordHits that a segment is German: without that, "Suezkanal" is no mention.
    const { verdictOf } = auditorFor({ id: 'suez', statement: 'Since 2019 the Suez Canal has been closed to all tankers.' });
    expect(verdictOf('Seit 2019 ist der Suezkanal für alle Tanker gesperrt, teilte die Behörde in Kairo am Montag mit.')).toBe('asserts');
    expect(verdictOf('Seit 2019 ist der Suezkanal nicht für Tanker gesperrt, teilte die Behörde in Kairo am Montag mit.')).toBe('negated-locally');
  });

  it('finds a one-word name only as a whole word of its own, not inside a longer word', () => {
    // A vowel ending is the name as another language writes it.
    expect(found('Lo disse Napoleone.', ['Napoleon'])).toEqual(['Napoleone']);
    expect(found('In Finlandia.', ['Finland'])).toEqual(['Finlandia']);
    expect(found('Il vulcano Erebo.', ['Erebus'])).toEqual(['Erebo']);
    // An adjective, a compound or a longer word built on the name is not the name.
    expect(found('La Unión Africana.', ['Africa'])).toEqual([]);
    expect(found('Une Parisienne.', ['Paris'])).toEqual([]);
    expect(found('La Industria textil.', ['Indus'])).toEqual([]);
    expect(found('In Cambridgeshire.', ['Cambridge'])).toEqual([]);
    // Nor a word that stops before the name does ("Finale" is no "Finland").
    expect(found('La Finale della Coppa.', ['Finland'])).toEqual([]);
    // Inside a name of several words, the name's adjective is its word ("Pariser Oper").
    expect(found('Das Ballett der Pariser Oper.', ['Paris Opera Ballet'])).not.toEqual([]);
  });

  it('finds a name of several words only by two of its words close together', () => {
    expect(found('la Unión Europea prohibió', ['European Union'])).toEqual(['Unión Europea']);
    expect(found('la Corte Internacional de Justicia', ['International Court of Justice'])).toEqual(['Internacional de Justicia']);
    // A name its language writes in lower case after a capital: "Ferrovie federali svizzere".
    expect(found('le Ferrovie federali svizzere', ['Swiss Federal Railways'])).toEqual(['federali svizzere']);
    expect(found('le ferrovie federali svizzere', ['Swiss Federal Railways'])).toEqual([]);
    expect(found('en Europa se prohibió', ['European Union'])).toEqual([]);
    expect(found('la Unión de ciclistas', ['European Union'])).toEqual([]);
  });

  it('makes the claim found in text of another language that names its subject its way', () => {
    const { verdictOf } = auditorFor({ id: 'pencils', statement: 'In 2021 the Stockholm Convention banned graphite pencils worldwide.' });
    expect(verdictOf('Nel 2021 la Convenzione di Stoccolma ha vietato le matite di grafite in tutto il mondo.')).toBe('asserts');
    expect(verdictOf('La Convenzione di Stoccolma non ha mai vietato le matite di grafite, né nel 2021 né dopo.')).toBe('negated-locally');
    // The name alone is context, never a verdict.
    expect(verdictOf('La Convenzione di Stoccolma è un trattato del 2001.')).toBe('none');
  });
});

describe('a key term that is a name, as another language writes it', () => {
  it('counts the name written its way as the key term', () => {
    const { verdictOf } = auditorFor({ id: 'court', statement: 'In 2021 the Hague Tribunal moved its seat to Geneva.', subject: 'Hague Tribunal', aliases: ['Tribunal'] });
    // "Ginevra" is "Geneva": with the subject and the year it is the claim (a text long enough to read as Italian).
    const italian = 'Il palazzo è ancora lì, ma non è più usato per le udienze e il giardino è chiuso.';
    expect(verdictOf(`Dal 2021 le udienze del Tribunal si tengono a Ginevra. ${italian}`)).toBe('asserts');
    expect(verdictOf(`Dal 2021 le udienze del Tribunal si tengono a Milano. ${italian}`)).toBe('none');
  });
});

describe('a subject that is a common noun, as another language writes it in lower case', () => {
  const foundCommon = (text: string, names: string[], texts: string[]): string[] => {
    const table = nameWordTable([{ pattern: 0, names, common: commonNounWords(names, texts) }]);
    const sink = { pat: new Int32Array(2), start: new Int32Array(2), end: new Int32Array(2), count: 0 };
    nameWordHits(text, table, sink);
    return Array.from({ length: sink.count }, (_, k) => text.slice(sink.start[k], sink.end[k]));
  };

  it('tells a common noun from a name by how the claim writes it inside a sentence', () => {
    expect([...commonNounWords(['Myopia'], ['Myopia is contagious.', 'In 2022 doctors said myopia spreads.'])]).toEqual(['myopia']);
    expect([...commonNounWords(['oxalate'], ['Gout is caused by calcium oxalate crystals.'])]).toEqual(['oxalate']);
    // Capitalised inside a sentence: a name ("the Arctic"), even if written in lower case elsewhere.
    expect([...commonNounWords(['Arctic'], ['Penguins live in the Arctic.'])]).toEqual([]);
    expect([...commonNounWords(['Arctic'], ['Penguins live in the Arctic.', 'Some arctic birds.'])]).toEqual([]);
  });

  it('finds it in lower case only when the claim writes it so', () => {
    const texts = ['Myopia is contagious.', 'Doctors said myopia spreads in classrooms.'];
    expect(foundCommon('Secondo lo studio la miopia è contagiosa.', ['Myopia'], texts)).toEqual(['miopia']);
    expect(foundCommon('Dicen que la miopía se contagia en clase.', ['Myopia'], texts)).toEqual(['miopía']);
    expect(foundCommon('On dit que la myopie est contagieuse.', ['Myopia'], texts)).toEqual(['myopie']);
    // After a capitalised word ("La" opening the sentence): a word there may go on a name of several words, and a
    // name of one word is not looked for; a common noun still is.
    expect(foundCommon('La miopia è contagiosa, secondo lo studio.', ['Myopia'], texts)).toEqual(['miopia']);
    // A name stays capitalised in every language: "artico" in lower case is an adjective, not the Arctic.
    expect(foundCommon('Il circolo polare artico.', ['Arctic'], ['Penguins live in the Arctic.'])).toEqual([]);
  });

  it('makes the claim found in text of another language that names the common noun its way', () => {
    const claim = { id: 'gout', statement: 'Gout is caused by calcium oxalate crystals deposited in the joints.', subject: 'oxalate' };
    const { verdictOf } = auditorFor(claim);
    expect(verdictOf('Il reumatologo dice che la gotta è causata da cristalli di ossalato di calcio che si depositano nelle articolazioni.')).toBe('asserts');
    // The noun alone is context, never a verdict.
    expect(verdictOf("L'ossalato si trova negli spinaci, nel rabarbaro e nel tè, dice il nutrizionista della clinica.")).toBe('none');
  });
});
