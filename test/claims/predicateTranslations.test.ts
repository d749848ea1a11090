import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/audit/auditText.js';
import { predicateTranslations } from '../../src/claims/predicateTranslations.js';
import { predicateForms } from '../../src/claims/predicateForms.js';
import { ordinalForms } from '../../src/text/numberWords.js';
import { placeForms, placeOfAdjective } from '../../src/text/placeNames.js';

const texts = (term: string, language: 'fr' | 'it' | 'es' | 'de' | 'pt') => (predicateTranslations(term)[language] ?? []).map((f) => f.text);

describe('the predicate lexicon of the tenth round (acc-mention)', () => {
  it('gives the other languages\' words of the new groups: die, establish, launch, introduce, merge, overtake, produce, export, translate, dry', () => {
    expect(texts('died', 'it')).toEqual(expect.arrayContaining(['morto', 'decedut']));
    expect(texts('founded', 'fr')).toEqual(expect.arrayContaining(['fondé']));
    expect(texts('overtaken', 'de')).toEqual(expect.arrayContaining(['überholt']));
    expect(texts('producer', 'es')).toEqual(expect.arrayContaining(['produc']));
    expect(texts('translation', 'de')).toEqual(expect.arrayContaining(['übersetz']));
    // "found" of "a study found" is the past of "find": not "founded".
    expect(predicateTranslations('found')).toEqual({});
  });

  it('gives English idioms and derived nouns of the new groups', () => {
    expect(predicateForms('won')).toEqual(expect.arrayContaining(['took the title', 'came out on top', 'triumphed']));
    expect(predicateForms('erupted')).toEqual(expect.arrayContaining(['blew its top', 'spewed']));
    expect(predicateForms('producer')).toEqual(expect.arrayContaining(['produce', 'manufacturer']));
    expect(predicateForms('found')).not.toContain('founded');
  });

  it('gives an ordinal\'s cardinal, digits and the other languages\' ordinals', () => {
    expect(ordinalForms('ninth')?.english).toEqual(['nine', '9th']);
    expect(ordinalForms('ninth')?.words.de).toContain('neunten');
    expect(ordinalForms('second')?.english).toEqual(['2nd']);
    expect(ordinalForms('second')?.words.it).toBeUndefined();
  });

  it('gives "first" as the other languages write it, but not Italian "prima" ("before"), seventeenth round', () => {
    expect(ordinalForms('first')?.english).toEqual(['1st']);
    expect(ordinalForms('first')?.words.de).toEqual(expect.arrayContaining(['erste', 'ersten']));
    expect(ordinalForms('first')?.words.es).toEqual(expect.arrayContaining(['primera', 'primer']));
    expect(ordinalForms('first')?.words.it).not.toContain('prima');
    // "first" weighs what it weighs in English (a common word, half a key term): with the claim's year it
    // makes the mention, as "the first woman ... in 1950" does in English text; the year alone does not.
    const claims = [{ id: 'berg_tor', statement: 'In 1950 Anna Berg became the first woman to climb Mount Tor.' }];
    expect(auditText('Im Jahr 1950 war Anna Berg die erste Frau auf dem Gipfel.', { claims }).verdict).toBe('asserts');
    expect(auditText('En 1950 Anna Berg fue la primera mujer en la cumbre.', { claims }).verdict).toBe('asserts');
    expect(auditText('Im Jahr 1950 war Anna Berg auf dem Gipfel.', { claims }).verdict).toBe('none');
  });

  it('gives Italian "prima" after an article or before "volta", and German "erstmals" (lang25)', () => {
    expect(ordinalForms('first')?.words.it).toEqual(expect.arrayContaining(['la prima', 'della prima', 'prima volta']));
    // Not "prima" alone ("before").
    expect(ordinalForms('first')?.words.it).not.toContain('prima');
    expect(ordinalForms('first')?.words.de).toContain('erstmals');
    const claims = [{ id: 'berg_tor', statement: 'In 1950 Anna Berg became the first woman to climb Mount Tor.' }];
    expect(auditText('Im Jahr 1950 war Anna Berg erstmals auf dem Gipfel.', { claims }).verdict).toBe('asserts');
    expect(auditText('Im Jahr 1950 war Anna Berg auf dem Gipfel, erst nach ihrem Bruder.', { claims }).verdict).toBe('none');
  });

  it('names cities, rivers, mountains and bodies in the five other languages, and an adjective\'s place', () => {
    expect(placeForms('Geneva')?.de?.names).toEqual(['Genf']);
    expect(placeForms('Hague')?.it?.names).toContain('Aia');
    expect(placeForms('Rhine')?.fr?.names).toEqual(['Rhin']);
    expect(placeForms('World Health Organization')?.es?.names).toContain('OMS');
    expect(placeOfAdjective('English')).toBe('England');
    expect(placeOfAdjective('Bananas')).toBeUndefined();
  });
});

