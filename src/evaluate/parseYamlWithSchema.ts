import { readFile } from 'node:fs/promises';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { parseJson } from '../util/parseJson.js';
import { formatPath } from '../util/optionSchema.js';

export { formatPath };

/**
 * Parses YAML (or JSON, which is YAML) text and validates it with a zod schema. Errors are
 * `InputError`s naming the file, the line of the offending node and the dotted field path, so a
 * typo in question 14 of a 20-question file is found at once.
 */
export function parseYamlWithSchema<S extends z.ZodType>(text: string, schema: S, file: string): z.output<S> {
  // A .json file gets JSON's syntax errors (YAML accepts trailing commas and words errors its own way).
  if (file.endsWith('.json')) parseJson(text.replace(/^\uFEFF/, ''), file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    throw new InputError(`invalid YAML: ${firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, { file, line, column: col });
  }
  const data: unknown = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const line = locate(doc.contents as Node | null, path, lineCounter);
  return throwInput(issue.message, file, line, formatPath(path));
}

/** Reads a file and validates it (see {@link parseYamlWithSchema}). */
export async function readYamlWithSchema<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file }, { cause: error });
  }
  return parseYamlWithSchema(text, schema, file);
}

function throwInput(reason: string, file: string, line: number | undefined, field: string): never {
  throw new InputError(reason, line === undefined ? { file, field } : { file, line, field });
}

// Walks the YAML node tree along the zod path; returns the line of the deepest node reached.
function locate(root: Node | null, path: ReadonlyArray<string | number>, counter: LineCounter): number | undefined {
  let node: Node | null | undefined = root;
  let line = lineOf(node, counter);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const k = item.key as { value?: unknown } | null;
        return k != null && String(k.value) === String(key);
      });
      if (!pair) break;
      line = lineOf(pair.key as Node, counter) ?? line;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | undefined;
    } else break;
    line = lineOf(node, counter) ?? line;
  }
  return line;
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}
