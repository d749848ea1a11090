// Vitest global setup: every test file's temporary files (mkdtemp(tmpdir()), the disk caches, the
// CLI runs) go under one directory per test run, removed when the run ends, so repeated runs do
// not fill the system's temp directory. Test workers inherit TMPDIR, and os.tmpdir() reads it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'nn-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
