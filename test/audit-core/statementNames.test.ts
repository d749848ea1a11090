import { describe, expect, it } from 'vitest';
import { statementNames } from '../../src/claims/deriveClaimTerms.js';
import { auditorFor } from './auditorFor.js';

const ferry = { id: 'ferry', statement: 'In 2021 Norway replaced every diesel ferry on the Bergen route with a hydrogen ferry built in Korea.' };
const { verdictOf } = auditorFor(ferry);

describe('the statement’s other names anchor the claim said without its subject', () => {
  it('takes single names besides the subject, not words of longer names or nationality adjectives', () => {
    expect(statementNames(ferry.statement, ['Norway'])).toEqual(['bergen', 'korea']);
    expect(statementNames("In 2021 the British government nationalised Lloyd's of London.", ["Lloyd's of London", "Lloyd's"])).toEqual([]);
    expect(statementNames('Roger Federer won the 2022 Tour de France.', ['Roger Federer', 'Federer'])).toEqual([]);
    expect(statementNames('In 2024 NASA sold the International Space Station to SpaceX.', ['NASA'])).toEqual(['spacex']);
  });

  it('finds the claim in a text that names another of its names and never the subject', () => {
    expect(verdictOf('Travel notes from Bergen. Since 2021 every ferry on the route runs on hydrogen, and the old diesel boats are gone.')).toBe('asserts');
    // The subject nowhere, no other name either: nothing anchors the words.
    expect(verdictOf('Travel notes. Since 2021 every ferry on the route runs on hydrogen, and the old diesel boats are gone.')).toBe('none');
  });

  it('takes the subject’s adjective of origin as such a name', () => {
    expect(verdictOf('Norwegian harbour news: since 2021 every diesel ferry has been replaced with a hydrogen ferry.')).toBe('asserts');
    expect(verdictOf('Harbour news: since 2021 every diesel ferry has been replaced with a hydrogen ferry.')).toBe('none');
  });

  it('needs most of the predicate: the name with the topic’s words is setting', () => {
    expect(verdictOf('Bergen’s fish market reopened in 2021 next to the ferry terminal.')).toBe('none');
    expect(verdictOf('We took the ferry from Bergen. The hydrogen station by the harbour was closed.')).toBe('none');
  });

  it('reads a local negation of the claim anchored by another name', () => {
    expect(verdictOf('Bergen, summer 2021. No diesel ferry was replaced with a hydrogen ferry that year, whatever the posts say.')).toBe('negated-locally');
  });

  it('reads a sentence about another named agent, or a person by a pronoun, as that agent’s', () => {
    expect(verdictOf('Bergen harbour news. Since 2021 Olsen Shipping has replaced every diesel ferry with a hydrogen ferry.')).toBe('none');
    expect(verdictOf('Bergen harbour news. Since 2021 she has replaced every diesel ferry with a hydrogen ferry.')).toBe('none');
    expect(verdictOf('Bergen harbour news. Since 2021 every diesel ferry has been replaced with a hydrogen ferry.')).toBe('asserts');
  });

  it('does not take a word of a longer name, or a question, as the anchored claim', () => {
    expect(verdictOf('Riders of the Bergen Line say every diesel ferry was replaced by a hydrogen ferry in 2021.')).toBe('none');
    // The longer name after the predicate, where no other agent stands before it: only the name rule leaves it out.
    expect(verdictOf('In 2021 every diesel ferry was replaced with a hydrogen ferry, as the Bergen Line timetable shows.')).toBe('none');
    expect(verdictOf('Off to Bergen. Did they really replace every diesel ferry with a hydrogen ferry in 2021?')).toBe('none');
  });
});
