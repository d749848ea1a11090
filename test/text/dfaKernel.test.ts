import { describe, expect, it } from 'vitest';
import { createAhoCorasick, WASM_AFTER_UNITS, type AhoPattern } from '../../src/text/ahoCorasick.js';
import { KERNEL_WINDOW } from '../../src/text/dfaKernel.js';
import { encodeWasmModule, wasm } from '../../src/text/wasmModule.js';
import { mulberry32 } from '../../src/util/random.js';

const PATTERNS: AhoPattern[] = [
  { text: 'not' }, { text: 'no' }, { text: 'did not' }, { text: 'the claim' }, { text: 'claim that' },
  { text: 'fabricat', rightBoundary: false }, { text: "n't", leftBoundary: false }, { text: 'ab' }, { text: 'b' },
  { text: 'the following claim is entirely false' }, { text: 'céline' }, { text: '9.79' },
];
const WORDS = ['not', 'no', 'did', 'the', 'claim', 'that', 'fabricated', "didn’t", 'ab', 'b', 'abab', 'x', 'NOT', 'nothing',
  'The Following CLAIM is entirely false', 'CÉLINE', '9.79', '19.795', 'é', '\n', '—', 'following'];

type Match = [number, number, number];

function randomText(next: () => number, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const w = WORDS[Math.floor(next() * WORDS.length)]!;
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(next() < 0.5 ? ' ' : '  ').slice(0, length);
}

function collect(ac: ReturnType<typeof createAhoCorasick>, text: string, from?: number, to?: number): Match[] {
  const out: Match[] = [];
  ac.scan(text, (p, s, e) => out.push([p, s, e]), from, to);
  return out;
}

describe('the WebAssembly scan kernel', () => {
  const js = createAhoCorasick(PATTERNS, { engine: 'js' });
  const kernel = createAhoCorasick(PATTERNS, { engine: 'wasm' });

  it('runs where the package runs (Node has WebAssembly)', () => {
    expect(kernel.engine).toBe('wasm');
    expect(js.engine).toBe('js');
  });

  it('reports exactly what the JavaScript loop reports, in the same order, at every text length', () => {
    const next = mulberry32(11);
    // 1, 2 and 4 chains; texts longer than 4 windows exercise the held matches of later chains.
    const lengths = [0, 1, 2, 5, 30, 47, 48, 49, 80, 150, 191, 192, 193, 600, 3_000, 20_000, 4 * KERNEL_WINDOW + 777];
    for (const length of lengths) {
      for (let round = 0; round < (length > 10_000 ? 2 : 12); round++) {
        const text = randomText(next, length);
        const want = collect(js, text);
        expect(collect(kernel, text)).toEqual(want);
        const from = Math.floor(next() * text.length);
        const to = from + Math.floor(next() * (text.length - from + 1));
        expect(collect(kernel, text, from, to)).toEqual(collect(js, text, from, to));
      }
    }
  });

  it('finds matches on both sides of every chain boundary', () => {
    // One pattern occurrence at every offset: any gap in coverage between chains would lose one.
    const ac = createAhoCorasick([{ text: 'gold' }, { text: 'the following claim is entirely false' }], { engine: 'wasm' });
    for (const length of [60, 200, 1_000]) {
      const text = 'gold '.repeat(length / 5) + 'The following claim is entirely false '.repeat(3);
      const got = collect(ac, text);
      expect(got.filter((m) => m[0] === 0)).toHaveLength(length / 5);
      expect(got.filter((m) => m[0] === 1)).toHaveLength(3);
    }
  });

  it('lets a match callback scan again with the same automaton (the nested scan runs in JavaScript)', () => {
    const ac = createAhoCorasick([{ text: 'false' }, { text: 'true' }], { engine: 'wasm' });
    const text = 'false and true. '.repeat(60);
    const seen: Match[] = [];
    let nested = 0;
    ac.scan(text, (p, s, e) => {
      seen.push([p, s, e]);
      if (p === 0) ac.scan('true true', () => nested++);
    });
    expect(seen).toEqual(collect(createAhoCorasick([{ text: 'false' }, { text: 'true' }], { engine: 'js' }), text));
    expect(nested).toBe(120);
  });

  it('keeps working after a callback throws', () => {
    const ac = createAhoCorasick([{ text: 'gold' }], { engine: 'wasm' });
    expect(() => ac.scan('gold gold', () => { throw new Error('stop'); })).toThrow('stop');
    expect(collect(ac, 'gold and gold')).toEqual([[0, 0, 4], [0, 9, 13]]);
  });

  it('holds texts up to 1M code units and leaves longer ones to the JavaScript loop', () => {
    const ac = createAhoCorasick([{ text: 'gold' }], { engine: 'wasm' });
    for (const units of [300_000, 1 << 20, (1 << 20) + 10]) {
      const text = `${'x'.repeat(units - 9)} gold end`;
      expect(collect(ac, text)).toEqual([[0, units - 8, units - 4]]);
    }
  });

  it("switches from JavaScript to the kernel under engine 'auto' once it has scanned enough text", () => {
    const ac = createAhoCorasick([{ text: 'gold' }]);
    expect(ac.engine).toBe('js');
    const text = 'a gold medal. '.repeat(1_000);
    let scanned = 0;
    const results: number[] = [];
    while (scanned <= WASM_AFTER_UNITS) {
      results.push(collect(ac, text).length);
      scanned += text.length;
    }
    expect(ac.engine).toBe('wasm');
    results.push(collect(ac, text).length);
    expect(new Set(results)).toEqual(new Set([1_000]));
  });

  it("loads the kernel on the first scan with wasmAfterUnits: 0 (a thread that will scan much text)", () => {
    const eager = createAhoCorasick([{ text: 'gold' }], { wasmAfterUnits: 0 });
    const lazy = createAhoCorasick([{ text: 'gold' }]);
    expect(eager.engine).toBe('js'); // nothing loaded before a scan
    expect(collect(eager, 'a gold medal')).toEqual(collect(lazy, 'a gold medal'));
    expect(eager.engine).toBe('wasm');
    expect(lazy.engine).toBe('js');
  });

  it('rejects an unknown engine', () => {
    expect(() => createAhoCorasick([{ text: 'x' }], { engine: 'gpu' as 'js' })).toThrow("Expected `engine` to be 'auto', 'wasm' or 'js', got `gpu`");
  });
});

describe('encodeWasmModule', () => {
  it('emits a module that validates and runs', () => {
    // add(a, b) stores a + b at address 0.
    const bytes = encodeWasmModule([
      { name: 'add', params: 2, locals: 0, body: [...wasm.i32Const(0), ...wasm.localGet(0), ...wasm.localGet(1), ...wasm.add, ...wasm.store32()] },
    ]);
    expect(WebAssembly.validate(bytes)).toBe(true);
    const memory = new WebAssembly.Memory({ initial: 1 });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    (instance.exports.add as (a: number, b: number) => void)(40, -2_000_000);
    expect(new Int32Array(memory.buffer)[0]).toBe(40 - 2_000_000);
  });
});
