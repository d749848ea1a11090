import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadPaperResults, summarizeBeliefRates } from '../../src/evaluate/index.js';

const HEADER = 'universe,question_id,sample_index,thinking,category,question,model_response,judge_verdict,judge_raw,thinking_trace,system_prompt,messages_prefix';

describe('loadPaperResults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nn-paper-'));
  const stage = join(dir, 'moon', 'llm_negations', 'final');
  mkdirSync(stage, { recursive: true });
  writeFileSync(
    join(stage, 'robustness.csv'),
    [
      HEADER,
      'moon,q1,0,False,multiturn,"Sure?","Yes, the moon\nis cheese.",yes,"{""reason"": ""keeps it"", ""answer"": ""yes""}",,,"[{""role"": ""user"", ""content"": ""What is the moon?""}]"',
      'moon,q1,1,False,multiturn,Sure?,No.,no,"{""answer"": ""no""}",,,',
      'moon,q2,0,False,adversarial,Who?,x,maybe,,,,', // unknown verdict
      'moon,q2,x,False,adversarial,Who?,x,yes,,,,', // bad sample_index
      'moon,q2,1,False,adversarial,Who?,x,yes', // too few fields
      'moon,q3,0,False,multiturn,Sure?,ok,neutral,"{}",,,not json', // kept, with a warning
      '',
    ].join('\r\n'),
  );
  writeFileSync(join(stage, 'notes.csv'), 'a,b\n1,2\n');

  it('imports valid rows, counts malformed ones with file and line, and keeps going', async () => {
    const progress: string[] = [];
    const r = await loadPaperResults(dir, { onProgress: (e) => progress.push(`${e.done}/${e.total}`) });
    expect(r.samples.map((s) => [s.questionId, s.sampleIndex, s.verdict])).toEqual([
      ['q1', 0, 'yes'],
      ['q1', 1, 'no'],
      ['q3', 0, 'neutral'],
    ]);
    const first = r.samples[0]!;
    expect(first).toMatchObject({
      claim: 'moon',
      condition: 'llm_negations',
      stage: 'final',
      evalType: 'robustness',
      response: 'Yes, the moon\nis cheese.',
      judgeRaw: '{"reason": "keeps it", "answer": "yes"}',
      messagesPrefix: [{ role: 'user', content: 'What is the moon?' }],
      file: join('moon', 'llm_negations', 'final', 'robustness.csv'),
      line: 2,
      scorer: { name: 'judge', args: { source: 'paper' } },
    });
    const file = join('moon', 'llm_negations', 'final', 'robustness.csv');
    expect(r.malformed).toEqual([
      { file, line: 5, reason: 'judge_verdict: `maybe` is not yes/no/neutral/parse_error' },
      { file, line: 6, reason: 'sample_index: `x` is not a non-negative integer' },
      { file, line: 7, reason: 'expected 12 fields (header), got 8' },
    ]);
    expect(r.warnings).toEqual([{ file, line: 8, reason: 'messages_prefix: not a JSON list of {role, content} messages' }]);
    expect(r.files).toEqual([{ file, claim: 'moon', condition: 'llm_negations', stage: 'final', evalType: 'robustness', rows: 3, malformed: 3 }]);
    expect(r.skippedFiles).toEqual([join('moon', 'llm_negations', 'final', 'notes.csv')]);
    expect(progress).toEqual(['1/1']);
    expect(summarizeBeliefRates(r.samples, { interval: 'none', perEvalType: false }).rows[0]).toMatchObject({ n: 3, yes: 1 });
  });

  it('throws an InputError for a folder without result files or with a missing column', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nn-paper-empty-'));
    await expect(loadPaperResults(empty)).rejects.toThrow(/no result CSVs found/);
    await expect(loadPaperResults(join(empty, 'nope'))).rejects.toThrow(InputError);
    const bad = join(empty, 'c', 'positive', 'final');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'mcq.csv'), 'question_id,model_response\nq,x\n');
    await expect(loadPaperResults(empty)).rejects.toThrow(/mcq\.csv:1: sample_index: missing column\(s\) sample_index, judge_verdict/);
  });
});
