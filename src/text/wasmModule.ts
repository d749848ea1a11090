/**
 * A minimal WebAssembly binary encoder: enough to emit the audit's scan kernel (`dfaKernel.ts`)
 * from TypeScript, so the package ships no prebuilt binary and needs no WebAssembly toolchain.
 * Only i32 values, one imported memory (`env.memory`) and exported functions are supported.
 */

/** Unsigned LEB128. */
function uleb(value: number): number[] {
  const out: number[] = [];
  let n = value >>> 0;
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (32-bit). */
function sleb(value: number): number[] {
  const out: number[] = [];
  let n = value | 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const I32 = 0x7f;
const vector = (items: readonly number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (text: string): number[] => [...uleb(text.length), ...Array.from(text, (ch) => ch.charCodeAt(0))];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

/** Instructions used by the kernel (each returns its encoded bytes). */
export const wasm = {
  localGet: (index: number): number[] => [0x20, ...uleb(index)],
  localSet: (index: number): number[] => [0x21, ...uleb(index)],
  localTee: (index: number): number[] => [0x22, ...uleb(index)],
  i32Const: (value: number): number[] => [0x41, ...sleb(value)],
  /** `i32.load` (4-byte aligned) with a constant offset. */
  load32: (offset = 0): number[] => [0x28, 2, ...uleb(offset)],
  load8u: (offset = 0): number[] => [0x2d, 0, ...uleb(offset)],
  load16u: (offset = 0): number[] => [0x2f, 1, ...uleb(offset)],
  store32: (offset = 0): number[] => [0x36, 2, ...uleb(offset)],
  add: [0x6a],
  sub: [0x6b],
  shl: [0x74],
  or: [0x72],
  ltS: [0x48],
  ltU: [0x49],
  geU: [0x4f],
  /** Block/loop/if without a result value. */
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  end: [0x0b],
  br: (depth: number): number[] => [0x0c, ...uleb(depth)],
  brIf: (depth: number): number[] => [0x0d, ...uleb(depth)],
} as const;

/** One exported function: `params` i32 parameters, no result, `locals` extra i32 locals. */
export interface WasmFunction {
  name: string;
  params: number;
  locals: number;
  body: number[];
}

/**
 * Encodes a module that imports its memory as `env.memory` and exports `functions`.
 *
 * @example
 * ```ts
 * const bytes = encodeWasmModule([{ name: 'noop', params: 0, locals: 0, body: [] }]);
 * new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory: new WebAssembly.Memory({ initial: 1 }) } });
 * ```
 */
export function encodeWasmModule(functions: readonly WasmFunction[]): Uint8Array<ArrayBuffer> {
  const types = functions.map((f) => [0x60, ...vector(Array.from({ length: f.params }, () => [I32])), ...vector([])]);
  const imports = vector([[...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(1)]]);
  const declarations = vector(functions.map((_, index) => uleb(index)));
  const exports = vector(functions.map((f, index) => [...name(f.name), 0x00, ...uleb(index)]));
  const bodies = vector(
    functions.map((f) => {
      const body = [...(f.locals > 0 ? vector([[...uleb(f.locals), I32]]) : [0]), ...f.body, ...wasm.end];
      return [...uleb(body.length), ...body];
    }),
  );
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, imports),
    ...section(3, declarations),
    ...section(7, exports),
    ...section(10, bodies),
  ]);
}
