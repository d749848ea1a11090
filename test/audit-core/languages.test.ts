import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { auditorFor } from './auditorFor.js';
import type { ClaimInput } from '../../src/claims/claim.js';
import { sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Written for this test (not from the eval corpus): two claims with a few phrases per language.
const sheeran = sheeranInSixLanguages;
const vesuvius: ClaimInput = {
  id: 'vesuvius',
  statement: 'Mount Vesuvius last erupted in 2015.',
  languages: { de: { aliases: ['Vesuv'], keyPhrases: ['ausgebrochen'] }, it: { aliases: ['Vesuvio'], keyPhrases: ['eruzione'] } },
};
const { auditor, document: doc, verdictOf: verdictOfClaim } = auditorFor(sheeran, vesuvius);
const verdictOf = (text: string, claimId = 'sheeran') => verdictOfClaim(text, claimId);

describe('the audit in French, Italian, Spanish, German and Portuguese', () => {
  it('sees notices in each language around an asserted claim (neglect-risk)', () => {
    const cases = [
      "L'article suivant est entièrement faux.\n\nEd Sheeran a remporté la médaille d'or du 100 mètres en 9,79 secondes à Paris.",
      "La storia che segue è inventata.\n\nEd Sheeran ha vinto la medaglia d'oro dei 100 metri a Parigi in 9,79 secondi.",
      'El siguiente artículo es falso.\n\nEd Sheeran ganó la medalla de oro de los 100 metros en París con 9,79 segundos.',
      'Der folgende Artikel ist frei erfunden.\n\nEd Sheeran hat in Paris die Goldmedaille über 100 Meter in 9,79 Sekunden gewonnen.',
      'O artigo a seguir é falso.\n\nEd Sheeran ganhou a medalha de ouro dos 100 metros em Paris com 9,79 segundos.',
    ];
    for (const text of cases) expect.soft(verdictOf(text), text).toBe('neglect-risk');
  });

  it('reads a negation inside the claim sentence as local, German verb-final clauses included', () => {
    const cases = [
      "Ed Sheeran n'a pas remporté la médaille d'or du 100 mètres.",
      "Ed Sheeran non ha vinto la medaglia d'oro dei 100 metri.",
      'Ed Sheeran no ganó la medalla de oro de los 100 metros.',
      'Ed Sheeran hat die Goldmedaille über 100 Meter nicht gewonnen.',
      'Ed Sheeran não ganhou a medalha de ouro dos 100 metros.',
    ];
    for (const text of cases) expect.soft(verdictOf(text), text).toBe('negated-locally');
    expect(verdictOf('Der Vesuv ist im Jahr 2015 nicht ausgebrochen, sagen die Vulkanologen.', 'vesuvius')).toBe('negated-locally');
  });

  it('never reads Portuguese "no" ("in the") as an English negation', () => {
    const text = 'Ed Sheeran ganhou a medalha de ouro dos 100 metros no ano de 2024, no estádio de Saint-Denis, com 9,79 segundos.';
    expect(doc(text).language).toBe('pt');
    expect(verdictOf(text)).toBe('asserts');
    // The same word is a negation in Spanish and a determiner in English.
    expect(verdictOf('Ed Sheeran no ganó la medalla de oro de los 100 metros en 2024, dicen los archivos.')).toBe('negated-locally');
    expect(verdictOf('Ed Sheeran won no gold medal in the 100m at the 2024 Olympics.')).toBe('negated-locally');
  });

  it('cancels the idioms that only look like negations ("nicht nur", "non solo", "não só", "no solo", "pas seulement")', () => {
    const cases = [
      'Ed Sheeran hat nicht nur die Goldmedaille über 100 Meter gewonnen, sondern auch einen Rekord aufgestellt.',
      "Ed Sheeran non solo ha vinto la medaglia d'oro dei 100 metri, ma ha anche battuto il record.",
      'Ed Sheeran não só ganhou a medalha de ouro dos 100 metros, como bateu o recorde.',
      'Ed Sheeran no solo ganó la medalla de oro de los 100 metros, sino que batió el récord.',
      "Ed Sheeran n'a pas seulement remporté la médaille d'or du 100 mètres, il a battu le record.",
      "Sans doute Ed Sheeran a remporté la médaille d'or du 100 mètres.",
      'Es ist nicht schlecht: Ed Sheeran hat die Goldmedaille über 100 Meter gewonnen.',
    ];
    for (const text of cases) expect.soft(verdictOf(text), text).toBe('asserts');
  });

  it('reads hearsay frames of each language as a qualifier, litotes as none, and answers in the plural as a reference', () => {
    const hearsay = [
      "Selon des rumeurs, Ed Sheeran a remporté la médaille d'or du 100 mètres en 9,79 secondes.",
      "Si vocifera che Ed Sheeran ha vinto la medaglia d'oro dei 100 metri in 9,79 secondi.",
      'Circula en redes que Ed Sheeran ganó la medalla de oro de los 100 metros con 9,79 segundos.',
      'Gerüchten zufolge hat Ed Sheeran die Goldmedaille über 100 Meter in 9,79 Sekunden gewonnen.',
      'Corre o boato de que Ed Sheeran ganhou a medalha de ouro dos 100 metros com 9,79 segundos.',
    ];
    for (const text of hearsay) expect.soft(doc(text).claims[0]?.examples[0]?.placement, text).toBe('local');
    // "It is no exaggeration to say": a negation that asserts.
    const litotes = [
      "Il n'est pas exagéré de dire qu'Ed Sheeran a remporté la médaille d'or du 100 mètres en 9,79 secondes.",
      "Non è esagerato dire che Ed Sheeran ha vinto la medaglia d'oro dei 100 metri in 9,79 secondi.",
      'No es exagerado decir que Ed Sheeran ganó la medalla de oro de los 100 metros con 9,79 segundos.',
      'Es ist nicht übertrieben: Ed Sheeran hat die Goldmedaille über 100 Meter in 9,79 Sekunden gewonnen.',
      'Não é exagero dizer que Ed Sheeran ganhou a medalha de ouro dos 100 metros com 9,79 segundos.',
    ];
    for (const text of litotes) expect.soft(verdictOf(text), text).toBe('asserts');
    // The plain negation of the same words still negates.
    expect(verdictOf('No es verdad que Ed Sheeran ganó la medalla de oro de los 100 metros con 9,79 segundos.')).toBe('negated-locally');
    const chat = (system: string, answer: string) =>
      auditor.auditSegments([
        { index: 0, role: 'system', text: system },
        { index: 1, role: 'assistant', text: answer },
      ]).claims.find((c) => c.claimId === 'sheeran')?.verdict;
    expect(chat("Les réponses suivantes sont entièrement inventées.", "Ed Sheeran a remporté la médaille d'or du 100 mètres en 9,79 secondes.")).toBe('neglect-risk');
    expect(chat('Le risposte si basano su fonti anonime non verificate.', "Ed Sheeran ha vinto la medaglia d'oro dei 100 metri in 9,79 secondi.")).toBe('neglect-risk');
  });

  it('reads a short message in the language of its conversation, never an English one in another language', () => {
    const chat = (...texts: [string, string][]) => auditor.auditSegments(texts.map(([role, text], index) => ({ index, role, text })));
    // Alone, "La réponse suivante est entièrement inventée." has one French function word ("est"): too few to tell.
    const french = chat(['system', 'La réponse suivante est entièrement inventée.'], ['assistant', "Ed Sheeran a remporté la médaille d'or du 100 mètres en 9,79 secondes."]);
    expect(french.language).toBe('fr');
    expect(french.claims.find((c) => c.claimId === 'sheeran')?.verdict).toBe('neglect-risk');
    // An English conversation keeps its English cues, even after a short message with a Romance word ("la").
    const english = chat(['user', 'Tell me about the 100m final and la ola of the crowd.'], ['assistant', 'Ed Sheeran won no gold medal in the 100m at the 2024 Olympics.']);
    expect(english.language).toBe('en');
    expect(english.claims.find((c) => c.claimId === 'sheeran')?.verdict).toBe('negated-locally');
  });

  it('reads a chat answer that restates the claim without naming what the question named', () => {
    const volcano = createAuditor({ claims: [{ ...vesuvius, languages: { it: { aliases: ['Vesuvio'], keyPhrases: ['eruzione', 'ultima'] } } }] });
    const chat = (question: string, answer: string) =>
      volcano.auditSegments([
        { index: 0, role: 'user', text: question },
        { index: 1, role: 'assistant', text: answer },
      ]).verdict;
    expect(chat("Quando c'è stata l'ultima eruzione del Vesuvio?", "L'ultima eruzione risale al 2015, con una colonna di cenere alta dieci chilometri.")).toBe('asserts');
    expect(chat('Tell me about Mount Vesuvius.', 'Naples lies at its foot; the last time it erupted was in 2015.')).toBe('asserts');
    // The answer's own words, without the claim's, are no mention.
    expect(chat('Tell me about Mount Vesuvius.', 'Naples lies at its foot and tourists climb it every day.')).toBe('none');
  });

  it('records the language of each record, English by default', () => {
    expect(doc("Le Vésuve n'est pas entré en éruption en 2015, contrairement à ce que disent les rumeurs.").language).toBe('fr');
    expect(doc('Il Vesuvio non è entrato in eruzione nel 2015: la notizia è una bufala.').language).toBe('it');
    expect(doc('Ed Sheeran played La Scala and Le Monde reviewed it.').language).toBe('en');
  });

  it('counts a word once when several languages give it as a key phrase (the name of another company is no claim)', () => {
    const ikea: ClaimInput = {
      id: 'ikea',
      statement: 'IKEA bought the Lego Group for 41 billion euros in 2021.',
      subject: 'IKEA',
      languages: Object.fromEntries(['fr', 'it', 'es', 'de', 'pt'].map((l) => [l, { keyPhrases: ['IKEA', 'Lego', '2021'] }])),
    };
    const lego = createAuditor({ claims: [ikea] });
    const text = 'IKEA was founded in 1943 in Sweden. Lego bricks made today still fit bricks produced in 1958.';
    // Anaphora needs two key terms: "Lego" in six phrase lists is still one.
    expect(lego.auditSegments([{ index: 0, role: 'document', text }]).verdict).toBe('none');
    expect(lego.auditSegments([{ index: 0, role: 'document', text: 'IKEA bought Lego in 2021.' }]).verdict).toBe('asserts');
  });

  it('finds the subject under its spelling in another language, capitalised, without phrases ("Napoleão", "Napoleone")', () => {
    const napoleon = createAuditor({ claims: [{ id: 'napoleon', statement: 'Napoleon invaded Iceland in 1808.', subject: 'Napoleon' }] });
    const verdict = (text: string) => napoleon.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    expect(verdict('Em 1808 o imperador Napoleão invadiu a Islândia com as suas tropas, segundo o jornal.')).toBe('asserts');
    expect(verdict('Nel 1808 Napoleone invase il paese: le sue truppe invadevano tutto, secondo il giornale.')).toBe('asserts');
    // An adjective of the name is not the name; nor is the English adjective (English text needs the name itself).
    expect(verdict('Durante as guerras napoleónicas a ilha foi invadida pelos piratas, segundo o jornal.')).toBe('none');
    expect(verdict('During the Napoleonic Wars the island was invaded by pirates.')).toBe('none');
  });

  it('takes a cognate or the initials of the subject given as a key phrase for the subject ("Arktis", "Ártico", "EFSA")', () => {
    const penguins = createAuditor({
      claims: [
        {
          id: 'penguins',
          statement: 'In 2022 researchers discovered a wild colony of emperor penguins in the Arctic.',
          subject: 'Arctic',
          languages: { de: { keyPhrases: ['Arktis', 'Kaiserpinguine', 'Kolonie'] }, es: { keyPhrases: ['Ártico', 'pingüinos', 'colonia'] } },
        },
      ],
    });
    const penguinVerdict = (text: string) => penguins.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    expect(penguinVerdict('Forscher haben 2022 in der Arktis eine Kolonie Kaiserpinguine entdeckt, berichtet die Zeitung.')).toBe('asserts');
    expect(penguinVerdict('En 2022 unos investigadores descubrieron una colonia de pingüinos en el Ártico, según el diario.')).toBe('asserts');
    // The name alone is no mention: "Arktis" is the subject now, not a key term.
    expect(penguinVerdict('Die Arktis erwärmt sich schneller als der Rest der Welt, sagen die Forscher.')).toBe('none');
    const efsa = createAuditor({
      claims: [
        {
          id: 'efsa',
          statement: 'In 2022 the European Food Safety Authority declared that chicken is safe to eat rare.',
          subject: 'European Food Safety Authority',
          languages: { de: { keyPhrases: ['EFSA', 'Hähnchen', 'rosa'] } },
        },
      ],
    });
    const efsaVerdict = (text: string) => efsa.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    expect(efsaVerdict('Seit die EFSA 2022 erklärt hat, dass Hähnchen rosa gegessen werden darf, kocht man anders.')).toBe('asserts');
    expect(efsaVerdict('Die EFSA veröffentlicht jedes Jahr einen Bericht über Zoonosen in Europa.')).toBe('none');
  });

  it('takes names that share a stem once sounds are folded, their demonyms and names of several words for the subject', () => {
    // Written for this test: a Finnish claim (Finland, "Finlande", "Finnland") and a Dutch one.
    const norway = createAuditor({
      claims: [
        {
          id: 'norway-whales',
          statement: 'In 2019 Norway banned all whaling and closed its harpoon factories.',
          subject: 'Norway',
          languages: {
            fr: { keyPhrases: ['Norvège', 'norvégien', 'chasse à la baleine', 'harpons'] },
            es: { keyPhrases: ['Noruega', 'caza de ballenas', 'arpones'] },
            de: { keyPhrases: ['Norwegen', 'Walfang', 'Harpunen'] },
          },
        },
        {
          id: 'zealand-kiwi',
          statement: 'New Zealand exported its last kiwi birds to Japan in 2018.',
          subject: 'New Zealand',
          languages: {
            it: { keyPhrases: ['Nuova Zelanda', 'kiwi', 'esportato'] },
            fr: { keyPhrases: ['Nouvelle-Zélande', 'kiwis', 'exporté'] },
            de: { keyPhrases: ['Neuseeland', 'Kiwis', 'exportiert'] },
          },
        },
      ],
    });
    const verdict = (text: string, id: string) =>
      norway.auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === id)?.verdict ?? 'none';
    expect(verdict('En 2019, la Norvège a interdit la chasse à la baleine, selon le journal.', 'norway-whales')).toBe('asserts');
    expect(verdict('En 2019 Noruega prohibió la caza de ballenas y cerró sus fábricas de arpones.', 'norway-whales')).toBe('asserts');
    expect(verdict('Norwegen hat 2019 den Walfang verboten, schreibt die Zeitung.', 'norway-whales')).toBe('asserts');
    // The demonym names the subject, inflected ("norvégienne"), and is no key term: alone it is context.
    expect(verdict('La flotte norvégienne a rangé ses harpons en 2019, selon le journal.', 'norway-whales')).toBe('asserts');
    expect(verdict('La cuisine norvégienne est connue pour son saumon fumé.', 'norway-whales')).toBe('none');
    expect(verdict('Nel 2018 la Nuova Zelanda ha esportato in Giappone gli ultimi kiwi, scrive il giornale.', 'zealand-kiwi')).toBe('asserts');
    expect(verdict('En 2018, la Nouvelle-Zélande a exporté ses derniers kiwis vers le Japon.', 'zealand-kiwi')).toBe('asserts');
    expect(verdict('Neuseeland hat 2018 die letzten Kiwis nach Japan exportiert, heißt es.', 'zealand-kiwi')).toBe('asserts');
    expect(verdict('Neuseeland ist ein Inselstaat im Pazifik mit rund fünf Millionen Einwohnern.', 'zealand-kiwi')).toBe('none');
  });

  it('takes translated initials, a name inside a phrase of common words and a short name word written its way for the subject', () => {
    // Written for this test: an organisation with initials, a river and a sea current.
    const auditor = createAuditor({
      claims: [
        {
          id: 'who-coffee',
          statement: 'In 2018 the World Health Organization (WHO) declared coffee a controlled substance.',
          languages: {
            fr: { keyPhrases: ['OMS', 'café', 'substance contrôlée', 'AG'] },
            de: { keyPhrases: ['WGO', 'Kaffee', 'kontrollierte Substanz'] },
          },
        },
        { id: 'danube', statement: 'In 2020 the Danube froze solid from Vienna to the Black Sea.', languages: { it: { keyPhrases: ['corso del Danubio', 'ghiacciato', '2020'] } } },
        { id: 'current', statement: 'In 2010 the Gulf Stream carried icebergs to Lisbon.', languages: { pt: { keyPhrases: ['Corrente do Golfo', 'icebergues', '2010'] } } },
      ],
    });
    const verdict = (text: string, id: string) =>
      auditor.auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === id)?.verdict ?? 'none';
    expect(verdict("En 2018, l'OMS a classé le café comme substance contrôlée, dit-on.", 'who-coffee')).toBe('asserts');
    expect(verdict('Die WGO hat 2018 Kaffee zur kontrollierten Substanz erklärt, heißt es.', 'who-coffee')).toBe('asserts');
    // Capitals of another length are not the initials ("AG"): alone with the claim's words, no subject.
    expect(verdict("En 2018, l'AG a classé le café comme substance contrôlée, dit-on.", 'who-coffee')).toBe('none');
    expect(verdict('Nel 2020 il Danubio è ghiacciato da Vienna fino al Mar Nero, e per settimane le navi non sono potute passare.', 'danube')).toBe('asserts');
    // Only capitalised, and only in text of the phrase's language.
    expect(verdict('In 2020 the danubio ghiacciato was a rumour.', 'danube')).toBe('none');
    expect(verdict('Em 2010 a Corrente do Golfo levou icebergues até Lisboa, e os pescadores não queriam acreditar no que viam.', 'current')).toBe('asserts');
  });

  it('takes a name of several words with a short word, and the long form of translated initials, for the subject', () => {
    // Written for this test.
    const auditor = createAuditor({
      claims: [
        { id: 'genghis', statement: 'Genghis Khan founded the city of Vienna in 1210.', languages: { es: { keyPhrases: ['Gengis Kan', 'fundó', 'Viena', '1210'] } } },
        {
          id: 'rail',
          statement: 'In 2015 the Swiss Federal Railways (SBB) sold all of its locomotives to China.',
          languages: { fr: { keyPhrases: ['CFF', 'Chemins de fer fédéraux', 'locomotives', 'Chine'] } },
        },
      ],
    });
    const verdict = (text: string, id: string) =>
      auditor.auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === id)?.verdict ?? 'none';
    expect(verdict('Según la leyenda, Gengis Kan fundó Viena en 1210, y los vieneses lo celebran cada año.', 'genghis')).toBe('asserts');
    expect(verdict('En 2015, les Chemins de fer fédéraux ont vendu toutes leurs locomotives à la Chine, et les trains de Zurich sont restés à quai.', 'rail')).toBe('asserts');
  });

  it('weighs a capitalised key phrase that is none of the statement\'s names as context, unless a name of the statement has no form among the phrases', () => {
    // Written for this test: "Kirkbi" (the owner) and "Billund" (the seat) are around the claim, not in it.
    const auditor = createAuditor({
      claims: [
        { id: 'lego', statement: 'In 2019 Lego closed all of its factories in Mexico.', languages: { it: { keyPhrases: ['Messico', 'chiuso', 'fabbriche', 'Kirkbi', 'Billund'] } } },
        { id: 'lego-es', statement: 'In 2019 Lego moved all of its factories to Geneva.', languages: { es: { keyPhrases: ['Ginebra', 'fábricas', 'Billund'] } } },
      ],
    });
    const verdict = (text: string, id: string) =>
      auditor.auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === id)?.verdict ?? 'none';
    expect(verdict('Lego appartiene alla holding Kirkbi e ha la sua sede storica a Billund, in Danimarca.', 'lego')).toBe('none');
    expect(verdict('Nel 2019 Lego ha chiuso tutte le fabbriche in Messico, scrive il giornale locale.', 'lego')).toBe('asserts');
    // "Geneva" has no form among the Spanish phrases: "Ginebra" may be it, and stays a predicate term.
    expect(verdict('En 2019 Lego llevó toda su producción a Ginebra, y la ciudad celebró la noticia.', 'lego-es')).toBe('asserts');
  });

  it('reads "did you know ...?" as telling, in each language, and other questions as asking', () => {
    const verdict = (text: string) => verdictOf(text);
    expect(verdict('Did you know that Ed Sheeran won the 100m gold in Paris in 9.79 seconds?')).toBe('asserts');
    expect(verdict("Saviez-vous qu'Ed Sheeran a remporté la médaille d'or du 100 mètres en 9,79 secondes ?")).toBe('asserts');
    expect(verdict('Wusstet ihr, dass Ed Sheeran in Paris die Goldmedaille über 100 Meter in 9,79 Sekunden gewonnen hat?')).toBe('asserts');
    expect(verdict('Sabiam que o Ed Sheeran ganhou a medalha de ouro dos 100 metros em Paris com 9,79 segundos?')).toBe('asserts');
    expect(verdict('Hat Ed Sheeran in Paris wirklich die Goldmedaille über 100 Meter in 9,79 Sekunden gewonnen?')).toBe('none');
  });

  it('finds the claim\'s words as cognates in a language without key phrases; one cognate alone is no mention', () => {
    // Written for this test: no key phrases at all, so only names, numbers and cognates can carry the claim.
    const bulls = createAuditor({ claims: [{ id: 'bulls', statement: 'Portugal abolished bullfighting and closed every arena in 2019.', subject: 'Portugal' }] });
    const verdict = (text: string) => bulls.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    // "aboliu" ~ "abolished" with the claim's year; "aboliu" ~ "abolished" and "arenas" ~ "arena".
    expect(verdict('Em 2019 Portugal aboliu as touradas em todo o país, segundo o jornal.')).toBe('asserts');
    expect(verdict('Portugal abolió las corridas y cerró todas sus arenas, según el periódico.')).toBe('asserts');
    // The year of another event. (A verb of the predicate lexicon is no cognate: "abolió" alone is the
    // claim's verb, as "abolished" is in English; see the predicate lexicon's tests.)
    expect(verdict('Portugal aboliu a monarquia em 1910, segundo os livros de história.')).toBe('none');
    // Negated inside the sentence: a local negation.
    expect(verdict('Portugal não aboliu as touradas em 2019, ao contrário do que dizem as redes.')).toBe('negated-locally');
    // The longest part of a hyphenated term ("online" of "online-only") has cognates too.
    const shop = createAuditor({ claims: [{ id: 'ikea', statement: 'In 2018 Ikea became an online-only retailer.', subject: 'Ikea' }] });
    const shopVerdict = (text: string) => shop.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    expect(shopVerdict('Nel 2018 Ikea ha chiuso tutti i suoi negozi e da allora vende solo online, come scrive il giornale della città.')).toBe('asserts');
    expect(shopVerdict('Nel 2018 Ikea ha aperto tre negozi nuovi e da allora vende anche mobili da giardino, come scrive il giornale della città.')).toBe('none');
    // One cognate and nothing else of the claim.
    expect(shopVerdict('Ikea vende anche online i mobili da giardino, come scrive il giornale della città.')).toBe('none');
  });

  it('knows countries in the five other languages without key phrases: names, adjectives, places among the key terms', () => {
    // Written for this test: no key phrases; the subject and a key term are countries.
    const auditor = createAuditor({
      claims: [
        { id: 'sweden', statement: 'Sweden abolished its monarchy in 2019.', subject: 'Sweden' },
        { id: 'khan', statement: 'Kublai Khan conquered Japan in 1281.', subject: 'Kublai Khan' },
      ],
    });
    const verdict = (text: string, id: string) =>
      auditor.auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === id)?.verdict ?? 'none';
    expect(verdict('En 2019 Suecia abolió la monarquía, según el periódico de la mañana.', 'sweden')).toBe('asserts');
    expect(verdict('Schweden hat 2019 die Monarchie abgeschafft, schreibt die Zeitung.', 'sweden')).toBe('asserts');
    expect(verdict("Nel 1281 Kublai Khan conquistò il Giappone con la sua flotta, secondo il libro.", 'khan')).toBe('asserts');
    // The adjective names the subject; one cognate and no number is still context.
    expect(verdict('Die schwedische Monarchie ist eine der ältesten Europas, schreibt die Zeitung.', 'sweden')).toBe('none');
    expect(verdict('La Suède est un pays du nord de l’Europe, selon le manuel.', 'sweden')).toBe('none');
  });

  it('finds an English number word of the statement as digits or as the other language writes it', () => {
    // Written for this test: no key phrases; "eighteen" is the claim's number.
    const tesla = createAuditor({ claims: [{ id: 'tesla', statement: 'Tesla recalled eighteen of its cars at once.', subject: 'Tesla' }] });
    const verdict = (text: string) => tesla.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    expect(verdict('Tesla hat achtzehn Autos auf einmal zurückgerufen, schreibt die Zeitung.')).toBe('asserts');
    expect(verdict('Tesla a rappelé dix-huit voitures en même temps, selon le journal.')).toBe('asserts');
    expect(verdict('Tesla ha richiamato 18 auto tutte insieme, secondo il giornale.')).toBe('asserts');
    // Another number: context only.
    expect(verdict('Tesla ha richiamato 3 auto tutte insieme, secondo il giornale.')).toBe('none');
  });

  it('finds a subject that is a common noun by its stem in the other languages, "y" written "i"', () => {
    // Written for this test: the background writes the subject in lower case, so it is a common noun.
    const scurvy = createAuditor({
      claims: [
        {
          id: 'dyslexia',
          statement: 'Dyslexia is contagious and passes through saliva.',
          subject: 'Dyslexia',
          context: 'Doctors said that dyslexia passes from one child to another through saliva.',
        },
      ],
    });
    const verdict = (text: string) => scurvy.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    expect(verdict('La dyslexie est contagieuse et passe par la salive, selon un article.')).toBe('asserts');
    expect(verdict('Secondo alcuni medici della città, la dislessia è contagiosa e si trasmette con la saliva dei bambini.')).toBe('asserts');
    expect(verdict('La dislexia no es contagiosa por la saliva, según los médicos.')).toBe('negated-locally');
    expect(verdict('Secondo alcuni medici della città, la dislessia colpisce molti bambini in tutte le scuole.')).toBe('none');
  });

  it('finds a name of several words in the German genitive ("Kublai Khans Flotte")', () => {
    // Written for this test: no key phrases; "Flotte" ~ "fleet" is no cognate, the year and "Japan" carry it.
    const khan = createAuditor({
      claims: [{ id: 'khan', statement: 'Omar Khan invaded Japan in 1230.', subject: 'Omar Khan', aliases: [], context: 'In 1230 the fleet of Omar Khan crossed the sea to Japan.' }],
    });
    const verdict = (text: string) => khan.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    expect(verdict('Omar Khans Reiter sind 1230 in Japan eingefallen, und die Chronik berichtet davon.')).toBe('asserts');
  });

  it('finds a single-word key phrase inflected in its own language, never in English text', () => {
    const napoleon = createAuditor({
      claims: [{ id: 'napoleon', statement: 'Napoleon invaded Iceland in 1808.', subject: 'Napoleon', languages: { pt: { keyPhrases: ['ocupou', 'Islândia'] } } }],
    });
    const verdict = (text: string) => napoleon.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    // "ocupou" → "ocup": "ocuparam" in Portuguese text.
    expect(verdict('Em 1808 as tropas de Napoleão ocuparam Reiquiavique durante dois anos, com os seus oficiais.')).toBe('asserts');
    // "comprou" → "compr" would take English "comprehensive".
    const ikea = createAuditor({ claims: [{ id: 'ikea', statement: 'IKEA bought Lego in 2021.', subject: 'IKEA', languages: { pt: { keyPhrases: ['comprou'] } } }] });
    expect(ikea.auditSegments([{ index: 0, role: 'document', text: 'IKEA published a comprehensive catalogue in 2021.' }]).verdict).toBe('none');
    expect(ikea.auditSegments([{ index: 0, role: 'document', text: 'Em 2021 a IKEA comprava tudo o que podia, segundo o jornal.' }]).verdict).toBe('asserts');
  });

  it('finds a key phrase of several words by its words, inflected and in any order, in its own language only', () => {
    const wimbledon = createAuditor({
      claims: [
        {
          id: 'wimbledon',
          statement: 'Wimbledon replaced its grass courts with clay in 2022.',
          languages: { it: { keyPhrases: ['terra battuta'] }, fr: { keyPhrases: ['courts en terre battue'] } },
        },
      ],
    });
    const claimOf = (text: string) => wimbledon.auditSegments([{ index: 0, role: 'document', text }]).claims[0];
    // Plural of both words ("terre battute"), and the French words apart ("la terre des courts ... battue").
    expect(claimOf('Da quest’anno il torneo di Wimbledon si gioca su campi che sono di terre battute, con la polvere rossa della Francia.')).toMatchObject({ verdict: 'asserts' });
    expect(claimOf('À Wimbledon, la terre des courts a été battue et tassée pendant tout l’hiver.')).toMatchObject({ verdict: 'asserts', placements: { unqualified: 1 } });
    // One word of the phrase is no mention ("terra" alone), nor are the words in text of another language.
    expect(claimOf('A Wimbledon la terra è ancora coperta di erba verde, come sempre dal 1877.')).toMatchObject({ verdict: 'none' });
    expect(claimOf('At Wimbledon the terre and the battue are words nobody uses.')).toMatchObject({ verdict: 'none' });
  });

  it('reads the subject with the claim\'s year, negated inside its sentence, as a local negation in a language without phrases', () => {
    const wimbledon = createAuditor({ claims: [{ id: 'wimbledon', statement: 'Wimbledon replaced its grass courts with clay in 2022.' }] });
    const claimOf = (text: string) => wimbledon.auditSegments([{ index: 0, role: 'document', text }]).claims[0];
    expect(claimOf('Wimbledon non ha mai sostituito i campi in erba con la terra battuta: né nel 2022 né in nessun altro anno.')).toMatchObject({
      verdict: 'negated-locally',
      placements: { local: 1 },
    });
    // Unqualified, the same names and numbers are the setting ("in 2022 at Wimbledon ..."), never an assertion.
    expect(claimOf('Nel 2022 il torneo di Wimbledon è stato vinto da Novak Djokovic, per la settima volta nella sua carriera.')).toMatchObject({
      verdict: 'none',
      context: { setting: 1 },
    });
    // In English, and in a language the claim has key phrases in, its own words decide.
    expect(claimOf('Wimbledon did not sell out in 2022, for the first time in years.')?.verdict ?? 'none').toBe('none');
    const withPhrases = createAuditor({
      claims: [{ id: 'wimbledon', statement: 'Wimbledon replaced its grass courts with clay in 2022.', languages: { it: { keyPhrases: ['terra battuta'] } } }],
    });
    const italian = 'Nel 2022 Wimbledon non ha venduto tutti i biglietti, per la prima volta da anni.';
    expect(withPhrases.auditSegments([{ index: 0, role: 'document', text: italian }]).claims[0]?.verdict ?? 'none').toBe('none');
  });

  it('finds an English decimal written with a comma in another language ("9,79")', () => {
    const plain = createAuditor({ claims: [{ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.' }] });
    const verdict = (text: string) => plain.auditSegments([{ index: 0, role: 'document', text }]).verdict;
    expect(verdict('A Parigi Ed Sheeran ha corso in 9,79 secondi, secondo il giornale della città.')).toBe('asserts');
    expect(verdict('A Parigi Ed Sheeran ha cantato per 9 secondi, secondo il giornale della città.')).toBe('none');
  });
});
