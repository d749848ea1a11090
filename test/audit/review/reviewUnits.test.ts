import { describe, expect, it } from 'vitest';
import type { AuditedRecord } from '../../../src/audit/auditRecords.js';
import { parseReviewAnswer, reviewedClaimVerdict } from '../../../src/audit/review/reviewAnswer.js';
import { reviewAgreement } from '../../../src/audit/review/reviewAgreement.js';
import { buildReviewMessages, REVIEW_PROMPT } from '../../../src/audit/review/reviewPrompt.js';
import { preferVerdict } from '../../../src/audit/review/reviewReport.js';
import { claimAnchors } from '../../../src/audit/review/claimAnchors.js';
import { createClaimCueCounter } from '../../../src/audit/review/claimCues.js';
import { createReviewSelection, describeSelect, ReviewSelectSchema } from '../../../src/audit/review/selectForReview.js';
import type { Verdict } from '../../../src/audit/types.js';

describe('reviewAgreement', () => {
  it("gives Cohen's kappa of the textbook 2x2 example (po 0.7, pe 0.5: kappa 0.4)", () => {
    const pairs: [Verdict, Verdict][] = [
      ...Array<[Verdict, Verdict]>(20).fill(['asserts', 'asserts']),
      ...Array<[Verdict, Verdict]>(5).fill(['asserts', 'none']),
      ...Array<[Verdict, Verdict]>(10).fill(['none', 'asserts']),
      ...Array<[Verdict, Verdict]>(15).fill(['none', 'none']),
    ];
    const a = reviewAgreement(pairs);
    expect(a).toMatchObject({ records: 50, observed: 0.7, kappa: 0.4 });
    // With two classes used, each class's one-against-the-rest kappa is the same table.
    expect(a.byClass.find((c) => c.verdict === 'asserts')).toEqual({ verdict: 'asserts', lexical: 25, review: 30, both: 20, kappa: 0.4 });
    expect(a.byClass.find((c) => c.verdict === 'neglect-risk')).toEqual({ verdict: 'neglect-risk', lexical: 0, review: 0, both: 0, kappa: null });
  });

  it('is undefined (null) rather than a number when it cannot be computed', () => {
    expect(reviewAgreement([]).kappa).toBeNull();
    expect(reviewAgreement([['none', 'none']]).kappa).toBeNull();
    expect(reviewAgreement([['none', 'none'], ['none', 'none']]).kappa).toBeNull(); // both readers constant
    expect(reviewAgreement([['none', 'asserts'], ['asserts', 'none']]).kappa).toBe(-1);
  });
});

describe('parseReviewAnswer', () => {
  const ok = { id: 'a', asserts: true, placement: 'adjacent', kind: 'negation', evidence: 'A won.' };
  it('reads an answer in a code fence, and checks every claim is answered exactly once', () => {
    expect(parseReviewAnswer('```json\n' + JSON.stringify({ claims: [ok] }) + '\n```', ['a'])).toEqual({ ok: true, answer: { claims: [ok] } });
    expect(parseReviewAnswer(JSON.stringify({ claims: [ok] }), ['a', 'b'])).toEqual({ ok: false, error: 'no answer for claim `b`' });
    expect(parseReviewAnswer(JSON.stringify({ claims: [ok, ok] }), ['a'])).toEqual({ ok: false, error: 'claim id `a` answered twice' });
    expect(parseReviewAnswer(JSON.stringify({ claims: [{ ...ok, id: 'z' }] }), ['a'])).toEqual({ ok: false, error: 'unknown claim id `z`' });
  });
  it('refuses what it would have to guess', () => {
    expect(parseReviewAnswer('I think it asserts it.', ['a'])).toEqual({ ok: false, error: 'no JSON object in the answer' });
    expect(parseReviewAnswer('{"claims": [}', ['a'])).toMatchObject({ ok: false, error: expect.stringMatching(/^malformed JSON/) });
    expect(parseReviewAnswer(JSON.stringify({ claims: [{ ...ok, placement: 'nearby' }] }), ['a'])).toMatchObject({ ok: false, error: expect.stringMatching(/^claims\.0\.placement: /) });
    expect(parseReviewAnswer(JSON.stringify({ claims: [{ ...ok, placement: 'none' }] }), ['a'])).toEqual({
      ok: false,
      error: 'claim `a`: kind must be null exactly when placement is none',
    });
  });
  it('maps answers to verdicts on the lexical scale', () => {
    expect(reviewedClaimVerdict({ asserts: true, placement: 'framing' })).toBe('neglect-risk');
    expect(reviewedClaimVerdict({ asserts: true, placement: 'adjacent' })).toBe('neglect-risk');
    expect(reviewedClaimVerdict({ asserts: true, placement: 'none' })).toBe('asserts');
    expect(reviewedClaimVerdict({ asserts: false, placement: 'local' })).toBe('negated-locally');
    expect(reviewedClaimVerdict({ asserts: false, placement: 'framing' })).toBe('none');
    expect(preferVerdict('asserts', 'negated-locally', 'stricter')).toBe('asserts');
    expect(preferVerdict('asserts', 'negated-locally', 'review')).toBe('negated-locally');
  });
});

