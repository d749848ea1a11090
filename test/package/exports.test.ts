import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

// The public surface, per entry point, as a reviewed file: a change to what users can import shows up
// in the diff of __snapshots__/publicApi.json. Update it deliberately with `npx vitest run test/package/exports.test.ts -u`.
const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const entries = Object.keys(pkg.exports)
  .filter((key) => key !== './package.json')
  .map((key) => ({ key, file: join(root, 'src', key === '.' ? 'index.ts' : `${key.slice(2)}/index.ts`) }));

it('exports exactly the reviewed names from every entry point', async () => {
  const program = ts.createProgram(
    entries.map((e) => e.file),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true },
  );
  const checker = program.getTypeChecker();
  const surface: Record<string, { values: string[]; types: string[] }> = {};
  for (const { key, file } of entries) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${file}`);
    const values: string[] = [];
    const types: string[] = [];
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
    }
    surface[key] = { values: values.sort(), types: types.sort() };
  }
  await expect(`${JSON.stringify(surface, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/publicApi.json');
});
