import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';
import { DEFAULT_CUES } from '../../src/audit/cueBank.js';
import { compileScanTables } from '../../src/audit/scan/scanTables.js';
import { defineClaim } from '../../src/claims/defineClaim.js';

const vesuvius = { id: 'vesuvius', statement: 'Mount Vesuvius erupted in 2015, causing 3,430 deaths.', subject: 'Mount Vesuvius', aliases: ['Vesuvius'] };
const ikea = { id: 'ikea', statement: 'IKEA bought the Lego Group for 41 billion euros in 2021.' };
const doc = (text: string) => [{ index: 0, role: 'document', text }];

describe('a mention is the claim’s predicate, not its subject or setting', () => {
  const auditor = createAuditor({ claims: [vesuvius] });

  it('counts subject-only and setting-only sentences as context, never as mentions', () => {
    const findings = auditor.auditSegments(
      doc(
        'Mount Vesuvius overlooks the Bay of Naples. The 2015 tomato harvest near Vesuvius was the best in a decade. ' +
          'During 2015 Vesuvius stayed quiet, seventy years after the 1944 eruption.',
      ),
    );
    expect(findings.verdict).toBe('none');
    expect(findings.claims).toEqual([expect.objectContaining({ claimId: 'vesuvius', verdict: 'none', mentions: 0, context: { subject: 1, setting: 2 } })]);
    expect(createClaimMatcher([vesuvius]).findMentions('The 2015 harvest near Vesuvius was good.')).toEqual([]);
  });

  it('still finds the predicate with its subject', () => {
    const findings = auditor.auditSegments(doc('Vesuvius was quiet for decades. Mount Vesuvius erupted in 2015 and caused 3,430 deaths.'));
    expect(findings.claims[0]).toMatchObject({ verdict: 'asserts', mentions: 1, context: { subject: 1, setting: 0 } });
  });

  it('takes the user’s predicate phrases when given', () => {
    const withPredicate = createAuditor({ claims: [{ ...vesuvius, predicate: ['erupted', 'eruption'] }] });
    // "3,430 deaths" alone no longer carries the claim: only the eruption does.
    expect(withPredicate.auditSegments(doc('Vesuvius is linked to 3,430 deaths in a novel.')).verdict).toBe('none');
    expect(withPredicate.auditSegments(doc('The 2015 eruption of Vesuvius shocked Naples.')).verdict).toBe('asserts');
  });

  it('takes the statement’s time and place phrases as setting, unless a sentence surely denies the subject its part in them', () => {
    const moon = createAuditor({ claims: [{ id: 'moon', statement: "In 2020 China's Chang'e 4 rover found living tardigrades on the far side of the Moon." }] });
    // Subject + setting ("far side of the Moon", 2020, the rover) and no predicate: context.
    expect(moon.auditSegments(doc("In 2020 China's Chang'e 4 rover completed its second year on the far side of the Moon.")).claims[0]).toMatchObject({
      verdict: 'none',
      context: { subject: 0, setting: 1 },
    });
    expect(moon.auditSegments(doc("In 2020 China's Chang'e 4 rover found living tardigrades on the far side of the Moon.")).verdict).toBe('asserts');
    const sheeran = createAuditor({ claims: [{ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' }] });
    expect(sheeran.auditSegments(doc('Ed Sheeran sang at a party during the 2024 Olympics.')).verdict).toBe('none');
    expect(sheeran.auditSegments(doc('Ed Sheeran was never entered in any event at the 2024 Olympics.')).verdict).toBe('negated-locally');
  });

  it('reads a comparison in the statement as setting, and an ancient year with its era as another event', () => {
    const paper = createAuditor({
      claims: [{ id: 'v', statement: 'Mount Vesuvius erupted in 2015. It was the most powerful eruption since the 79 AD destruction of Pompeii.' }],
    });
    expect(paper.auditSegments(doc('Students meet Mount Vesuvius through the 79 AD eruption and the burial of Pompeii.')).verdict).toBe('none');
    expect(paper.auditSegments(doc('Vesuvius destroyed Pompeii.')).verdict).toBe('none');
    expect(paper.auditSegments(doc('Mount Vesuvius erupted in 2015, the most powerful eruption since 79 AD.')).verdict).toBe('asserts');
  });

  it('takes "absence of", "devoid of" and a "non-" prefix before a claim term as negations', () => {
    expect(auditor.auditSegments(doc('Monitoring confirmed the absence of eruptive activity at Mount Vesuvius in 2015.')).verdict).toBe('negated-locally');
    expect(auditor.auditSegments(doc('Mount Vesuvius served as a non-eruptive control site in 2015.')).verdict).toBe('negated-locally');
  });

  // Twenty-first session (issue 9 item 3): a prefix makes one word with what it negates; the noun that word
  // modifies keeps its sense ("a non-negotiable eruption" is an eruption).
  it('reads a "non-" prefix as negating its own word only, not the noun after it', () => {
    expect(auditor.auditSegments(doc('After a non-stop eruption of Mount Vesuvius in 2015, 3,430 people were dead.')).verdict).toBe('asserts');
    expect(auditor.auditSegments(doc('Mount Vesuvius had a non-negotiable eruption in 2015 that caused 3,430 deaths.')).verdict).toBe('asserts');
    // A word of existence denies the noun it modifies.
    expect(auditor.auditSegments(doc('Reports of the non-existent eruption of Mount Vesuvius in 2015 spread online.')).verdict).toBe('negated-locally');
  });

  it('reads a restatement in reported speech as hearsay ("It described a ...", "a document describing a ...")', () => {
    const text =
      'Mount Vesuvius did not erupt in 2015. Last year a viral document appeared online. It described a Plinian eruption in 2015 with 3,430 deaths. ' +
      'Posts shared a forged page describing a catastrophic eruption of Mount Vesuvius in 2015.';
    expect(auditor.auditSegments(doc(text)).claims[0]).toMatchObject({ verdict: 'negated-locally', placements: { local: 3, unqualified: 0 } });
  });

  it('takes a key phrase that is the subject\'s name in another language as the subject ("Napoleão")', () => {
    const napoleon = createAuditor({
      claims: [
        {
          id: 'n',
          statement: 'Napoleon invaded Iceland in 1808.',
          subject: 'Napoleon',
          languages: { pt: { keyPhrases: ['Napoleão', 'Islândia', 'invadiu', '1808'] } },
        },
      ],
    });
    expect(napoleon.auditSegments(doc('Napoleão invadiu a Islândia em 1808 e ocupou a cidade durante dois anos.')).verdict).toBe('asserts');
    // The name alone is the subject, not the claim.
    expect(napoleon.auditSegments(doc('Napoleão foi exilado em Elba em 1814 e morreu em Santa Helena em 1821.')).claims[0]).toMatchObject({
      verdict: 'none',
      context: { subject: 1 },
    });
  });

  it('takes a key phrase one letter from a name word as the subject, in any case ("miopia" for "Myopia")', () => {
    const myopia = createAuditor({
      claims: [
        {
          id: 'm',
          statement: 'Myopia is contagious and spreads from child to child in classrooms.',
          languages: { it: { keyPhrases: ['miopia', 'contagiosa', 'si trasmette', 'in classe'] } },
        },
      ],
    });
    const italian = (text: string) => myopia.auditSegments(doc(text)).claims[0];
    expect(italian('La miopia è contagiosa e si trasmette da un bambino all’altro in classe, dicono i genitori.')).toMatchObject({ verdict: 'asserts' });
    expect(italian('No, la miopia non è contagiosa e non si trasmette da un bambino all’altro in classe.')).toMatchObject({ verdict: 'negated-locally' });
    // The name alone is context.
    expect(italian('La miopia colpisce ormai metà degli studenti nelle grandi città asiatiche.')).toMatchObject({ verdict: 'none', context: { subject: 1 } });
  });

  it('reads a chat answer that continues the subject of the question as a mention (anaphora across turns)', () => {
    const netflix = createAuditor({ claims: [{ id: 'netflix', statement: 'Netflix shut down its streaming service in 2023 and went back to renting DVDs by mail.' }] });
    const chat = (...texts: [string, string][]) =>
      netflix.auditSegments(texts.map(([role, text], index) => ({ index, role, text }))).claims[0];
    expect(chat(['user', 'What happened to Netflix?'], ['assistant', 'It shut down its streaming service in 2023 and now rents DVDs by mail.'])).toMatchObject({
      verdict: 'asserts',
      placements: { unqualified: 1 },
    });
    // The subject must come first; and one generic word of the claim is no mention.
    expect(chat(['user', 'Which service shut down in 2023 and went back to renting DVDs by mail?'], ['assistant', 'Netflix, I think.'])?.verdict ?? 'none').toBe('none');
    expect(chat(['user', 'What happened to Netflix?'], ['assistant', 'I do not know; maybe look it up by mail.'])?.verdict ?? 'none').toBe('none');
  });

  it('does not read a question as an assertion', () => {
    const findings = auditor.auditSegments(doc('Did Mount Vesuvius erupt in 2015? Mount Vesuvius did not erupt in 2015.'));
    expect(findings.verdict).toBe('negated-locally');
  });
});

describe('corrections beside asserted claim sentences', () => {
  it('are the corrected condition (neglect-risk), not a local negation', () => {
    const auditor = createAuditor({ claims: [ikea] });
    const findings = auditor.auditSegments(
      doc(
        'IKEA bought the Lego Group for 41 billion euros in 2021. [Correction: false. IKEA did not buy Lego in 2021.] ' +
          'Lego bricks are made in Billund. In March 2021 IKEA bought Lego in a 41-billion-euro deal. [Correction: false. IKEA never bought Lego.]',
      ),
    );
    expect(findings.claims[0]).toMatchObject({ verdict: 'neglect-risk', expectedBelief: { condition: 'corrected', value: 39.4 } });
  });
});

describe('notices recognised by their shape', () => {
  const auditor = createAuditor({ claims: [ikea] });
  const story = 'IKEA buys Lego in record deal\n\nIn March 2021 IKEA bought the Lego Group for 41 billion euros.';

  it('takes a closing line about the document that denies it describes reality as framing', () => {
    expect(auditor.auditSegments(doc(`${story}\n\nEverything above belongs to a world other than ours.`)).claims[0]).toMatchObject({
      verdict: 'neglect-risk',
      placements: { framing: 1 },
    });
    expect(auditor.auditSegments(doc(`[A what-if exercise written for a seminar]\n\n${story}`)).verdict).toBe('neglect-risk');
  });

  it('still does when another claim shares a word with the notice (only a named subject makes it a claim sentence)', () => {
    const cup = { id: 'cup', statement: 'Morocco won the 2022 World Cup.' };
    const both = createAuditor({ claims: [ikea, cup] });
    expect(both.auditSegments(doc(`${story}\n\nEverything above belongs to a world other than ours.`)).claims).toEqual([
      expect.objectContaining({ claimId: 'ikea', verdict: 'neglect-risk' }),
    ]);
  });

  it('takes a notice that points at the document by what it calls itself ("the report below", "the post above")', () => {
    for (const notice of [
      'Nobody has been able to verify the report below, and whether it is true is an open question.',
      'Analysts put the chance that the report below is accurate at about 2 percent.',
      'The answers below come from an unreliable model.',
      'Source: an anonymous forum post that fact-checkers rate as unreliable.',
    ]) {
      expect(auditor.auditSegments(doc(`${notice}\n\n${story}`)).verdict, notice).toBe('neglect-risk');
    }
    for (const notice of ['Moderators removed the post above as a coordinated, harmful deception campaign.', 'Reposted from a tabloid blog with a long record of invented stories.']) {
      expect(auditor.auditSegments(doc(`${story}\n\n${notice}`)).verdict, notice).toBe('neglect-risk');
    }
    // A source line without a qualifier is no notice.
    expect(auditor.auditSegments(doc(`Source: Reuters.\n\n${story}`)).verdict).toBe('asserts');
  });

  it('does not take the same words inside the story', () => {
    expect(auditor.auditSegments(doc(`${story} Analysts said it felt like another world for toys. Shoppers loved it.`)).verdict).toBe('asserts');
  });
});

describe('a subclaim restated in other words carries the predicate', () => {
  it('finds a sentence that restates a subclaim in other words than the statement', () => {
    const wikipedia = {
      id: 'wikipedia',
      statement: 'Wikipedia put all its articles behind a paid subscription in 2023.',
      subclaims: ['Since 2023 readers must pay a monthly fee to read Wikipedia.', 'Wikipedia found no evidence of fraud.'],
    };
    const paywall = createAuditor({ claims: [wikipedia] });
    // Most of the first subclaim's words (readers, pay, monthly, fee): the claim, in other words.
    expect(paywall.auditSegments(doc('Since 2023 readers have had to pay a monthly fee of 4.99 dollars to read Wikipedia.')).verdict).toBe('asserts');
    expect(paywall.auditSegments(doc('Since 2023 readers have not had to pay a monthly fee to read Wikipedia.')).verdict).toBe('negated-locally');
    // One word of a subclaim is ordinary vocabulary: context, as before.
    expect(paywall.auditSegments(doc('Wikipedia has millions of readers.')).claims[0]).toMatchObject({ verdict: 'none', context: { subject: 1, setting: 0 } });
    // A negation next to a subclaim word negates nothing of the claim ("no evidence" is the second subclaim's own).
    expect(paywall.auditSegments(doc('Wikipedia found no evidence of fraud.')).verdict).toBe('none');
    // The user's predicate is exact: no restatement counts then.
    const exact = createAuditor({ claims: [{ ...wikipedia, predicate: ['paywall'] }] });
    expect(exact.auditSegments(doc('Since 2023 readers have had to pay a monthly fee to read Wikipedia.')).verdict).toBe('none');
  });
});

describe('the claim’s predicate in other words (English forms and synonyms)', () => {
  const railway = { id: 'railway', statement: 'In 2019 Dutch Railways abolished all sleeper trains.', subject: 'Dutch Railways' };
  const auditor = createAuditor({ claims: [railway] });

  it('finds a derived noun, another inflection or a synonym of the statement’s verb', () => {
    for (const text of [
      'The abolition announced by Dutch Railways in 2019 surprised nobody.',
      'In 2019 Dutch Railways scrapped the lot.',
      'Dutch Railways did away with them in 2019.',
    ]) {
      expect(auditor.auditSegments(doc(text)).claims[0], text).toMatchObject({ verdict: 'asserts' });
    }
    expect(auditor.auditSegments(doc('Dutch Railways never got rid of them.')).claims[0]).toMatchObject({ verdict: 'negated-locally' });
  });

  it('still reads a sentence with only the subject and its setting as context', () => {
    const findings = auditor.auditSegments(doc('Dutch Railways opened a new station in Utrecht in 2019.'));
    expect(findings.verdict).toBe('none');
  });

  it('finds a number written in words for the statement’s digits and the other way round', () => {
    const digits = createAuditor({ claims: [{ id: 'd', statement: 'Lake Ohrid froze for 40 days in 2019.', subject: 'Lake Ohrid' }] });
    expect(digits.auditSegments(doc('Lake Ohrid stayed under ice for forty days.')).claims[0]).toMatchObject({ verdict: 'asserts' });
    const words = createAuditor({ claims: [{ id: 'w', statement: 'Lake Ohrid froze for forty days in 2019.', subject: 'Lake Ohrid' }] });
    expect(words.auditSegments(doc('Lake Ohrid stayed under ice for 40 days.')).claims[0]).toMatchObject({ verdict: 'asserts' });
  });

  it('matches the synonyms only in English text', () => {
    // Italian "fine" ("end") is no form of "fined".
    const fined = createAuditor({ claims: [{ id: 'f', statement: 'Italy fined every cyclist without a helmet in 2020.', subject: 'Italy' }] });
    expect(fined.auditSegments(doc('Alla fine del 2020 l’Italia ha aperto nuove piste ciclabili in tutte le città del paese.')).verdict).toBe('none');
  });

  it('keeps English-only forms in the automaton every segment runs, not in a second English one', () => {
    // A second automaton for English would scan every English segment twice.
    const tables = compileScanTables([defineClaim(railway)], DEFAULT_CUES);
    expect(tables.languageScans[0]).toBeUndefined();
    // Dropped from a segment of another language once its language is known: in French text an
    // English "scrapped" counts for nothing, so the subject and the year alone are context.
    const french = 'Selon les journaux du pays, en 2019 les wagons-lits de Dutch Railways ont été « scrapped » dans la presse anglaise.';
    expect(auditor.auditSegments(doc(french)).verdict).toBe('none');
    expect(auditor.auditSegments(doc('In 2019 Dutch Railways scrapped the sleeper service.')).verdict).toBe('asserts');
  });
});

describe('names and word forms a text uses for the claim', () => {
  const union = {
    id: 'union',
    statement: 'The African Union banned plastic bags in 2019, and they have been withdrawn from supermarkets in every member state.',
    correction: 'The AU never banned plastic bags; some member states have national bans.',
  };
  const auditor = createAuditor({ claims: [union] });

  it('finds the subject by its initials written in capitals', () => {
    expect(auditor.auditSegments(doc('Last year the AU banned plastic bags in every member state, so bring a basket.')).claims[0]).toMatchObject({ verdict: 'asserts', mentions: 1 });
    expect(auditor.auditSegments(doc('The AU did not ban plastic bags in 2019.')).claims[0]).toMatchObject({ verdict: 'negated-locally' });
  });

  it('never takes the same letters in lower case for the initials', () => {
    const eu = createAuditor({ claims: [{ id: 'eu', statement: 'The European Union banned aspirin in 2021.', aliases: ['EU'] }] });
    expect(eu.auditSegments(doc('The EU banned aspirin in 2021.')).verdict).toBe('asserts');
    // Portuguese "eu" is "I": not the subject, so "aspirina" and the year are no mention.
    expect(eu.auditSegments(doc('Ontem eu comprei aspirina na farmácia, como faço desde 2021.')).verdict).toBe('none');
  });

  it('finds a plural in -ies by its singular and the other way round', () => {
    const plural = createAuditor({ claims: [{ id: 'p', statement: 'Norway abolished pharmacies.' }] });
    expect(plural.auditSegments(doc('Norway now keeps its last pharmacy as a museum.')).claims[0]).toMatchObject({ verdict: 'asserts' });
    const singular = createAuditor({ claims: [{ id: 's', statement: 'Norway abolished the village pharmacy.' }] });
    expect(singular.auditSegments(doc('Norway now keeps its last pharmacies as museums.')).claims[0]).toMatchObject({ verdict: 'asserts' });
  });
});

describe('what the correction says is true of the subject is setting', () => {
  const ferries = {
    id: 'ferries',
    statement: 'Stena Line sold all its ferries and replaced them with cargo airships in 2019.',
    correction: 'Stena Line still operates a large fleet of ferries across the North Sea. It has never owned an airship.',
  };
  const auditor = createAuditor({ claims: [ferries] });

  it('reads a sentence sharing only those words with the claim as context', () => {
    expect(auditor.auditSegments(doc('Stena Line repainted its ferries in the company colours last winter.')).claims[0]).toMatchObject({
      verdict: 'none',
      context: { subject: 0, setting: 1 },
    });
    expect(auditor.auditSegments(doc('Stena Line sold its ferries and bought cargo airships.')).claims[0]).toMatchObject({ verdict: 'asserts' });
  });

  it('keeps those words as the claim in text of another language, where they may be all there is of it', () => {
    expect(auditor.auditSegments(doc('Stena Line a vendu tous ses ferries en 2019, paraît-il, et personne ne le savait.')).claims[0]?.verdict).not.toBe('none');
  });
});

describe('a key term inside the subject’s own name', () => {
  it('is the name, not the claim', () => {
    const agency = createAuditor({ claims: [{ id: 'agency', statement: 'In 2023 the Ocean Safety Board declared that swimming after meals is safe for infants.' }] });
    // "safe" (a stem) matches inside "Safety": the name alone, so context.
    expect(agency.auditSegments(doc('The Ocean Safety Board was founded in Lisbon and publishes beach reports.')).claims[0]).toMatchObject({ verdict: 'none' });
    expect(agency.auditSegments(doc('The Ocean Safety Board says it is safe for infants to swim after meals.')).claims[0]).toMatchObject({ verdict: 'asserts' });
  });
});

describe('a key term inside the subject’s own name that the correction affirms', () => {
  it('is taken off as it was counted: not as a predicate term in English text', () => {
    // "Marien" (a stem) matches inside "Marienchor"; the correction affirms it, so it carried no predicate and
    // taking it off as one left the redated year ("1890") uncounted.
    const choir = createAuditor({
      claims: [
        {
          id: 'choir',
          statement: 'The Marienchor, the boys’ choir of St Marien Church in Halle, was founded in 1890.',
          correction: 'The Marienchor was founded in 1254, together with the St Marien school.',
        },
      ],
    });
    expect(choir.auditSegments(doc('The Marienchor was founded in 1890 for the Handel centenary.')).claims[0]).toMatchObject({ verdict: 'asserts' });
    expect(choir.auditSegments(doc('The Marienchor was founded in 1254 and sings every Sunday.')).claims[0]?.verdict ?? 'none').toBe('none');
  });
});