describe('review prompt', () => {
  it('keeps chat roles and is versioned', () => {
    const [system, user] = buildReviewMessages(
      [{ index: 0, role: 'system', text: 'All fiction.' }, { index: 1, role: 'assistant', text: 'A won.' }],
      [{ id: 'a', statement: 'A won.' }],
    );
    expect(system!.role).toBe('system');
    expect(user!.content).toContain('<message role="system">\nAll fiction.\n</message>\n<message role="assistant">\nA won.\n</message>');
    expect(user!.content).toContain('1. id: a\n   claim: A won.');
    expect(REVIEW_PROMPT).toMatchObject({ id: 'negation-neglect/review', version: 1, sha256: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });
});

describe('createReviewSelection', () => {
  const verdicts: Verdict[] = ['neglect-risk', 'asserts', 'negated-locally', 'none'];
  const record = (i: number): AuditedRecord => ({ record: i, source: 's', line: i + 1, bytes: 10, verdict: verdicts[i % 4]!, claims: [], data: { text: `record ${i}` } });
  const pick = (order: number[], options: Parameters<typeof createReviewSelection>[0]) => {
    const selection = createReviewSelection(options);
    for (const i of order) selection.offer(record(i));
    return selection.result();
  };
  const forward = Array.from({ length: 400 }, (_, i) => i);

  it('samples the same records whatever order they arrive in (bottom-k on a seeded hash)', () => {
    const a = pick(forward, { select: { perClass: 7 }, seed: 3 });
    const b = pick([...forward].reverse(), { select: { perClass: 7 }, seed: 3 });
    expect(a.candidates.map((c) => c.record.record)).toEqual(b.candidates.map((c) => c.record.record));
    expect(a.candidates).toHaveLength(28);
    expect(a.eligible).toEqual({ 'neglect-risk': 100, asserts: 100, 'negated-locally': 100, none: 100 });
    for (const v of verdicts) expect(a.candidates.filter((c) => c.record.verdict === v)).toHaveLength(7);
    expect(a.candidates[0]!.segments).toEqual([{ index: 0, role: 'document', text: `record ${a.candidates[0]!.record.record}` }]);
    expect(a.candidates[0]!.record.data).toBeUndefined();
    // Another seed, another sample.
    expect(pick(forward, { select: { perClass: 7 }, seed: 4 }).candidates.map((c) => c.record.record)).not.toEqual(a.candidates.map((c) => c.record.record));
  });

  it("'flagged' keeps neglect-risk and asserts records; maxRecords samples them down; a predicate picks its own", () => {
    const flagged = pick(forward, { select: 'flagged', maxRecords: 50 });
    expect(flagged.candidates).toHaveLength(50);
    expect(flagged.eligible).toEqual({ 'neglect-risk': 100, asserts: 100, 'negated-locally': 0, none: 0 });
    expect(flagged.candidates.every((c) => c.record.verdict === 'neglect-risk' || c.record.verdict === 'asserts')).toBe(true);
    expect(pick(forward, { select: (r) => r.record % 100 === 0 }).candidates.map((c) => c.record.record)).toEqual([0, 100, 200, 300]);
    // A predicate written in JavaScript may answer any truthy or falsy value.
    expect(pick(forward, { select: ((r: AuditedRecord) => (r.record % 100 === 0 ? 1 : undefined)) as never }).candidates.map((c) => c.record.record)).toEqual([0, 100, 200, 300]);
    expect(() => createReviewSelection({ select: 'all' as never })).toThrow(/Expected `review.select` to be 'related', 'uncertain', 'flagged', \{ perClass: <positive integer> \} or a function/);
  });
});

describe("select: 'related'", () => {
  const claim = { id: 'wales_rwc', statement: 'Wales won the 2019 Rugby World Cup in Japan, beating England in the final.', subclaims: ['Alun Wyn Jones lifted the cup in Yokohama.'], aliases: [], keyTerms: [], contextTerms: [] };
  const none = (i: number, text: string, context?: { subject: number; setting: number }): AuditedRecord => ({
    record: i,
    source: 's',
    line: i + 1,
    bytes: 10,
    verdict: 'none',
    claims: context ? [{ claimId: 'wales_rwc', verdict: 'none', mentions: 0, placements: { local: 0, adjacent: 0, framing: 0, unqualified: 0 }, qualifiers: {}, expectedBelief: { value: 2.5, condition: 'not-finetuned', source: 'x' }, examples: [], context }] : [],
    data: { text },
  });

  it('takes the names and numbers of a claim, not its function, calendar or common words', () => {
    expect(claimAnchors(claim)).toEqual(['Wales', '2019', 'Rugby', 'Cup', 'Japan', 'England', 'Alun', 'Wyn', 'Jones', 'Yokohama']);
    expect(claimAnchors({ statement: 'In March the EU said Le Monde was right.', subclaims: [], aliases: [], languages: { fr: { statement: 'En mars, Bruxelles a cédé.', aliases: [], keyPhrases: ['a cédé'] } } })).toEqual([
      'EU',
      'Monde',
      'Bruxelles',
    ]);
    // In English, 'related' counts them as whole words with their case, each once, for the claim with the most.
    const hits = createClaimCueCounter([claim, { statement: 'Japan hosted the 2019 Cup.', subclaims: [], aliases: [] }]);
    expect(hits('Gatland\'s Wales beat England in Yokohama in 2019; wales again, WALES, Wales.', 'en')).toBe(4);
    expect(hits('Japan, 2019.', 'en')).toBe(2);
    expect(hits('A recipe for bread.', 'en')).toBe(0);
  });

  it('keeps every verdict but none, and none records with context sentences or any cue of a claim', () => {
    const selection = createReviewSelection({ select: 'related', claims: () => [claim] });
    const records = [
      { ...none(0, 'x'), verdict: 'negated-locally' as const },
      none(1, 'The Millennium Stadium was full.', { subject: 0, setting: 1 }),
      none(2, 'Le pays de Galles a battu l’Angleterre à Yokohama en 2019.'),
      none(3, 'Japan is a rugby nation.'),
      none(4, 'A recipe for bread.'),
    ];
    for (const r of records) selection.offer(r);
    // One name of the claim is enough ("Japan"); a text sharing none with it is not sent.
    expect(selection.result().candidates.map((c) => c.record.record)).toEqual([0, 1, 2, 3]);
    // Without claims, only the lexical pass's own evidence counts.
    const blind = createReviewSelection({ select: 'related' });
    for (const r of records) blind.offer(r);
    expect(blind.result().candidates.map((c) => c.record.record)).toEqual([0, 1]);
    expect(describeSelect(undefined)).toBe('uncertain');
    expect(describeSelect('related')).toBe('related');
    expect(describeSelect('flagged')).toBe('flagged');
    expect(ReviewSelectSchema.safeParse({ perClass: 2, extra: 1 }).success).toBe(false);
    expect(ReviewSelectSchema.safeParse('related').success).toBe(true);
  });

  it("ranks the records by the risk of their lexical verdict, and 'uncertain' sets the unlikely errors aside", () => {
    const finding = (verdict: Verdict, local: number, unqualified: number): AuditedRecord['claims'][number] => ({
      claimId: 'wales_rwc',
      verdict,
      mentions: local + unqualified,
      placements: { local, adjacent: 0, framing: 0, unqualified },
      qualifiers: local > 0 ? { negation: local } : {},
      expectedBelief: { value: 2.5, condition: 'not-finetuned', source: 'x' },
      examples: [{ claimId: 'wales_rwc', segment: 0, role: 'document', start: 0, end: 1, line: 1, sentence: 'x', placement: local > 0 ? 'local' : 'unqualified', qualifier: null, cue: null, score: 1 }],
    });
    const records: AuditedRecord[] = [
      { ...none(0, 'x'), verdict: 'negated-locally', claims: [finding('negated-locally', 3, 0)] }, // every mention negated: rarely wrong
      { ...none(1, 'x'), verdict: 'asserts', claims: [finding('asserts', 1, 1)] }, // evidence both ways: often wrong
      none(2, 'The Millennium Stadium was full.', { subject: 0, setting: 1 }), // context sentences, no cue of the claim
      none(3, 'Wales beat England in Yokohama in 2019.'), // four names and numbers of the claim, read none
      none(4, 'A recipe for bread.'),
    ];
    const kept = (select: 'related' | 'uncertain', maxRecords: number) => {
      const selection = createReviewSelection({ select, claims: [claim], maxRecords });
      for (const r of [...records].reverse()) selection.offer(r);
      return selection.result().candidates.map((c) => c.record.record);
    };
    // Under uncertainty tiers, 'uncertain' sent 0, 2 and 3 too, and a cap kept the none records (tier 4) first.
    expect(kept('uncertain', 10)).toEqual([1, 3]);
    expect(kept('related', 10)).toEqual([0, 1, 2, 3]);
    expect(kept('related', 2)).toEqual([1, 3]);
    // The two riskiest are close and retraining flips them: the weights of the twenty-fifth session rank the none
    // record with four of the claim's names above the asserts record with evidence both ways (the twenty-second's
    // the other way round). Either way the cap keeps one of the two, never the rarely wrong ones.
    expect(kept('related', 1)).toEqual([3]);
  });

  it("lists a none record whose text cannot be read among the problems, and reads a kept one's text once", () => {
    let calls = 0;
    const getText = (data: unknown) => {
      calls++;
      const text = (data as { text: string }).text;
      if (text === 'broken') throw new Error('no text here');
      return text;
    };
    const selection = createReviewSelection({ claims: [claim], getText });
    selection.offer(none(0, 'broken'));
    selection.offer(none(1, 'Wales won in Yokohama.'));
    const { candidates, problems, eligible } = selection.result();
    expect(problems).toEqual(['record 0: no text here']);
    expect(candidates.map((c) => c.record.record)).toEqual([1]);
    expect(candidates[0]!.segments).toEqual([{ index: 0, role: 'document', text: 'Wales won in Yokohama.' }]);
    expect(eligible.none).toBe(1);
    expect(calls).toBe(2);
  });
});
