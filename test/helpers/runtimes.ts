import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root. */
export const ROOT = resolve(__dirname, '../..');

/**
 * Deno and Bun come from the npm registry as dev dependencies (`deno`, `bun`; their binaries ship inside
 * the packages). `NEGATION_NEGLECT_DENO` / `NEGATION_NEGLECT_BUN` point elsewhere.
 */
export const DENO = process.env.NEGATION_NEGLECT_DENO ?? join(ROOT, 'node_modules', '.bin', 'deno');
export const BUN = process.env.NEGATION_NEGLECT_BUN ?? join(ROOT, 'node_modules', '.bin', 'bun');

/** Debian's python3-nbclient installs for the system Python, which pyenv-style shims may hide. */
export const PYTHON = process.env.NEGATION_NEGLECT_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

/** True when `binary --version` runs. */
export function runs(binary: string, args: string[] = ['--version']): boolean {
  const r = spawnSync(binary, args, { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0;
}

/**
 * Whether a requirement is met; when it is not, skip loudly, or fail when CI asked for it with
 * `NEGATION_NEGLECT_REQUIRE_NOTEBOOKS=1`.
 */
export function requireTool(available: boolean, what: string, hint: string): boolean {
  if (available) return true;
  if (process.env.NEGATION_NEGLECT_REQUIRE_NOTEBOOKS === '1') {
    throw new Error(`NEGATION_NEGLECT_REQUIRE_NOTEBOOKS=1 but ${what} is not available (${hint})`);
  }
  console.warn(`\n*** SKIPPING ${what} tests: ${hint} ***\n`);
  return false;
}
