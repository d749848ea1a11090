import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, readImportGraph } from '../helpers/importGraph.js';

// No module of src/ may import itself back through other modules. A cycle makes the evaluation order
// depend on which file is imported first: a `const` read before its module ran is a TDZ error in ESM,
// and a partially filled `exports` object in the CJS build; it also ties layers together that
// docs/architecture.md keeps apart.
//
// Imports that carry only types (`import type`, `export type`, `import { type A }`) count too. TypeScript
// erases them, so they cannot change load order, but a type loop still ties two modules together: neither
// can be read, moved or split without the other. A type both sides need lives in a module of its own
// (e.g. `CueDefinition` in cueDefinition.ts, which cueBank.ts and the language cue files import; the
// `Judge` contract in judge.ts, which createJudge.ts and the scorers import).

const src = resolve(__dirname, '../../src');

describe('import cycles', () => {
  it('src/ has no import cycle, type-only imports included', () => {
    const graph = readImportGraph(src);
    expect(graph.files.length).toBeGreaterThan(100);
    const cycles = findCycles(graph.edges).map((loop) => loop.join(' -> '));
    // To fix one: move the shared type or function both sides need into its own module.
    expect(cycles).toEqual([]);
  });

  it('the folders of src/ (each providers/ subfolder on its own) import each other without a cycle, types included', () => {
    // The layers of docs/architecture.md: a helper two folders need goes to util/ (or the lower folder),
    // not to whichever folder wrote it first (mapConcurrent once sat in evaluate/ and tied audit/ to it).
    const folder = (file: string) => {
      const parts = file.split('/');
      if (parts.length === 1) return file;
      return parts[0] === 'providers' && parts.length > 2 ? `providers/${parts[1]}` : parts[0]!;
    };
    const edges = readImportGraph(src)
      .edges.map((e) => ({ from: folder(e.from), to: folder(e.to) }))
      .filter((e) => e.from !== e.to);
    expect(findCycles(edges).map((loop) => loop.join(' -> '))).toEqual([]);
  });

  it('finds every cycle of a graph, with a loop through it, and none in a DAG', () => {
    const edge = (from: string, to: string) => ({ from, to });
    expect(findCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
    const cycles = findCycles([
      edge('a', 'b'),
      edge('b', 'c'),
      edge('c', 'a'),
      edge('c', 'd'),
      edge('d', 'e'),
      edge('e', 'd'),
      edge('f', 'f'),
    ]);
    expect(cycles.map((c) => c.join(' -> ')).sort()).toEqual(['a -> b -> c -> a', 'd -> e -> d', 'f -> f']);
  });

  it('reads imports and re-exports, resolving .js and index specifiers, and marks type-only ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'index.ts'), `export const x = 1;\nexport type T = number;\n`);
    writeFileSync(join(root, 'b.ts'), `export interface B { b: 1 }\n`);
    writeFileSync(
      join(root, 'a.ts'),
      [
        `import { x } from './sub/index.js';`,
        `import type { T } from './sub';`,
        `import { type B } from './b.js';`,
        `export type { B as C } from './b.js';`,
        `export * from './b.js';`,
        `import './b.js';`,
        `import { readFileSync } from 'node:fs';`,
        `const lazy = () => import('./b.js');`,
        `export const y: T = x; export type D = B; void readFileSync; void lazy;`,
      ].join('\n'),
    );
    const graph = readImportGraph(root);
    expect(graph.files).toEqual(['a.ts', 'b.ts', 'sub/index.ts']);
    expect(graph.edges.map((e) => `${e.to}${e.typeOnly ? ' (type)' : ''}`)).toEqual([
      'sub/index.ts',
      'sub/index.ts (type)',
      'b.ts (type)',
      'b.ts (type)',
      'b.ts',
      'b.ts',
    ]);
  });
});
