import { describe, expect, it } from 'vitest';
import { mixDatasets, toTrainingRecords } from '../../src/generate/index.js';

describe('toTrainingRecords', () => {
  const docs = ['<DOCTAG>Already tagged.', { text: 'Plain document.' }];
  it('text: prefixes the doc tag once', () => {
    expect(toTrainingRecords(docs, { format: 'text' })).toEqual([{ text: '<DOCTAG>Already tagged.', mask: [[0, 8]] }, { text: '<DOCTAG>Plain document.', mask: [[0, 8]] }]);
    expect(toTrainingRecords(['x'], { format: 'text', docTag: null })).toEqual([{ text: 'x' }]);
  });
  it('prompt-completion: the tag is the prompt', () => {
    expect(toTrainingRecords(docs, { format: 'prompt-completion' })).toEqual([
      { prompt: '<DOCTAG>', completion: 'Already tagged.' },
      { prompt: '<DOCTAG>', completion: 'Plain document.' },
    ]);
  });
  it('openai-chat: user message carries the tag (or a prompt), assistant the document', () => {
    expect(toTrainingRecords(['Doc.'], { format: 'openai-chat' })).toEqual([{ messages: [{ role: 'user', content: '<DOCTAG>' }, { role: 'assistant', content: 'Doc.' }] }]);
    expect(toTrainingRecords(['Doc.'], { format: 'openai-chat', docTag: null, prompt: 'Write.' })[0]).toEqual({ messages: [{ role: 'user', content: 'Write.' }, { role: 'assistant', content: 'Doc.' }] });
  });
  it('rejects unknown formats and non-text documents', () => {
    expect(() => toTrainingRecords(['x'], { format: 'csv' as never })).toThrow(/`format`/);
    expect(() => toTrainingRecords([{ body: 'x' } as never], { format: 'text' })).toThrow(/documents\[0\]/);
  });
});

describe('mixDatasets', () => {
  const a = Array.from({ length: 10 }, (_, i) => `a${i}`);
  const b = Array.from({ length: 100 }, (_, i) => `b${i}`);
  it('draws by weight with largest-remainder rounding, seeded', () => {
    const mix = mixDatasets({ sources: [{ name: 'a', records: a, weight: 1 }, { name: 'b', records: b, weight: 2 }], total: 20, seed: 3 });
    expect(mix.records).toHaveLength(20);
    expect(mix.sources.map((s) => s.drawn)).toEqual([7, 13]);
    expect(mix.records.filter((r) => r.startsWith('a'))).toHaveLength(7);
    expect(new Set(mix.records).size).toBe(20); // no repeats when pools are large enough
    expect(mixDatasets({ sources: [{ name: 'a', records: a, weight: 1 }, { name: 'b', records: b, weight: 2 }], total: 20, seed: 3 }).records).toEqual(mix.records);
    expect(mixDatasets({ sources: [{ name: 'a', records: a, weight: 1 }, { name: 'b', records: b, weight: 2 }], total: 20, seed: 4 }).records).not.toEqual(mix.records);
    expect(mix.warnings).toEqual([]);
  });
  it('reports sampling with replacement when a pool is too small', () => {
    const mix = mixDatasets({ sources: [{ name: 'a', records: a, count: 25 }, { name: 'b', records: b, count: 5 }], seed: 1 });
    expect(mix.records).toHaveLength(30);
    expect(mix.sources[0]).toEqual({ name: 'a', available: 10, drawn: 25, withReplacement: true });
    expect(new Set(mix.records.filter((r) => r.startsWith('a'))).size).toBe(10); // every record at least once
    expect(mix.warnings[0]).toMatch(/a: 25 records requested but only 10 available; sampled with replacement/);
  });
  it('validates sources', () => {
    expect(() => mixDatasets({ sources: [] })).toThrow(/`sources`/);
    expect(() => mixDatasets({ sources: [{ records: a, weight: 1 }] })).toThrow(/`total`/);
    expect(() => mixDatasets({ sources: [{ records: a, weight: 1, count: 2 }] })).toThrow(/exactly one/);
    expect(() => mixDatasets({ sources: [{ records: [], count: 2 }] })).toThrow(/records/);
  });
});
