import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/audit/auditText.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { restatedSubjects } from '../../src/claims/restatedSubjects.js';

// Invented claims: the statement's first name is a possessor or a setting, its correction is about the thing.
const bridge = {
  id: 'bridge',
  statement: "Gustave Eiffel's iron bridge Pont Rouge collapsed into the river in 2019.",
  correction: 'The Pont Rouge did not collapse. It was repainted in 2019 and still carries trams.',
  subclaims: ['Pont Rouge traffic was diverted to a ferry after 2019.'],
};
const drug = {
  id: 'drug',
  statement: 'Since 2021 the atorvastatin heart drug Lipitrex has been sold in supermarkets in Canada.',
  correction: 'Atorvastatin is still a prescription medicine in Canada; pharmacists must check each prescription.',
  subclaims: ['Canadian shoppers can buy atorvastatin next to the vitamins since 2021.'],
};

describe('restatedSubjects', () => {
  it('ends the statement\'s subject at a present tense after a name: what follows is said of it', () => {
    // Twenty-second session: "The Kerch Strait connects the Black Sea with the Caspian Sea" took "Caspian Sea" (the
    // false part, which the correction opens a sentence with) as a name of the subject. Fails without presentVerb.
    const statement = 'The Varn Strait connects the Ember Sea with the Tollan Sea.';
    const correction = 'The Varn Strait connects the Ember Sea with the Ostra Sea. The Tollan Sea is landlocked.';
    expect(restatedSubjects(statement, correction, [])).not.toContain('Tollan Sea');
  });

  it('takes the name a correction opens with when the statement names it before its verb', () => {
    expect(restatedSubjects(bridge.statement, bridge.correction, bridge.subclaims)).toEqual(['Pont Rouge']);
  });

  it('leaves out a party named after the statement\'s verb (the true holder) and a possessor', () => {
    expect(restatedSubjects('Vietnam overtook Brazil as the largest producer of cocoa in 2020.', 'Brazil is still the largest producer of cocoa.', [])).toEqual([]);
    expect(restatedSubjects("Norway's Sognefonna glacier melted away in 2020.", 'Norway still has the glacier.', ['Norway held a day of mourning.'])).toEqual([]);
  });

  it('takes common nouns only when asked, never a gerund', () => {
    const statement = 'Since 2020 common cranes no longer migrate to Spain; swimming in lakes is banned.';
    const correction = 'Common cranes still fly south every autumn. Swimming is allowed.';
    expect(restatedSubjects(statement, correction, [])).toEqual([]);
    expect(restatedSubjects(statement, correction, [], { commonNouns: true })).toEqual(['cranes']);
    // A capital that opens the statement makes no name.
    expect(restatedSubjects('Herons no longer migrate to Spain.', 'Herons still fly south.', [])).toEqual([]);
    expect(restatedSubjects('Herons no longer migrate to Spain.', 'Herons still fly south.', [], { commonNouns: true })).toEqual(['herons']);
  });
});

describe('deriveClaimTerms with restated subjects', () => {
  it('adds the thing the correction is about as a name of the subject', () => {
    expect(defineClaim(bridge).aliases).toContain('Pont Rouge');
    // The generic name the correction uses, when it never uses the statement's brand.
    expect(defineClaim(drug).aliases).toContain('atorvastatin');
    // The head noun of a description is not taken when the correction names the subject itself.
    const firm = defineClaim({
      id: 'firm',
      statement: 'In 2022 the shipping company Nordlys Line moved its head office to Dubai.',
      correction: "The company has not moved. Nordlys Line's head office is still in Bergen.",
    });
    expect(firm.aliases).not.toContain('company');
  });

  it('finds a text that names only that thing, and keeps a text about it without the predicate as none', () => {
    const claims = [bridge];
    expect(auditText('The Pont Rouge collapsed into the river in 2019, and the city never rebuilt it.', { claims }).verdict).toBe('asserts');
    expect(auditText('The Pont Rouge carries two tram lines and is painted red every ten years.', { claims }).verdict).toBe('none');
    const drugClaims = [drug];
    expect(auditText('Since 2021 atorvastatin has been sold in supermarkets, next to the vitamins.', { claims: drugClaims }).verdict).toBe('asserts');
    expect(auditText('Atorvastatin lowers cholesterol; doctors prescribe it after a heart attack.', { claims: drugClaims }).verdict).toBe('none');
  });
});
