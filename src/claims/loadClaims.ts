import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError } from '../errors.js';
import { parseJson } from '../util/parseJson.js';
import { ClaimSchema, type Claim, type ClaimInput } from './claim.js';
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
  const source = text.replace(/^\uFEFF/, '');
  // JSON is read as YAML (for the lines of fields), but its syntax errors are JSON's: YAML would
  // accept a trailing comma and word the others in its own terms.
  if (extname(file) === '.json') parseJson(source, file);
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new InputError(`invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, { file, line, column: col });
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
  if (list.length === 0) {
    // An audit without its claims would look for nothing and pass any gate.
    throw new InputError('expected at least one claim, got an empty list', {
      file,
      line: lineOfPath(doc, lineCounter, basePath) ?? 1,
      ...(prefix ? { field: prefix } : {}),
    });
  }
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const path = [...basePath, index];
    const fieldPrefix = `${prefix}[${index}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new InputError('expected a claim object', { file, line: lineOfPath(doc, lineCounter, path) ?? 1, field: fieldPrefix });
    }
    const unknown = Object.keys(entry).find((key) => !CLAIM_FIELDS.has(key));
    if (unknown !== undefined) {
      // A misspelt field (`alias`, `key_terms`) would otherwise be dropped and the claim audited without it.
      const hint = closestField(unknown);
      throw new InputError(`unknown field \`${unknown}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; claim fields are ${[...CLAIM_FIELDS].join(', ')}`, {
        file,
        line: lineOfPath(doc, lineCounter, [...path, unknown]) ?? lineOfPath(doc, lineCounter, path),
        field: `${fieldPrefix}.${unknown}`,
      });
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

/** Fields a claim file may give: the claim's own, and the paper's name for its context. */
const CLAIM_FIELDS = new Set([...Object.keys(ClaimSchema.shape), 'universe_context']);

/** The claim field a misspelt key most likely meant (ignoring case and `_`: a plural or one edit away). */
function closestField(key: string): string | undefined {
  const norm = (k: string) => k.toLowerCase().replace(/[_-]/g, '');
  const fields = [...CLAIM_FIELDS];
  // Same letters, or a singular/plural of each other (`alias` / `aliases`, `keyTerm` / `keyTerms`).
  const near = (a: string, b: string) => a.startsWith(b) && a.length - b.length <= 2;
  const same = fields.find((f) => near(norm(f), norm(key)) || near(norm(key), norm(f)));
  if (same) return same;
  return fields.find((f) => editDistanceAtMostOne(norm(f), norm(key)));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
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
 * such directories and claim files. Missing subjects and terms are derived. An empty claim list, an
 * unknown (misspelt) field and an id given twice, in one file or across paths, are errors.
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
  const firstSeen = new Map<string, string>();
  for (const path of paths) {
    for (const { claim, file } of await loadClaimPath(path)) {
      const first = firstSeen.get(claim.id);
      if (first !== undefined) throw new InputError(`duplicate claim id \`${claim.id}\` (first in ${first})`, { file, field: 'id' });
      firstSeen.set(claim.id, file);
      claims.push(claim);
    }
  }
  return claims;
}

/** A loaded claim and the file or claim folder it came from (for messages about duplicates). */
interface LoadedClaim {
  claim: Claim;
  file: string;
}

async function loadClaimPath(path: string): Promise<LoadedClaim[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError('no such file or directory', { file: path }, { cause: error });
  }
  const fromFile = async (file: string) => parseClaimFile(await readFile(file, 'utf8'), file).map((claim) => ({ claim, file }));
  const fromFolder = async (folder: string) => [{ claim: await loadPaperClaim(folder), file: folder }];
  if (info.isFile()) return fromFile(path);
  if (await isFile(join(path, 'claim.txt'))) return fromFolder(path);
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const folders: string[] = [];
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory() && (await isFile(join(full, 'claim.txt')))) folders.push(full);
  }
  const claims: LoadedClaim[] = [];
  for (const folder of folders) claims.push(...(await fromFolder(folder)));
  for (const entry of entries) {
    if (!entry.isFile() || !CLAIM_FILE_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
    const full = join(path, entry.name);
    // Beside claim folders other YAML lives too (the paper's coherence_questions.yaml): a file is
    // read as claims when it holds a list or a `claims` list, and then every error in it counts.
    if (folders.length > 0 && !(await holdsClaims(full))) continue;
    claims.push(...(await fromFile(full)));
  }
  if (claims.length === 0) {
    throw new InputError('no claims found (expected claim files or claim directories with claim.txt)', { file: path });
  }
  return claims;
}

/** Whether a YAML/JSON file's top level is a list or has a `claims` key (cheap: no claim validation). */
async function holdsClaims(file: string): Promise<boolean> {
  const doc = parseDocument((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  if (doc.errors.length > 0) return true; // let parseClaimFile name the syntax error
  return isSeq(doc.contents) || (isMap(doc.contents) && doc.has('claims'));
}
