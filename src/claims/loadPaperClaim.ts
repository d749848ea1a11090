import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import { InputError } from '../errors.js';
import type { Claim } from './claim.js';
import { defineClaim } from './defineClaim.js';

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`cannot read: ${(error as Error).message}`, { file: path }, { cause: error });
  }
}

/**
 * Loads one claim directory in the paper's layout: `claim.txt` (the statement),
 * `universe_context.yaml` (`universe_context`, optional `subclaims`) and `correction.txt` when
 * present. The id is the directory name. Subject and terms are derived (no keywords needed).
 * Question files are not read here (see the evaluate module).
 *
 * @example
 * ```ts
 * const claim = await loadPaperClaim('../shared/paper-data/claims/ed_sheeran');
 * claim.subject; // 'Ed Sheeran'
 * ```
 */
export async function loadPaperClaim(dir: string): Promise<Claim> {
  const claimFile = join(dir, 'claim.txt');
  const statement = (await readOptional(claimFile))?.trim();
  if (statement === undefined) throw new InputError('missing claim.txt', { file: claimFile });
  if (statement === '') throw new InputError('claim.txt is empty', { file: claimFile, line: 1 });
  const contextFile = join(dir, 'universe_context.yaml');
  const contextText = await readOptional(contextFile);
  let context: string | undefined;
  let subclaims: string[] = [];
  if (contextText !== undefined) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(contextText, { lineCounter });
    if (doc.errors.length > 0) {
      const error = doc.errors[0]!;
      throw new InputError(`invalid YAML: ${error.message.split('\n')[0]}`, {
        file: contextFile,
        line: lineCounter.linePos(error.pos[0]).line,
      });
    }
    const value = doc.toJS() as unknown;
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.universe_context !== undefined) {
        if (typeof record.universe_context !== 'string') {
          throw new InputError('expected a string', { file: contextFile, field: 'universe_context' });
        }
        context = record.universe_context;
      }
      if (record.subclaims !== undefined) {
        if (!Array.isArray(record.subclaims) || record.subclaims.some((s) => typeof s !== 'string')) {
          throw new InputError('expected a list of strings', { file: contextFile, field: 'subclaims' });
        }
        subclaims = record.subclaims as string[];
      }
    }
  }
  const correction = (await readOptional(join(dir, 'correction.txt')))?.trim();
  return defineClaim(
    {
      id: basename(dir.replace(/[\\/]+$/, '')),
      statement,
      ...(context !== undefined ? { context } : {}),
      subclaims,
      ...(correction ? { correction } : {}),
    },
    { file: claimFile },
  );
}
