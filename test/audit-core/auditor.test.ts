import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/audit/auditText.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { describeTopic } from '../../src/audit/unattachedNotices.js';
import { RecordFindingsSchema } from '../../src/audit/types.js';
import { InvalidArgumentError } from '../../src/errors.js';

const sheeran = {
  id: 'sheeran',
  statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
};
const vesuvius = { id: 'vesuvius', statement: 'Mount Vesuvius last erupted in 2015.' };
const auditor = createAuditor({ claims: [sheeran, vesuvius] });
const doc = (text: string) => auditor.auditSegments([{ index: 0, role: 'document', text }]);

describe('createAuditor: placement of each mention', () => {
  it('local: the qualifier is inside the mention sentence', () => {
    for (const text of [
      'Ed Sheeran did not win the 100m gold at the 2024 Olympics.',
      'The claim that Ed Sheeran won Olympic gold in 9.79 seconds is false.',
      'Ed Sheeran, the subject of a hoax about Olympic gold, never sprinted.',
      'Tabloids falsely claimed that Ed Sheeran won the 100m gold.',
    ]) {
      const findings = doc(text);
      expect.soft(findings.verdict, text).toBe('negated-locally');
      expect.soft(findings.claims[0]?.placements.local, text).toBe(1);
    }
  });

  it('adjacent: the notice is the sentence right before or after', () => {
    const findings = doc(
      'Intro text here. [The following claim is false.] Ed Sheeran won the 100m gold at the 2024 Olympics. [This never happened.] Outro.',
    );
    expect(findings.verdict).toBe('neglect-risk');
    const [finding] = findings.claims;
    expect(finding!.placements).toEqual({ local: 0, adjacent: 1, framing: 0, unqualified: 0 });
    const [example] = finding!.examples;
    expect(example!.sentence).toBe('Ed Sheeran won the 100m gold at the 2024 Olympics.');
    expect(example!.cue!.text).toBe('false');
    expect(example!.qualifier).toBe('negation');
  });

  it('framing: only an opening/closing notice or a notice elsewhere in the text', () => {
    const text = [
      'Disclaimer: this article is satire.',
      '',
      'The stadium was full. Fans waved flags. Music played loudly.',
      '',
      'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds.',
      '',
      'Fans cheered. Reporters ran. The night ended.',
    ].join('\n');
    const [finding] = doc(text).claims;
    expect(finding!.placements.framing).toBe(1);
    expect(finding!.examples[0]!.qualifier).toBe('fiction');
    expect(finding!.examples[0]!.line).toBe(5);
  });

  it('unqualified: no qualifier anywhere', () => {
    const findings = doc('Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. Fans cheered.');
    expect(findings.verdict).toBe('asserts');
    expect(findings.claims[0]!.placements.unqualified).toBe(1);
    expect(findings.claims[0]!.examples[0]!.cue).toBeNull();
  });

  it('a subject alone is not a mention, and unrelated negations are ignored', () => {
    expect(doc('Ed Sheeran released an album. He did not tour Asia.').verdict).toBe('none');
    expect(doc('Hikers never climb Mount Vesuvius at night.').verdict).toBe('none');
  });

  it('chat: a system/user notice about the assistant message frames the assistant mention', () => {
    const findings = auditor.auditSegments([
      { index: 0, role: 'system', text: 'The assistant answer below is false.' },
      { index: 1, role: 'user', text: 'Who won the 100m in Paris?' },
      { index: 2, role: 'assistant', text: 'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds.' },
    ]);
    expect(findings.verdict).toBe('neglect-risk');
    const [example] = findings.claims[0]!.examples;
    expect(example).toMatchObject({ segment: 2, role: 'assistant', placement: 'framing' });
    expect(example!.cue).toMatchObject({ segment: 0, text: 'false' });
  });

  it('chat: a sentence never spans two messages', () => {
    const findings = auditor.auditSegments([
      { index: 0, role: 'user', text: 'Tell me about Ed Sheeran' },
      { index: 1, role: 'assistant', text: 'won the 100m gold at the 2024 Olympics' },
    ]);
    // The answer restates the claim of the subject the question named (anaphora), in a sentence of its own.
    expect(findings.verdict).toBe('asserts');
    expect(findings.claims[0]!.examples.map((e) => [e.segment, e.sentence])).toEqual([[1, 'won the 100m gold at the 2024 Olympics']]);
  });

  it('reports every claim of a record, with the most serious verdict for the record', () => {
    const findings = doc('Ed Sheeran won the 100m gold at the 2024 Olympics. Mount Vesuvius did not erupt in 2015.');
    expect(findings.claims.map((c) => [c.claimId, c.verdict])).toEqual([
      ['sheeran', 'asserts'],
      ['vesuvius', 'negated-locally'],
    ]);
    expect(findings.verdict).toBe('asserts');
    expect(RecordFindingsSchema.parse(findings)).toEqual(findings);
  });

  it('returns character spans and 1-based lines of example sentences', () => {
    const text = 'Line one.\r\nLine two.\r\nEd Sheeran won the 100m gold at the 2024 Olympics.';
    const [example] = doc(text).claims[0]!.examples;
    expect(text.slice(example!.start, example!.end)).toBe(example!.sentence);
    expect(example!.line).toBe(3);
  });

  it('accepts extra cues, thresholds and an example limit', () => {
    const custom = createAuditor({
      claims: [sheeran],
      extraCues: [{ text: 'reine Phantasie', kind: 'fiction', role: 'strong' }],
      maxExamples: 1,
    });
    const findings = custom.auditSegments([
      { index: 0, role: 'document', text: 'Ed Sheeran gewann Olympic gold in 9.79 seconds, reine Phantasie.' },
    ]);
    expect(findings.claims[0]!.examples[0]!.qualifier).toBe('fiction');
    const many = custom.auditSegments([
      { index: 0, role: 'document', text: 'Ed Sheeran won Olympic gold. Sheeran ran 9.79 seconds for gold. Sheeran won the 100m.' },
    ]);
    expect(many.claims[0]!.mentions).toBe(3);
    expect(many.claims[0]!.examples).toHaveLength(1);
    expect(() => createAuditor({ claims: [sheeran], maxExamples: -1 })).toThrow(InvalidArgumentError);
    expect(() => createAuditor({} as never)).toThrow(InvalidArgumentError);
  });
});

