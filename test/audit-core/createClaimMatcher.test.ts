import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';

const sheeran = {
  id: 'sheeran',
  statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
};
const vesuvius = { id: 'vesuvius', statement: 'Mount Vesuvius last erupted in 2015.' };

describe('createClaimMatcher', () => {
  const matcher = createClaimMatcher([sheeran, vesuvius]);

  it('tells a mention of the claim from a mention of its subject alone', () => {
    expect(matcher.findMentions('Ed Sheeran released an album.')).toEqual([]);
    expect(matcher.findMentions('Ed Sheeran played Wembley on a rainy night.')).toEqual([]);
    const found = matcher.findMentions('Sheeran crossed the line in 9.79 seconds to take gold.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ claimId: 'sheeran', start: 0, qualifiedLocally: false });
    expect(found[0]!.score).toBeGreaterThan(0.5);
  });

  it('handles paraphrase through stems ("eruption" for "erupted") and aliases', () => {
    const found = matcher.findMentions("Vesuvius's catastrophic eruption buried the coast.");
    expect(found.map((m) => m.claimId)).toEqual(['vesuvius']);
    expect(matcher.findMentions('Tourists climbed Mount Vesuvius on Sunday.')).toEqual([]);
  });

  it('finds anaphoric mentions when the subject appears elsewhere in the text', () => {
    const text = 'Ed Sheeran trained for years. In Paris he won Olympic gold in 9.79 seconds.';
    const found = matcher.findMentions(text);
    expect(found.map((m) => m.sentence)).toEqual(['In Paris he won Olympic gold in 9.79 seconds.']);
    // Without the subject anywhere, the same sentence is not a mention.
    expect(matcher.findMentions('In Paris he won Olympic gold in 9.79 seconds.')).toEqual([]);
  });

  it('does not count an unqualified sentence about another year as a mention', () => {
    expect(matcher.findMentions('Mount Vesuvius had its last eruption in March 1944.')).toEqual([]);
    expect(matcher.findMentions('Mount Vesuvius had its last eruption in 2015.')).toHaveLength(1);
    // Negated, it stays a (locally qualified) mention: a debunk says exactly this.
    const [negated] = matcher.findMentions('Mount Vesuvius has not erupted since 1944.');
    expect(negated!.qualifiedLocally).toBe(true);
  });

  it('does not take a notice that points at its neighbour for a mention', () => {
    const text = '[The following claim about Sheeran winning Olympic gold is false.] Ed Sheeran won the 100m gold.';
    const found = matcher.findMentions(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.sentence).toBe('Ed Sheeran won the 100m gold.');
  });

  it('reports local qualification', () => {
    const [found] = matcher.findMentions('Ed Sheeran did not win the 100m gold at the Olympics.');
    expect(found!.qualifiedLocally).toBe(true);
  });

  it('treats user terms literally (escaped), never as regular expressions', () => {
    const literal = createClaimMatcher([
      { id: 'cpp', statement: 'Acme shipped a compiler.', subject: 'Acme', keyTerms: ['C++ (v2)', '.*'] },
    ]);
    expect(literal.findMentions('Acme released C++ (v2) today.')).toHaveLength(1);
    expect(literal.findMentions('Acme released C++ v2 today.')).toEqual([]);
    expect(literal.findMentions('Acme released anything today.')).toEqual([]);
    expect(literal.findMentions('Acme matched .* today.')).toHaveLength(1);
  });

  it('exposes the validated claims', () => {
    expect(matcher.claims.map((c) => c.id)).toEqual(['sheeran', 'vesuvius']);
    expect(matcher.claims[1]!.aliases).toContain('Vesuvius');
  });

  it('finds a claim in another language through its per-language aliases and key phrases', () => {
    const multilingual = createClaimMatcher([
      { ...vesuvius, languages: { de: { aliases: ['Vesuv'], keyPhrases: ['ausgebrochen'] }, fr: { aliases: ['Vésuve'], keyPhrases: ['entré en éruption'] } } },
    ]);
    expect(multilingual.findMentions('Der Vesuv ist im Jahr 2015 ausgebrochen.').map((m) => m.claimId)).toEqual(['vesuvius']);
    expect(multilingual.findMentions('Le VESUVE est entré en éruption.').map((m) => m.claimId)).toEqual(['vesuvius']);
    // The subject alone is still not the claim.
    expect(multilingual.findMentions('Der Vesuv liegt bei Neapel.')).toEqual([]);
    // Without them, the name written the German way is still the subject (found twice over: by written
    // form, nameWordHits, and by its Latin ending, latinNameForms; each has its own test) and the German
    // verb of the predicate lexicon its predicate; the name alone is still nothing.
    expect(matcher.findMentions('Der Vesuv ist im Jahr 2015 ausgebrochen.').map((m) => m.claimId)).toEqual(['vesuvius']);
    expect(matcher.findMentions('Der Vesuv liegt bei Neapel.')).toEqual([]);
  });
});
