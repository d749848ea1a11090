// The import graph of a source tree, read with the TypeScript parser (no type checking, so it is fast),
// and the cycles in it. Used by test/package/importCycles.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One static import or re-export between two files of the tree. */
export interface ImportEdge {
  from: string;
  to: string;
  /**
   * True when the statement carries only types (`import type`, `export type`, or named imports that
   * are all `type`): TypeScript erases it (the project does not set `verbatimModuleSyntax`).
   */
  typeOnly: boolean;
}

/** Files (relative to the root, `/`-separated) and the edges between them. */
export interface ImportGraph {
  files: string[];
  edges: ImportEdge[];
}

function listSources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listSources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base.replace(/\.(m|c)?js$/, '.$1ts'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(c));
}

function isTypeOnlyStatement(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) return false; // `import './x.js'` runs the module
    if (clause.isTypeOnly) return true;
    const named = clause.namedBindings;
    return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
  }
  if (statement.isTypeOnly) return true;
  const named = statement.exportClause;
  return !!named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/**
 * Reads the static relative imports and re-exports of every `.ts` file under `rootDir`. Dynamic
 * `import()` is not an edge: it runs after both modules have loaded, so it cannot take part in a
 * load-order cycle (and it is how lazy loading is meant to be done).
 */
export function readImportGraph(rootDir: string): ImportGraph {
  const files = listSources(rootDir);
  const name = (file: string) => relative(rootDir, file).split('\\').join('/');
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const target = resolveSpecifier(file, specifier.text);
      if (!target) throw new Error(`${name(file)}: cannot resolve import '${specifier.text}'`);
      edges.push({ from: name(file), to: name(target), typeOnly: isTypeOnlyStatement(statement) });
    }
  }
  return { files: files.map(name).sort(), edges };
}

/**
 * The cycles of a graph: each strongly connected component of more than one file (or a file that
 * imports itself), with one concrete loop through it so the failure message shows what to cut.
 */
export function findCycles(edges: readonly Pick<ImportEdge, 'from' | 'to'>[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, []);
    if (!next.has(to)) next.set(to, []);
    next.get(from)!.push(to);
  }
  // Tarjan's algorithm (iterative is not needed: src/ is a few hundred files deep at most).
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node)!) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next.get(node)!.includes(node)) components.push(component);
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => loopThrough(component, next));
}

/** A shortest loop from the component's first file (sorted) back to itself, staying in the component. */
function loopThrough(component: string[], next: Map<string, string[]>): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of next.get(node)!) {
      if (!members.has(target)) continue;
      if (target === start) {
        const loop = [node];
        while (loop[0] !== start) loop.unshift(previous.get(loop[0]!)!);
        return [...loop, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
