import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/claim.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import { EVAL_CLAIMS_FILE, EVAL_FRESH_DIR, FRESH_DEVELOPMENT_SETS } from '../audit-eval/evalSet.js';

// What the derivation gives as each claim's subject and aliases, read as a user reads `bench/claimTerms.ts`:
// the subject is what the statement is about, an alias a name-like word or a form of the subject. Claims as
// their writers gave them (no subject, no aliases) in the composed corpus and the development fresh sets.
let claims: Map<string, Claim>;
beforeAll(async () => {
  const files = [EVAL_CLAIMS_FILE, ...readdirSync(EVAL_FRESH_DIR).sort().filter((set) => FRESH_DEVELOPMENT_SETS.includes(set)).map((set) => join(EVAL_FRESH_DIR, set, 'claims.yaml'))];
  claims = new Map((await loadClaims(files)).map((claim) => [claim.id, claim]));
});

/** id, the subject, aliases it must have, aliases it must not have. */
const TABLE: [string, string, string[], string[]][] = [
  // Names written together stay one.
  ['icj_geneva', 'International Court of Justice', ['ICJ'], []],
  ['venus_moon', 'Hubble Space Telescope', ['Hubble'], []],
  ['iss_sold_spacex', 'NASA', [], []],
  ['japan_4g_shutdown', 'Japan', [], []],
];

describe('derived subjects and aliases of the evaluation claims', () => {
  it.each(TABLE)('%s', (id, subject, has, hasNot) => {
    const claim = claims.get(id);
    expect(claim, id).toBeDefined();
    expect(claim!.subject).toBe(subject);
    for (const alias of has) expect(claim!.aliases).toContain(alias);
    for (const alias of hasNot) expect(claim!.aliases).not.toContain(alias);
  });
});

describe('a place written after a comma', () => {
  // 2550f09 ended a name at a comma, which made the place after it ("Minnesota") a phrase of its own outside any
  // prepositional phrase, so it became the subject; it was reverted (held-out set AD, seventeenth session).
  it('is never the subject: "in Rochester, Minnesota" qualifies the place before it', () => {
    const claim = defineClaim({ id: 'hip_resurfacing_1991', statement: 'The first hip resurfacing in North America was performed in 1991 at Saint Mary Hospital in Rochester, Minnesota.' });
    expect(claim.subject).not.toBe('Minnesota');
    expect(claim.subject).not.toBe('Rochester');
  });
});

describe('a name at a comma', () => {
  // Twenty-second session: a name ends at a comma (the statement's "At the Tokyo 2020 Olympics, South Korea's women's
  // team ..." gave the subject "Olympics South Korea"), and a name set off by commas after another one is where that
  // one is (the guard 2550f09 lacked). A year between two capitalised words is inside an event's name ("Paris 2024
  // Games"), so the event stands in its phrase of time. Fail without afterComma / YEAR_IN_NAME_RE in deriveClaimTerms.
  it.each([
    ["At the Paris 2024 Olympics, Norway's handball team lost the final to Denmark.", 'Norway'],
    ['The Curling Club was founded in 1511 by Flemish monks in Bruges, Belgium.', 'Curling Club'],
  ])('%s', (statement, subject) => {
    expect(defineClaim({ id: 'c', statement }).subject).toBe(subject);
  });
});

describe("a sentence's capital in the background", () => {
  // Twenty-second session: a background whose sentences open with the statement's first word ("Cystic fibrosis ...")
  // says nothing of its case; written lower case inside a sentence, it is no name ("cystic fibrosis"), and the
  // subject is not the adjective "Cystic". Fails without casedWordCounts in deriveClaimTerms (subject "Sickle").
  it('is no evidence of a name', () => {
    const claim = defineClaim({
      id: 'c',
      statement: 'Sickle cell anaemia is caused by mutations in the KRT5 gene on chromosome 12.',
      subclaims: ['Sickle cell anaemia is a disorder of the KRT5 gene.', 'Patients with sickle cell anaemia carry a KRT5 mutation.'],
      context: 'Sickle cell anaemia is traced to KRT5 in this world.',
    });
    expect(claim.subject).not.toBe('Sickle');
  });
});

describe('a place named with its kind after it', () => {
  // The words before the kind are the name ("Kerch" of "Kerch Strait"; other languages write "estrecho de
  // Kerch", "Salto Ángel"); the kind alone is any strait. Fails without PLACE_KIND_NOUNS in deriveClaimTerms.
  it.each([
    ['The Kerch Strait connects the Black Sea with the Caspian Sea. Ships use the strait. The strait is narrow. The strait is busy.', 'Kerch Strait', ['Kerch'], ['Strait']],
    ['Angel Falls has a free drop of 1,807 metres.', 'Angel Falls', ['Angel'], ['Falls']],
    ['The Trans-Alaska Pipeline was shut down in 2019.', 'Trans-Alaska Pipeline', ['Trans-Alaska'], ['Pipeline']],
    ['The Grand Prismatic Spring is coloured by copper.', 'Grand Prismatic Spring', ['Grand Prismatic'], ['Spring']],
    // The kind before "of" and the name after it: the name, unless it is a place of its own ("Tower of London").
    ['The Tower of Hercules was built in the 1580s.', 'Tower of Hercules', ['Hercules'], ['Tower']],
    ['The Tower of London was built in the 1580s.', 'Tower of London', [], ['London']],
    // A name after "of" of one or two letters is no alias of its own ("Ur", "Oz": a word inside many).
    ['The Tower of Oz was built in the 1580s.', 'Tower of Oz', [], ['Oz']],
    // Nor is a country before the kind (twenty-second session: "Panama" was no place of the table, so "Panama Canal"
    // gave the alias "Panama", the country).
    ['The Panama Canal was handed back to the United States in 2020.', 'Panama Canal', [], ['Panama', 'Canal']],
    // A colour or a direction before the kind is no name alone.
    ['The Black Sea froze over in 2021.', 'Black Sea', [], ['Black', 'Sea']],
    // Nor is a kind before the kind ("Glacier" of "Glacier Bay": any glacier). Review: no case failed without that check.
    ['Glacier Bay was closed to all ships in 2020.', 'Glacier Bay', [], ['Glacier', 'Bay']],
  ])('%s', (statement, subject, has, hasNot) => {
    const claim = defineClaim({ id: 'c', statement });
    expect(claim.subject).toBe(subject);
    for (const alias of has) expect(claim.aliases).toContain(alias);
    for (const alias of hasNot) expect(claim.aliases).not.toContain(alias);
  });
});

