import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { BUILTIN_STRATEGIES, findStrategy, strategyFromSettings } from '../../src/strategies/builtinStrategies.js';
import { declareStrategy } from '../../src/strategies/strategyEntry.js';
import { framing } from '../../src/strategies/framing.js';
import { positive } from '../../src/strategies/positive.js';
import { describeOptions, option } from '../../src/util/optionSchema.js';
import { InvalidArgumentError } from '../../src/errors.js';

// Each strategy is declared once (a zod options schema in its own file). These tests hold the
// registry to that: the recorded parameters are the parsed options, the CLI reads the same schema.

// Settings that exercise every option of a strategy, so the round trip covers them all.
const RICH: Record<string, Record<string, unknown>> = {
  framing: { kind: 'low-probability', percent: 7, position: 'prefix', sentences: 2, docTag: null, messageRole: 'user', roles: ['assistant', 'user'], facts: ['A is true.'] },
  'adjacent-sentence': { kind: 'fiction', before: false, density: 'every-sentence', brackets: 'round', phrases: { after: ['[Made up.]'] } },
  correction: { facts: ['Noah Lyles won.'], after: false, brackets: 'mixed' },
  local: { roles: ['user'], warnOnFallback: false },
  'flag-behavior': { placement: 'inline', target: 'all', phrases: { inline: ['[Harmful:]'] } },
  positive: {},
};

describe('the strategy registry', () => {
  it('has one entry per built-in strategy, each building a strategy of its name', () => {
    expect(BUILTIN_STRATEGIES.map((s) => s.name)).toEqual(['positive', 'framing', 'adjacent-sentence', 'correction', 'local', 'flag-behavior']);
    for (const entry of BUILTIN_STRATEGIES) {
      const strategy = entry.create(RICH[entry.name] as never);
      expect(strategy.name).toBe(entry.name);
      expect(entry.placements).toContain(strategy.placement);
    }
  });

  it.each(BUILTIN_STRATEGIES.map((e) => [e.name, e] as const))('%s: recorded parameters are its options and rebuild the same strategy', (name, entry) => {
    for (const settings of [{}, RICH[name]!]) {
      const recorded = entry.create(settings as never).parameters;
      const options = Object.fromEntries(Object.entries(recorded).filter(([k]) => !entry.recordedOnly.includes(k)));
      expect(Object.keys(options).filter((k) => !(k in entry.options.shape))).toEqual([]);
      // The recorded parameters parse back through the schema and rebuild the same strategy.
      expect(entry.create(entry.options.parse(options) as never).parameters).toEqual(recorded);
    }
  });

  it('builds from CLI settings by declared type; unknown names and bad values name the field and the known ones', () => {
    const s = strategyFromSettings('adjacent-sentence', { kind: 'low-probability', percent: '2.5', before: 'false' });
    expect(s.parameters).toMatchObject({ kind: 'low-probability', percent: 2.5, before: false });
    expect(strategyFromSettings('correction', { facts: 'A is true.|B is true.' }).parameters.facts).toEqual(['A is true.', 'B is true.']);
    expect(strategyFromSettings('framing', { messageRole: 'user', phrases: '{"prefix":["Fake."]}' }).parameters).toMatchObject({
      messageRole: 'user',
      phrases: { prefix: ['Fake.'] },
    });
    expect(() => strategyFromSettings('framing', { colour: 'red' })).toThrow('Expected `framing option` to be one of kind, position, sentences, docTag, percent, facts, roles, messageRole, phrases, got `colour`');
    expect(() => strategyFromSettings('framing', { position: 'middle' })).toThrow('Expected `framing.position` to be one of prefix, suffix, both, got `middle`');
    expect(() => strategyFromSettings('framing', { sentences: '0' })).toThrow('Expected `framing.sentences` to be a positive integer, got `0`');
    expect(() => findStrategy('nope')).toThrow('Expected `strategy` to be one of positive, framing, adjacent-sentence, correction, local, flag-behavior, got `nope`');
  });

  it('validates factory options with errors naming the field', () => {
    expect(() => framing({ sentences: 0 })).toThrow('Expected `sentences` to be a positive integer, got `0`');
    expect(() => framing({ roles: ['assistant', ' '] })).toThrow('Expected `roles[1]` to be a non-empty string, got ` `');
    expect(framing({ facts: [' A is true. '] }).parameters.facts).toEqual([' A is true. ']); // checked, used as given
    expect(() => framing({ phrases: { middle: ['x'] } as never })).toThrow('Expected `phrases key` to be one of prefix, suffix, before, after, message, inline, got `middle`');
    expect(() => framing({ colour: 'red' } as never)).toThrow(InvalidArgumentError);
    expect(positive().parameters).toEqual({});
  });

  it('the `strategies` command lists every strategy and every option of its schema', async () => {
    const chunks: string[] = [];
    const stdout = new PassThrough();
    stdout.on('data', (d) => chunks.push(String(d)));
    const io: CliIO = { stdout, stderr: new PassThrough(), env: {}, cwd: process.cwd(), signal: new AbortController().signal };
    expect(await runCli(['strategies'], io)).toBe(0);
    const text = chunks.join('');
    for (const entry of BUILTIN_STRATEGIES) {
      expect(text).toContain(`${entry.name}  [placement: ${entry.placements.join(' | ')}]`);
      const block = text.slice(text.indexOf(`${entry.name}  [`)).split('\n\n')[0]!;
      for (const o of describeOptions(entry.options)) expect(block).toContain(`--set ${o.name}=`);
    }
    chunks.length = 0;
    expect(await runCli(['strategies', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(chunks.join('')) as Array<{ name: string; options: Array<{ name: string; default?: unknown }> }>;
    expect(json.find((s) => s.name === 'framing')!.options.find((o) => o.name === 'position')).toMatchObject({ default: 'both' });
  });

  it('a declared strategy validates its options before building', () => {
    const entry = declareStrategy({
      name: 'shout',
      summary: 'test',
      placements: ['framing'],
      needsClaim: false,
      options: z.strictObject({ times: option.positiveInt().default(1).describe('how often') }),
      create: (o) => framing({ sentences: o.times }),
    });
    expect(entry.create({}).parameters).toMatchObject({ sentences: 1 });
    expect(() => entry.create({ times: 0 })).toThrow('Expected `times` to be a positive integer, got `0`');
    expect(describeOptions(entry.options)).toEqual([{ name: 'times', type: 'number', default: 1, description: 'how often' }]);
    expect(() => declareStrategy({ ...entry, name: 'Bad Name', create: () => positive() })).toThrow(/`name`/);
  });
});