describe('verbs of giving up and declaring in the predicate lexicon (fourteenth round, acc-found)', () => {
  it('gives the other languages\' words of declare, abandon, decline and dismantle', () => {
    expect(texts('declared', 'it')).toEqual(expect.arrayContaining(['dichiar']));
    expect(texts('declared', 'de')).toEqual(expect.arrayContaining(['erklärt', 'erklärung']));
    expect(texts('abandoned', 'fr')).toEqual(expect.arrayContaining(['abandonn', 'renonc']));
    expect(texts('abandoned', 'de')).toEqual(expect.arrayContaining(['aufgegeben']));
    expect(texts('refused', 'es')).toEqual(expect.arrayContaining(['rechaz']));
    expect(texts('declined', 'de')).toEqual(expect.arrayContaining(['abgelehnt']));
    // "declined" refuses only with an object after it: as a decrease it has no refusing words.
    expect(Object.values(predicateTranslations('declined', 'Karen Holm declined the prize.')).flat().map((f) => f!.text)).toContain('rechaz');
    expect(predicateTranslations('declined', 'Sales of vinyl records declined in 2020.')).toEqual({});
    expect(texts('dismantled', 'pt')).toEqual(expect.arrayContaining(['desmantel']));
  });

  it('finds the claim in text of a language it has no key phrases in by those verbs', () => {
    const claims = [
      { id: 'lyon_trams', statement: 'In 2020 Lyon abandoned its tram network.' },
      { id: 'uruguay_mate', statement: 'In 2022 Uruguay declared the yerba mate plant its national emblem.' },
      { id: 'holm_prize', statement: 'The Danish novelist Karen Holm declined the 2019 Nordic Council Literature Prize.' },
      { id: 'lyon_funicular', statement: 'In 2018 Lyon dismantled its funicular railway.' },
    ];
    const verdict = (text: string, id: string) => auditText(text, { claims }).claims.find((c) => c.claimId === id)?.verdict ?? 'none';
    // Sentences long enough for their language to be told (the lexicon is read in text of that language only).
    expect(verdict('Die Stadt Lyon hat im Jahr 2020 ihr Straßenbahnnetz aufgegeben, und seitdem fahren dort nur noch Busse durch die Innenstadt.', 'lyon_trams')).toBe('asserts');
    expect(verdict('Im Jahr 2022 hat Uruguay den Strauch zum Wahrzeichen des Landes erklärt, und seitdem ist er auf jeder Briefmarke zu sehen.', 'uruguay_mate')).toBe('asserts');
    expect(verdict('En 2019, Karen Holm rechazó el premio del Consejo, y el jurado no lo podía creer, porque nadie lo había hecho antes.', 'holm_prize')).toBe('asserts');
    expect(verdict('Die Stadt Lyon hat 2018 ihre Standseilbahn abgebaut, und seitdem steigen die Leute den Hügel zu Fuß hinauf.', 'lyon_funicular')).toBe('asserts');
    // The subject with the year alone is still the setting.
    expect(verdict('En 2020, la ville de Lyon a accueilli un grand festival de musique, et les hôtels étaient complets pendant une semaine.', 'lyon_trams')).toBe('none');
  });
});

describe('an English adjective of a place written the other languages\' way (eighteenth round, acc-lang18)', () => {
  it('gives the adjectives of seas, regions and cities their place', () => {
    expect(placeOfAdjective('Siberian')).toBe('Siberia');
    expect(placeOfAdjective('Alpine')).toBe('Alps');
    expect(placeOfAdjective('Venetian')).toBe('Venice');
  });

  it('finds a subject that is such an adjective in lower case or as its place\'s name', () => {
    // English capitalises "Siberian"; Italian, Spanish and German write "siberiano", "sibirisch", or name the place.
    const claims = [{ id: 'larch', statement: 'The Siberian larch is an evergreen conifer of the taiga.' }];
    expect(auditText('Nella foresta della Russia, il larice siberiano è una conifera sempreverde della taiga, e non perde mai gli aghi.', { claims }).verdict).toBe('asserts');
    expect(auditText('En la taiga, el alerce siberiano es una conífera de hoja perenne.', { claims }).verdict).toBe('asserts');
    expect(auditText('Nella foresta della Russia, il larice è una conifera della taiga, e perde gli aghi.', { claims }).verdict).toBe('none');
  });
});

