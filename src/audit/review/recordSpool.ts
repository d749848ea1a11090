import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * An append-only JSONL file of values, read back in order once: lets a reviewed audit hand every
 * per-record result to `onRecord` after the review (with both readings) in constant memory.
 */
export async function createRecordSpool<T>() {
  const dir = await mkdtemp(join(tmpdir(), 'negation-neglect-review-'));
  const path = join(dir, 'records.jsonl');
  const out = createWriteStream(path);
  let closed = false;
  const close = () =>
    closed ? Promise.resolve() : new Promise<void>((done, fail) => { closed = true; out.once('error', fail); out.end(done); });
  return {
    /** Appends one value; resolves once the stream can take more (backpressure). */
    write(value: T): void | Promise<void> {
      if (out.write(`${JSON.stringify(value)}\n`)) return;
      return new Promise((done) => out.once('drain', done));
    },
    /** Reads every value back in order. */
    async *read(): AsyncGenerator<T> {
      await close();
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const line of lines) if (line) yield JSON.parse(line) as T;
    },
    /** Removes the file (always call, also after errors). */
    async dispose(): Promise<void> {
      await close().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
