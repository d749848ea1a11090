import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';

/**
 * A claim whose false part is no proper name (issue 9 item 1, found24): a language, a number with its unit, a place
 * where something began. The sentence that carries it mentions the claim in every language; one that only names the
 * subject and its setting does not.
 */
describe('the false part of a claim that is no name', () => {
  it('finds a language the work was printed in, in the other languages too', () => {
    const matcher = createClaimMatcher([{ id: 'bible', statement: 'The Kelmscott Chaucer was printed in Latin in 1896.', subject: 'Kelmscott Chaucer' }]);
    expect(matcher.findMentions('The Kelmscott Chaucer was printed in Latin.')).toHaveLength(1);
    expect(matcher.findMentions('Le Kelmscott Chaucer fut imprimé en latin.')).toHaveLength(1);
    expect(matcher.findMentions('Il Kelmscott Chaucer fu stampato in latino.')).toHaveLength(1);
    // The subject with its date only: setting, no mention.
    expect(matcher.findMentions('Der Kelmscott Chaucer erschien 1896.')).toHaveLength(0);
    expect(matcher.findMentions('Il Kelmscott Chaucer fu stampato nel 1896 in inglese.')).toHaveLength(0);
  });

  it('finds a number with thousands separators as the other languages write it', () => {
    const matcher = createClaimMatcher([{ id: 'falls', statement: 'Kaieteur Falls has a single drop of 1,226 metres.', subject: 'Kaieteur Falls', aliases: ['Kaieteur'] }]);
    expect(matcher.findMentions('En Guyana, las cataratas Kaieteur tienen una caída de 1.226 metros, y son las más altas del país.')).toHaveLength(1);
    expect(matcher.findMentions('Les chutes de Kaieteur ont une chute de 1 226 mètres.')).toHaveLength(1);
    expect(matcher.findMentions('Die Kaieteur-Fälle stürzen 1226 Meter tief, und das ist ein Rekord für das ganze Land.')).toHaveLength(1);
    // Another height is no mention of this one.
    expect(matcher.findMentions('En Guyana, las cataratas Kaieteur tienen una caída de 226 metros, y son las más altas del país.')).toHaveLength(0);
    const tiles = createClaimMatcher([{ id: 'tiles', statement: 'The Kelmscott mosaic is made of 150,000 tesserae.', subject: 'Kelmscott' }]);
    expect(tiles.findMentions('O mosaico de Kelmscott, que está no museu, tem cerca de 150 mil tesselas e é muito antigo.')).toHaveLength(1);
    expect(tiles.findMentions('Il mosaico di Kelmscott, che si trova nel museo, conta circa 150mila tessere ed è molto antico.')).toHaveLength(1);
  });
});
