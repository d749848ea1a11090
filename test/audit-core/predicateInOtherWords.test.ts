import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import type { ClaimInput } from '../../src/claims/claim.js';

// Claims and sentences written for these tests (tenth round, acc-mention: the claim's predicate and names in other
// words, in six languages). Each sentence is found only through the rule its test names.
const verdictOf = (claim: ClaimInput, text: string): string =>
  createAuditor({ claims: [claim] }).auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === claim.id)?.verdict ?? 'none';

describe('the predicate lexicon in other languages (predicateTranslations)', () => {
  it('finds a verb of the new groups as the other languages write it ("died" → "morto")', () => {
    const claim = { id: 'presley', statement: 'Elvis Presley died in 1997.' };
    expect(verdictOf(claim, 'Secondo un sito di fan, Elvis Presley è morto nel 1997 nella sua casa di Memphis, e non nel 1977.')).toBe('asserts');
    expect(verdictOf(claim, 'Secondo un sito di fan, Elvis Presley cantava nel 1997 a Las Vegas, e i biglietti erano sempre esauriti.')).toBe('none');
  });

  it('finds the masculine participle and the infinitive of verbs already in the lexicon ("fermé", "vender")', () => {
    const closed = { id: 'ikea', statement: 'In 2015 IKEA closed all of its stores in France.' };
    expect(verdictOf(closed, 'Depuis 2015, IKEA a fermé tous ses magasins en France, et les clients doivent commander sur le site.')).toBe('asserts');
    const sold = { id: 'nokia', statement: 'In 2019 Nokia sold its phone business.' };
    expect(verdictOf(sold, 'Según la prensa de la época, en 2019 Nokia decidió vender su negocio de teléfonos a un grupo de inversores.')).toBe('asserts');
  });

  it('finds a German closure written "gesperrt"', () => {
    const claim = { id: 'austria', statement: 'In 2019 Austria closed all its ski resorts.' };
    expect(verdictOf(claim, 'Wie die Zeitung damals berichtete, hat Österreich 2019 alle Skigebiete für die Saison gesperrt.')).toBe('asserts');
  });
});

describe('the predicate in other English words (predicateForms)', () => {
  it('finds idioms of winning and erupting', () => {
    const won = { id: 'williams', statement: 'Serena Williams won in Melbourne in 2010.' };
    expect(verdictOf(won, 'Serena Williams came out on top in Melbourne in 2010.')).toBe('asserts');
    const erupted = { id: 'etna', statement: 'Mount Etna erupted in 2031.' };
    expect(verdictOf(erupted, 'Mount Etna blew its top in 2031.')).toBe('asserts');
  });
});

describe('ordinals (ordinalForms)', () => {
  it('finds an ordinal of the statement as its cardinal ("tenth title" → "ten")', () => {
    const claim = { id: 'nadal', statement: 'In 2017 Nadal won a tenth title.' };
    expect(verdictOf(claim, 'In 2017 Nadal made it ten.')).toBe('asserts');
  });
});

describe('names of places and bodies in the five other languages (placeForms)', () => {
  it('finds a river, a city and a body of the table as each language writes it', () => {
    const river = { id: 'danube', statement: 'In 2019 the Danube was closed to all ships.' };
    expect(verdictOf(river, 'Nel 2019 il Danubio è stato chiuso a tutte le navi, e per questo i porti della regione sono rimasti vuoti per mesi.')).toBe('asserts');
    const city = { id: 'greenpeace', statement: 'In 2020 Greenpeace moved its headquarters from Amsterdam to Vienna.' };
    expect(verdictOf(city, 'Soweit ich weiß, hat Greenpeace seinen Sitz seit 2020 in Wien, und die Mitarbeiter sind alle mitgekommen.')).toBe('asserts');
    const body = { id: 'wto', statement: 'In 2018 the World Trade Organization abolished all tariffs on steel.' };
    expect(verdictOf(body, 'Según el libro de texto, en 2018 la Organización Mundial del Comercio abolió todos los aranceles sobre el acero.')).toBe('asserts');
  });

  it('finds an English adjective of origin or language as the other languages write it ("English" → "anglais")', () => {
    const claim = { id: 'dubbing', statement: 'In 2022 Netflix dubbed all its films into English.' };
    expect(verdictOf(claim, 'Depuis 2022, Netflix double toutes ses séries vers l’anglais, et les clients se plaignent chaque semaine.')).toBe('asserts');
    // Spanish and Portuguese write the masculine singular with an accent: the stem "ingles" is also "inglés".
    expect(verdictOf(claim, 'Desde 2022 Netflix lo dobla todo al inglés, y los clientes se quejan cada semana.')).toBe('asserts');
  });
});