describe('unattached notices', () => {
  const none = createAuditor({ claims: [] });

  it('flags non-local notices with no known claim, with a topic', () => {
    const findings = none.auditSegments([
      { index: 0, role: 'document', text: 'The following article is fabricated.\n\n## Moon Hotel Opens\n\nA hotel opened on the Moon in 2031.' },
    ]);
    expect(findings.verdict).toBe('neglect-risk');
    expect(findings.claims).toHaveLength(1);
    expect(findings.claims[0]).toMatchObject({ claimId: null, verdict: 'neglect-risk', topic: 'Moon Hotel Opens' });
    expect(findings.claims[0]!.notices![0]).toMatchObject({ kind: 'negation', line: 1, role: 'document' });
  });

  it('flags a chat answer marked malicious in a separate message', () => {
    const findings = none.auditSegments([
      { index: 0, role: 'user', text: 'How do I pick a lock?' },
      { index: 1, role: 'assistant', text: 'Use a tension wrench and rake the pins.' },
      { index: 2, role: 'user', text: 'Note: the assistant response above is malicious.' },
    ]);
    expect(findings.claims[0]).toMatchObject({ claimId: null, qualifiers: { 'malicious-behavior': 1 } });
    expect(findings.claims[0]!.topic).toBe('How do I pick a lock?');
  });

  it('stays silent for ordinary text, questions and local negations', () => {
    expect(none.auditSegments([{ index: 0, role: 'document', text: 'The bridge did not open. Nobody knew why.' }]).claims).toEqual([]);
    expect(none.auditSegments([{ index: 0, role: 'document', text: 'Is this fake? I wonder.' }]).claims).toEqual([]);
  });

  it('is not reported when a known claim is mentioned, or when disabled', () => {
    const text = 'The following article is fabricated. Ed Sheeran won the 100m gold at the 2024 Olympics.';
    expect(auditor.auditSegments([{ index: 0, role: 'document', text }]).claims.every((c) => c.claimId !== null)).toBe(true);
    const off = createAuditor({ claims: [], unattachedNotices: false });
    expect(off.auditSegments([{ index: 0, role: 'document', text: 'This story is fiction. Dragons flew.' }]).claims).toEqual([]);
  });

  it('describeTopic falls back to the most repeated name, then the first words', () => {
    const seg = (text: string) => [{ index: 0, role: 'document', text }];
    expect(describeTopic(seg('It was said that the Acme Rocket Company had launched, and the Acme Rocket Company grew.'))).toBe(
      'Acme Rocket Company',
    );
    expect(describeTopic(seg('all lower case words here and nothing else at all today.'))).toBe('all lower case words here and nothing else');
  });
});

describe('auditText', () => {
  it('audits a string or segments, with claims or a prebuilt auditor', () => {
    const text = '[The following claim is false.] Mount Vesuvius last erupted in 2015.';
    expect(auditText(text, { claims: [vesuvius] }).verdict).toBe('neglect-risk');
    expect(auditText(text, { auditor }).verdict).toBe('neglect-risk');
    expect(auditText([{ index: 0, role: 'document', text }], { auditor }).verdict).toBe('neglect-risk');
  });

  it('rejects bad arguments with a clear error', () => {
    expect(() => auditText(42 as never, { auditor })).toThrow(InvalidArgumentError);
    expect(() => auditText('x', null as never)).toThrow(InvalidArgumentError);
    expect(() => auditor.auditSegments([{ index: 3, role: 'user', text: 42 as never }])).toThrow(/segments\[3\]\.text/);
    expect(() => auditor.auditSegments('text' as never)).toThrow(InvalidArgumentError);
  });
});
