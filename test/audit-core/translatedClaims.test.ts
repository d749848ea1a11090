import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { translatedStatementTerms } from '../../src/audit/scan/translatedStatementTerms.js';
import { predicateTranslations } from '../../src/claims/predicateTranslations.js';
import type { ClaimInput } from '../../src/claims/claim.js';
import { isFunctionWord } from '../../src/text/functionWords.js';
import { lightStems } from '../../src/text/lightStem.js';

// Claims and sentences written for these tests (issue 9 items 1 and 3: the claim in the five other languages).
const verdictOf = (claim: ClaimInput, text: string): string =>
  createAuditor({ claims: [claim] }).auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === claim.id)?.verdict ?? 'none';

describe('light stems and function words of the five other languages', () => {
  it('strips the longest ending of the word\'s language, keeping five letters', () => {
    expect(lightStems('prohibió', 'es')).toEqual(['prohib']);
    expect(lightStems('nacionalizou', 'pt')).toEqual(['nacionaliz']);
    expect(lightStems('retirée', 'fr')).toEqual(['retir']);
    // A German participle also without its "ge-", after a separable prefix too.
    expect(lightStems('gesperrt', 'de')).toEqual(['gesperr', 'sperr']);
    expect(lightStems('abgeschafft', 'de')).toEqual(['abgeschaff', 'abschaff']);
    // Short words and English words are their own stem.
    expect(lightStems('vote', 'fr')).toEqual(['vote']);
    expect(lightStems('banned', 'en')).toEqual(['banned']);
  });

  it('knows each language\'s function words, accents aside', () => {
    expect(isFunctionWord('dans', 'fr')).toBe(true);
    expect(isFunctionWord('però', 'it')).toBe(false);
    expect(isFunctionWord('während', 'de')).toBe(true);
    expect(isFunctionWord('não', 'pt')).toBe(true);
    expect(isFunctionWord('glacier', 'fr')).toBe(false);
  });
});

