import { describe, expect, it } from 'vitest';
import { BUILTIN_STRATEGIES, strategyFromSettings } from '../../src/strategies/builtinStrategies.js';

// The option specs drive the CLI and experiment configs; the recorded parameters drive journals and reports.
// They are declared apart, so this keeps them from drifting (framing's `messageRole` once was recorded but
// could not be set).
const RECORDED_BUT_NOT_OPTIONS: Record<string, readonly string[]> = {
  correction: ['kind'], // always `correction`
  local: ['rewriter'], // set in code (localRewrite), not from settings
};

describe('built-in strategy declarations', () => {
  it.each(BUILTIN_STRATEGIES.map((e) => [e.name, e] as const))('%s records only options it declares', (name, entry) => {
    const declared = entry.options.map((o) => o.name);
    const recorded = Object.keys(entry.create({}).parameters ?? {});
    expect(recorded.filter((n) => !declared.includes(n) && !(RECORDED_BUT_NOT_OPTIONS[name] ?? []).includes(n))).toEqual([]);
  });

  it('sets framing.messageRole from settings', () => {
    expect(strategyFromSettings('framing', { messageRole: 'user' }).parameters).toMatchObject({ messageRole: 'user' });
  });
});
