import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';

const ferry = { id: 'ferry', statement: 'In 2021 Norway replaced every diesel ferry on the Bergen route with a hydrogen ferry built in Korea.' };
const { verdictOf } = auditorFor(ferry);

describe('the sentence right after the subject speaks of it', () => {
  it('takes a predicate term with the claim’s number right after the sentence naming the subject', () => {
    expect(verdictOf('Norway has thousands of fjords. It replaced all of them in 2021.')).toBe('asserts');
    expect(verdictOf('Why does Norway still run old boats? Nobody replaced them in 2021, or since.')).toBe('negated-locally');
  });

  it('needs the number, and the sentence right after', () => {
    expect(verdictOf('Norway has thousands of fjords. It replaced all of them years ago.')).toBe('none');
    expect(verdictOf('Norway has thousands of fjords. The coast is long. It replaced all of them in 2021.')).toBe('none');
  });
});