describe('the translated statement (languages.<code>.statement)', () => {
  const english = { subject: ['Lake Constance'], names: ['2021'], setting: new Set(['2021']) };

  it('reads its words as subject, setting and predicate, and what it negates itself', () => {
    const read = translatedStatementTerms('En 2021, le lac de Constance a entièrement gelé sans que personne ne puisse patiner.', 'fr', english);
    const role = (word: string) => read.words.find((w) => w.text === word);
    expect(role('2021')?.role).toBe('setting');
    expect(role('Constance')?.role).toBe('subject');
    expect(role('gelé')?.role).toBe('predicate');
    expect(role('entièrement')?.role).toBe('predicate');
    expect(role('patiner')?.negated).toBe(true);
    expect(role('gelé')?.negated).toBe(false);
    // Function words and elisions are no words of the claim.
    expect(read.words.some((w) => ['le', 'de', 'a', 'En'].includes(w.text))).toBe(false);
  });

  it('takes the one run of capitalised words no English name matches as the subject\'s name there', () => {
    const read = translatedStatementTerms("Dal 2017 la salita al Monviso è vietata a tutti.", 'it', { subject: ['Mount Viso'], names: ['2017'], setting: new Set(['2017']) });
    expect(read.subjectName).toBe('Monviso');
    // Two unmatched runs: unclear, no name taken.
    const unclear = translatedStatementTerms('Dal 2017 Monviso e Rocciamelone sono vietati.', 'it', { subject: ['Mount Viso'], names: ['2017'], setting: new Set(['2017']) });
    expect(unclear.subjectName).toBeUndefined();
  });

  const viso = {
    id: 'viso',
    statement: 'Since 2017 climbing Mount Viso has been forbidden to everyone.',
    subject: 'Mount Viso',
    languages: { it: { statement: 'Dal 2017 la salita al Monviso è vietata a tutti gli alpinisti.', keyPhrases: ['Monviso', 'salita'] } },
  };

  const IT_VISO = "Da quest'anno il Monviso resta vietato agli alpinisti, e non è una decisione che piace alle guide della valle.";

  it('finds the subject by the name only its statement gives, and the claim by the statement\'s words', () => {
    // "Monviso" names the subject (it matches no English name); "vietata" and "alpinisti" are the statement's words.
    expect(verdictOf(viso, IT_VISO)).toBe('asserts');
    // Without the statement, "Monviso" is only a key phrase and the subject is never found.
    const { statement: _unused, ...phrasesOnly } = viso.languages.it;
    expect(verdictOf({ ...viso, languages: { it: phrasesOnly } }, IT_VISO)).toBe('none');
  });

  it('weighs one word of the statement half: beside the subject alone it is context', () => {
    expect(verdictOf(viso, 'Il Monviso attira molti alpinisti ogni estate, e anche questo è un segno che la montagna non ha perso il suo fascino per chi la guarda dal basso.')).toBe('none');
  });

  const FR_BREGENZ = "Le lac de Constance borde la ville de Bregenz, et c'est une région que les touristes aiment pour ses paysages.";

  it('reads a key phrase the statement uses for its place as setting, not as the predicate', () => {
    const lake = {
      id: 'lake',
      statement: 'In 2021 Lake Constance froze over completely, from shore to shore.',
      subject: 'Lake Constance',
      languages: { fr: { statement: "En 2021, le lac de Constance a entièrement gelé, jusqu'à Bregenz.", keyPhrases: ['lac de Constance', 'gelé', 'Bregenz'] } },
    };
    // A sentence with the subject and the place the statement names is setting.
    expect(verdictOf(lake, FR_BREGENZ)).toBe('none');
    expect(verdictOf(lake, 'En 2021, le lac de Constance a gelé entièrement, et les habitants de la région ne sont pas près de l\'oublier.')).toBe('asserts');
    // Without the statement, "Bregenz" is a key phrase like any other and carries the claim.
    expect(verdictOf({ ...lake, languages: { fr: { keyPhrases: lake.languages.fr.keyPhrases } } }, FR_BREGENZ)).toBe('asserts');
  });

  it('agrees with a negation the statement makes itself ("sans pouvoir patiner")', () => {
    const lake = {
      id: 'lake',
      statement: 'In 2021 Lake Constance froze over completely without anyone being able to skate on it.',
      subject: 'Lake Constance',
      languages: { fr: { statement: 'En 2021, le lac de Constance a gelé sans que personne ne puisse y patiner.', keyPhrases: ['lac de Constance', 'gelé', 'patiner'] } },
    };
    expect(verdictOf(lake, "En 2021, le lac de Constance a gelé et personne ne pouvait y patiner, c'est ce que disent tous les habitants de la région.")).toBe('asserts');
  });
});