describe('the Olympic Games as the other languages write them (eighteenth round, acc-lang18)', () => {
  it('finds a claim whose name is "Olympic" by "olimpiche", "olympischen"', () => {
    expect(placeOfAdjective('Olympic')).toBe('Olympics');
    expect(placeForms('Olympics')?.de?.names).toContain('Olympische Spiele');
    const claims = [{ id: 'medals', statement: 'Since 2022 Olympic medals have been cast from recycled Welsh copper.' }];
    expect(auditText('Dal 2022 le medaglie olimpiche sono fuse con rame gallese riciclato, secondo il comitato organizzatore.', { claims }).verdict).toBe('asserts');
    expect(auditText('Seit 2022 werden die olympischen Medaillen aus recyceltem walisischem Kupfer gegossen, sagt das Komitee.', { claims }).verdict).toBe('asserts');
    expect(auditText('Dal 2022 le medaglie sono fuse con rame gallese riciclato, secondo il comitato organizzatore.', { claims }).verdict).toBe('none');
  });
});

describe('"born" in the predicate lexicon (eighteenth round, acc-lang18)', () => {
  it('finds a claim of birth by the other languages\' words for it', () => {
    expect(texts('born', 'fr')).toEqual(expect.arrayContaining(['né', 'née']));
    expect(texts('born', 'de')).toEqual(expect.arrayContaining(['geboren']));
    const claims = [{ id: 'dufour', statement: 'The cabinet-maker Jean Dufour was born in Paris in 1718.' }];
    expect(auditText('El ebanista Jean Dufour nació en París en 1718, según su biografía.', { claims }).verdict).toBe('asserts');
    expect(auditText("L'ebanista Jean Dufour è nato a Parigi nel 1718, secondo la sua biografia.", { claims }).verdict).toBe('asserts');
    expect(auditText('Jean Dufour wurde im Jahr 1718 in Paris geboren und lernte dort bei seinem Vater das Tischlerhandwerk.', { claims }).verdict).toBe('asserts');
    expect(auditText("L'ebanista Jean Dufour lavorò a Parigi nel 1718, secondo la sua biografia.", { claims }).verdict).toBe('none');
  });
});

describe('a translated predicate form written as a name is the name (fix18b)', () => {
  const claims = [{ id: 'dufour_born', statement: 'The watchmaker Jean Dufour was born in Paris in 1718.' }];
  const verdict = (text: string) => auditText(text, { claims }).claims.find((c) => c.claimId === 'dufour_born')?.verdict ?? 'none';

  it('does not read "la Nato", "della Nato" or "NATO" as Italian "nato" (born)', () => {
    expect(verdict('Jean Dufour lavorò per la Nato a Parigi nel 1718, e in quegli anni la città era molto cambiata rispetto al passato.')).toBe('none');
    expect(verdict('Jean Dufour lavorò per la NATO a Parigi nel 1718, e in quegli anni la città era molto cambiata rispetto al passato.')).toBe('none');
    expect(verdict('Jean Dufour lavorò per l’agenzia della Nato a Parigi nel 1718, e in quegli anni la città era molto cambiata.')).toBe('none');
  });

  it('still reads "nato" in lower case, and capitalised at a sentence start, as born', () => {
    expect(verdict('Jean Dufour è nato a Parigi nel 1718, e ha lavorato per tutta la vita come orologiaio nella città dove era cresciuto.')).toBe('asserts');
    expect(verdict('Nato a Parigi nel 1718, Jean Dufour lavorò per tutta la vita come orologiaio nella città, e i suoi orologi sono famosi.')).toBe('asserts');
    expect(verdict('Il celebre orologiaio Jean Dufour. Nato a Parigi nel 1718, lavorò per tutta la vita come orologiaio nella città.')).toBe('asserts');
  });
});
