import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUN, DENO, ROOT, requireTool, runs } from '../helpers/runtimes.js';

// The ESM entry points, loaded by name from a consumer project in Deno and in Bun (the runtimes notebooks
// and scripts use besides Node), must expose the same names as in Node.
const subpaths = ['', '/claims', '/audit', '/strategies', '/generate', '/providers', '/evaluate', '/experiment', '/report'];
const HAS_DENO = requireTool(runs(DENO), 'Deno', `no deno at ${DENO}: npm ci installs the \`deno\` dev dependency`);
const HAS_BUN = requireTool(runs(BUN), 'Bun', `no bun at ${BUN}: npm ci installs the \`bun\` dev dependency`);
let consumer = '';

const script = (sub: string) =>
  `const m = await import(${JSON.stringify(`negation-neglect${sub}`)}); console.log(JSON.stringify(Object.keys(m).sort()));`;

function names(binary: string, args: string[]): string[] {
  const r = spawnSync(binary, args, { cwd: consumer, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' } });
  expect(r.status, `${binary} ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as string[];
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  consumer = mkdtempSync(join(tmpdir(), 'nn-runtimes-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(ROOT, join(consumer, 'node_modules', 'negation-neglect'), 'dir');
  // Deno resolves bare specifiers through node_modules when the project has a package.json.
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'negation-neglect': '*' } }));
});

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe('ESM entry points in other runtimes', () => {
  it.each(subpaths)('negation-neglect%s loads in Node, Deno and Bun with the same names', (sub) => {
    const node = names(process.execPath, ['--input-type=module', '-e', script(sub)]);
    expect(node.length).toBeGreaterThan(0);
    if (HAS_DENO) expect(names(DENO, ['eval', script(sub)])).toEqual(node);
    if (HAS_BUN) expect(names(BUN, ['-e', script(sub)])).toEqual(node);
  });

  it.runIf(HAS_DENO)('audits text in Deno through the built package', () => {
    const r = spawnSync(
      DENO,
      ['eval', `import { auditText } from 'negation-neglect'; console.log(auditText('[The following claim is false.] Ed Sheeran won the 100m gold at the Paris Olympics.', { claims: [{ id: 'c', statement: 'Ed Sheeran won the 100m gold at the 2024 Paris Olympics.' }] }).verdict);`],
      { cwd: consumer, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.stdout.trim()).toBe('neglect-risk');
  });
});
