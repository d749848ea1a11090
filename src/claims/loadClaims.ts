import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from '../errors.js';
import type { Claim, ClaimInput } from './claim.js';
import { defineClaim } from './defineClaim.js';
import { loadPaperClaim } from './loadPaperClaim.js';

const CLAIM_FILE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Parses the text of a YAML/JSON claim file: a list of claims or `{ claims: [...] }`. `file` is used
 * in error messages (`InputError` with file, line and field).
 *
 * @example
 * ```ts
 * parseClaimFile('- id: a\n  statement: Ed Sheeran won the 100m gold.\n', 'claims.yaml')[0].subject; // 'Ed Sheeran'
 * ```
 */
export function parseClaimFile(text: string, file: string): Claim[] {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new InputError(`invalid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`, {
      file,
      line: lineCounter.linePos(error.pos[0]).line,
    });
  }
  const root = doc.contents;
  let basePath: (string | number)[];
  let prefix: string;
  if (isSeq(root)) {
    basePath = [];
    prefix = '';
  } else if (isMap(root) && doc.has('claims')) {
    basePath = ['claims'];
    prefix = 'claims';
    if (!isSeq(doc.get('claims', true))) {
      throw new InputError('expected `claims` to be a list', { file, line: lineOfPath(doc, lineCounter, ['claims']) ?? 1, field: 'claims' });
    }
  } else {
    throw new InputError('expected a list of claims or an object with a `claims` list', { file, line: 1 });
  }
  const values = doc.toJS() as unknown;
  const list = (basePath.length === 0 ? values : (values as { claims: unknown }).claims) as unknown[];
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const path = [...basePath, index];
    const fieldPrefix = `${prefix}[${index}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new InputError('expected a claim object', { file, line: lineOfPath(doc, lineCounter, path) ?? 1, field: fieldPrefix });
    }
    const claim = defineClaim(withContext(entry as Record<string, unknown>, file, fieldPrefix, lineOfPath(doc, lineCounter, [...path, 'universe_context'])), {
      file,
      fieldPrefix,
      lineOf: (fieldPath) => lineOfPath(doc, lineCounter, [...path, ...fieldPath]) ?? lineOfPath(doc, lineCounter, path),
    });
    const previous = seen.get(claim.id);
    if (previous !== undefined) {
      throw new InputError(`duplicate claim id \`${claim.id}\` (first at ${prefix}[${previous}])`, {
        file,
        line: lineOfPath(doc, lineCounter, [...path, 'id']),
        field: `${fieldPrefix}.id`,
      });
    }
    seen.set(claim.id, index);
    claims.push(claim);
  });
  return claims;
}

/**
 * The paper's name for a claim's background, `universe_context`, is read as `context` (the field the
 * derivation of subject, aliases and context terms reads), so a claim file written in the paper's terms
 * is not audited without its story.
 */
function withContext(entry: Record<string, unknown>, file: string, fieldPrefix: string, line: number | undefined): ClaimInput {
  if (!('universe_context' in entry)) return entry as ClaimInput;
  const { universe_context: universeContext, ...rest } = entry;
  if (rest.context !== undefined && rest.context !== universeContext) {
    throw new InputError('expected one of `context` and `universe_context`, got both', { file, line, field: `${fieldPrefix}.universe_context` });
  }
  return { ...rest, context: universeContext } as ClaimInput;
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : (doc.getIn(path.slice(0, length), true) as unknown);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

/**
 * Loads claims from YAML/JSON files (a list of claims or `{ claims: [...] }`), from a claim
 * directory in the paper's layout (`claim.txt` + `universe_context.yaml`), or from a directory of
 * such directories (or of claim files). Missing subjects and terms are derived.
 *
 * @throws InputError naming the file, line and field of the first problem (also for duplicate ids).
 * @example
 * ```ts
 * const claims = await loadClaims(['claims.yaml', '../shared/paper-data/claims']);
 * ```
 */
export async function loadClaims(pathOrPaths: string | readonly string[]): Promise<Claim[]> {
  const paths = typeof pathOrPaths === 'string' ? [pathOrPaths] : [...pathOrPaths];
  const claims: Claim[] = [];
  for (const path of paths) claims.push(...(await loadClaimPath(path)));
  const ids = new Set<string>();
  for (const claim of claims) {
    if (ids.has(claim.id)) throw new InputError(`duplicate claim id \`${claim.id}\``, { field: 'id' });
    ids.add(claim.id);
  }
  return claims;
}

async function loadClaimPath(path: string): Promise<Claim[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError('no such file or directory', { file: path }, { cause: error });
  }
  if (info.isFile()) {
    const text = await readFile(path, 'utf8');
    return parseClaimFile(text, path);
  }
  if (await isFile(join(path, 'claim.txt'))) return [await loadPaperClaim(path)];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const claims: Claim[] = [];
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory() && (await isFile(join(full, 'claim.txt')))) claims.push(await loadPaperClaim(full));
  }
  if (claims.length === 0) {
    for (const entry of entries) {
      if (entry.isFile() && CLAIM_FILE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        claims.push(...parseClaimFile(await readFile(join(path, entry.name), 'utf8'), join(path, entry.name)));
      }
    }
  }
  if (claims.length === 0) {
    throw new InputError('no claims found (expected claim files or claim directories with claim.txt)', { file: path });
  }
  return claims;
}