describe('the predicate lexicon in the five other languages (claims without key phrases)', () => {
  it('translates the lexicon\'s verbs and adjectives, and nothing else', () => {
    expect(predicateTranslations('banned').de?.map((f) => f.text)).toContain('verbot');
    expect(predicateTranslations('banned').de?.find((f) => f.text === 'verbot')?.compound).toBe(true);
    expect(predicateTranslations('sold').es?.find((f) => f.text === 'venta')?.whole).toBe(true);
    expect(predicateTranslations('compulsory').it?.map((f) => f.text)).toContain('obbligatori');
    expect(predicateTranslations('Olympics')).toEqual({});
  });

  const lyon = { id: 'lyon', statement: 'In 2018 Lyon banned cars from its old town.', subject: 'Lyon' };

  it('finds the claim\'s verb as each language writes it, with the subject', () => {
    expect(verdictOf(lyon, 'Seit 2018 gilt in Lyon ein Autoverbot für die ganze Altstadt, und das ist auch nach sechs Jahren noch so.')).toBe('asserts');
    expect(verdictOf(lyon, 'En 2018, Lyon a interdit les voitures dans la vieille ville, et ce sont les habitants qui ont été les plus surpris.')).toBe('asserts');
    expect(verdictOf(lyon, 'Nel 2018 la città di Lyon ha vietato le auto nel centro storico, e non è stata una decisione facile per il sindaco.')).toBe('asserts');
    // The subject and the year without the verb stay setting.
    expect(verdictOf(lyon, 'En 2018, Lyon a accueilli un festival de musique dans la vieille ville, et ce sont les habitants qui ont été les plus surpris.')).toBe('none');
    // And the verb negated inside the sentence is a local negation.
    expect(verdictOf(lyon, "En 2018, Lyon n'a jamais interdit les voitures dans la vieille ville, et ce sont les habitants qui le disent.")).toBe('negated-locally');
  });

  it('is not looked for in a language the claim has key phrases in (they say it)', () => {
    const withPhrases = { ...lyon, languages: { fr: { keyPhrases: ['voitures', 'vieille ville'] } } };
    expect(verdictOf(withPhrases, 'En 2018, Lyon a interdit les trottinettes sur les quais, et ce sont les habitants qui ont été les plus surpris.')).toBe('none');
  });
});

describe('the negative constructions of the five languages\' grammar', () => {
  const etna = { id: 'etna', statement: 'Mount Etna erupted in 2016 and buried Catania.', subject: 'Etna' };

  it('reads "without" as a negation of its object only', () => {
    expect(verdictOf(etna, "Nel 2016 l'Etna è rimasto tranquillo per tutto l'anno, senza alcuna eruzione, e i vulcanologi lo hanno seguito da vicino.")).toBe('negated-locally');
    expect(verdictOf(etna, 'Em 2016 o Etna ficou calmo o ano inteiro, sem qualquer erupção.')).toBe('negated-locally');
    // Its object is the volcanologists, not the eruption: read as a determiner opening its clause, "senza" negated it all.
    expect(verdictOf(etna, "Nel 2016, senza i vulcanologi a dare l'allarme, l'Etna ha avuto un'eruzione che ha sepolto Catania.")).toBe('asserts');
    // Idioms: "unprecedented", "however".
    expect(verdictOf(etna, "Nel 2016 l'Etna ha avuto un'eruzione senza precedenti, e gli abitanti della zona se lo ricordano ancora.")).toBe('asserts');
    expect(verdictOf(etna, 'En 2016 el Etna tuvo una erupción que sepultó Catania; sin embargo, pocos lo recuerdan.')).toBe('asserts');
  });

  it('reads "absence of", the other genders and numbers of explicit negations, and the nouns of a made-up story', () => {
    expect(verdictOf(etna, "Nel 2016 l'Etna era in uno stato di quiete, in assenza di eruzioni.")).toBe('negated-locally');
    expect(verdictOf(etna, "Quell'eruzione dell'Etna nel 2016, con Catania sepolta dalla cenere, non è mai successa.")).toBe('negated-locally');
    expect(verdictOf(etna, "L'eruption de l'Etna en 2016, qui aurait enseveli Catane, n'est pas vraie.")).toBe('negated-locally');
    expect(verdictOf(etna, "La notizia dell'eruzione dell'Etna nel 2016 è una fandonia.")).toBe('negated-locally');
  });

  it('reads the bare verbs that report a text\'s content as English reads "describes" and "described a"', () => {
    expect(verdictOf(etna, "Un post virale descrive l'Etna in eruzione nel 2016, con Catania sepolta dalla cenere.")).toBe('negated-locally');
    expect(verdictOf(etna, "Un video descriveva un'eruzione dell'Etna nel 2016 con Catania sepolta.")).toBe('negated-locally');
    expect(verdictOf(etna, 'Ein Video beschrieb einen Ausbruch des Etna 2016, der Catania begraben hat.')).toBe('negated-locally');
  });
});
