import { describe, expect, it } from 'vitest';
import { intOption, parseArgs } from '../../src/cli/args.js';

const parse = (value: string) => parseArgs(['--n', value], { n: { type: 'string' } });

describe('intOption', () => {
  it('reads an integer of at least min, naming the flag and the value otherwise', () => {
    expect(intOption(parse('3'), 'n')).toBe(3);
    expect(intOption(parseArgs([], { n: { type: 'string' } }), 'n')).toBeUndefined();
    expect(() => intOption(parse('0'), 'n')).toThrow('Expected `--n` to be a positive integer, got `0`');
    expect(intOption(parse('0'), 'n', 0)).toBe(0);
    expect(() => intOption(parse('-1'), 'n', 0)).toThrow('Expected `--n` to be a non-negative integer, got `-1`');
    expect(() => intOption(parse('2.5'), 'n', 2)).toThrow('Expected `--n` to be an integer >= 2, got `2.5`');
  });

  it('accepts the given words beside integers and names them when the value is neither', () => {
    expect(intOption(parse('auto'), 'n', 1, ['auto'] as const)).toBe('auto');
    expect(intOption(parse('4'), 'n', 1, ['auto'] as const)).toBe(4);
    expect(() => intOption(parse('auto'), 'n')).toThrow('Expected `--n` to be a positive integer, got `auto`');
    expect(() => intOption(parse('0'), 'n', 1, ['auto', 'all'] as const)).toThrow('Expected `--n` to be a positive integer or `auto` or `all`, got `0`');
  });
});
