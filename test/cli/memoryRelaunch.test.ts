import { describe, expect, it } from 'vitest';
import { AUDIT_NODE_FLAGS, auditOldSpaceMb, memoryRelaunch, RELAUNCH_ENV } from '../../src/cli/memoryRelaunch.js';

describe('memoryRelaunch', () => {
  const script = '/pkg/dist/cli.js';

  it('starts `audit` again with the heap flags, the malloc arena limit and a guard against a second relaunch', () => {
    const relaunch = memoryRelaunch(['audit', 'data.jsonl', '--claims', 'c.yaml'], { PATH: '/bin' }, ['--enable-source-maps'], script);
    expect(relaunch?.args).toEqual(['--enable-source-maps', ...AUDIT_NODE_FLAGS, '--max-old-space-size=768', script, 'audit', 'data.jsonl', '--claims', 'c.yaml']);
    expect(relaunch?.env).toEqual({ PATH: '/bin', MALLOC_ARENA_MAX: '2', [RELAUNCH_ENV]: 'done' });
  });

  it('leaves the old generation room for 16 of the longest lines', () => {
    expect(auditOldSpaceMb()).toBe(768);
    expect(memoryRelaunch(['audit', 'x', '--max-line-bytes', String(64 * 2 ** 20)], {}, [], script)?.args).toContain('--max-old-space-size=1536');
    expect(memoryRelaunch(['audit', 'x', '--max-line-bytes=1048576'], {}, [], script)?.args).toContain('--max-old-space-size=528');
  });

  it("keeps the user's own malloc arena setting", () => {
    expect(memoryRelaunch(['audit', 'x'], { MALLOC_ARENA_MAX: '1' }, [], script)?.env.MALLOC_ARENA_MAX).toBe('1');
  });

  it.each([
    ['another command', ['eval', 'x'], {}, []],
    ['help', ['audit', '--help'], {}, []],
    ['the relaunched process', ['audit', 'x'], { [RELAUNCH_ENV]: 'done' }, []],
    ['an opt-out', ['audit', 'x'], { [RELAUNCH_ENV]: '0' }, []],
    ['a young generation chosen in the flags', ['audit', 'x'], {}, ['--max-semi-space-size=16']],
    ['an old generation chosen in the flags', ['audit', 'x'], {}, ['--max-old-space-size=4096']],
    ['a young generation chosen in NODE_OPTIONS', ['audit', 'x'], { NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=8' }, []],
  ] as const)('does not relaunch for %s', (_, argv, env, execArgv) => {
    expect(memoryRelaunch(argv, env, execArgv, script)).toBeUndefined();
  });
});