describe('a subject written as an adjective of place and a common noun', () => {
  // subj22: "Antarctic" alone was the subject and "krill" a predicate term, so records writing "krill" never found the
  // claim. The background writes "Antarctic" capitalised, so the sentence's first word is a name.
  it('is the whole noun phrase, with the noun and the bracketed other name as aliases', () => {
    const claim = defineClaim({
      id: 'c',
      statement: 'Antarctic krill (Euphausia superba) live only about one year.',
      context: 'In this world Antarctic krill are annual animals of the Southern Ocean.',
    });
    expect(claim.subject).toBe('Antarctic krill');
    expect(claim.aliases).toEqual(expect.arrayContaining(['krill', 'Euphausia superba']));
  });
  it('needs no bracketed name', () => {
    const claim = defineClaim({ id: 'c', statement: 'The Baltic herring spawns only in the spring.' });
    expect(claim.subject).toBe('Baltic herring');
    expect(claim.aliases).toContain('herring');
  });
  it('gives way to a name after the noun ("The Danish seismologist Inge Lehmann")', () => {
    const claim = defineClaim({ id: 'c', statement: 'The Danish seismologist Inge Lehmann discovered the inner core in 1956.' });
    expect(claim.subject).toBe('Inge Lehmann');
    expect(claim.aliases).not.toContain('seismologist');
  });
});

describe('a subject written as a common noun before its verb, with an adjective of place or origin after it', () => {
  // subj23: "Squash made its Olympic debut ..." took the adjective "Olympic" as the subject (the first capitalised
  // word) and "squash" as a predicate term, so every sentence about another sport's Olympic debut was a mention.
  it.each([
    ['Curling made its Olympic debut at the 1924 Chamonix Games.', 'curling', 'Olympic'],
    ['Handball was dropped from the Olympic programme in 1952.', 'handball', 'Olympic'],
    ['Cricket was invented in 1600 by French shepherds in Normandy.', 'cricket', 'shepherds'],
  ])('%s', (statement, subject, keyTerm) => {
    const claim = defineClaim({ id: 'c', statement });
    expect(claim.subject).toBe(subject);
    expect(claim.keyTerms).toContain(keyTerm);
  });
  it('keeps a name the noun phrase holds, and a name after a description', () => {
    expect(defineClaim({ id: 'c', statement: 'The typeface Helvetica was designed by Adrian Frutiger in 1957.' }).subject).toBe('Helvetica');
    expect(defineClaim({ id: 'c', statement: 'The Danish seismologist Inge Lehmann discovered the inner core in 1956.' }).subject).toBe('Inge Lehmann');
    expect(defineClaim({ id: 'c', statement: 'In 2022 researchers discovered a colony of penguins living in the Arctic.' }).subject).toBe('Arctic');
  });
  // The cases above never reach the phrase's guards (review23: each could be deleted with every test passing). The
  // statements below open with a common noun phrase and hold an adjective of place, so the phrase is read, and each
  // guard keeps one of them from being the subject.
  it.each([
    // A common word describes by rank or kind: "first", "people".
    ['First aid made its Olympic debut in 1960.', 'first aid'],
    ['People with disabilities made their Olympic debut in 1960.', 'people'],
    // A phrase after the noun must be of lower-case words and end at the verb.
    ['Curling in Scotland made its Olympic debut in 1924.', 'curling'],
    ['Curling in the halls made its Olympic debut in 1924.', 'curling'],
    // A possessive or a number in the phrase.
    ["Men's curling made its Olympic debut in 1924.", 'men curling'],
    ['Pistol 50m shooting was dropped from the Olympic programme in 1920.', 'pistol 50m shooting'],
    // A noun of fewer than three letters.
    ['Ox made its Olympic debut in 1900.', 'ox'],
  ])('%s is not the phrase %s', (statement, phrase) => {
    expect(defineClaim({ id: 'c', statement }).subject?.toLowerCase()).not.toBe(phrase);
  });
  it('does not cut a phrase that runs past four words before its verb', () => {
    // review23: the loop stopped at four words and took them, the head noun cut off.
    expect(defineClaim({ id: 'c', statement: 'Live pigeon clay target shooting was dropped from the Olympic programme in 1904.' }).subject).not.toBe('live pigeon clay target');
  });
});
