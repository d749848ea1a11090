import { inspect } from 'node:util';

/** How a value renders in each MIME type (`text/plain` is required; `text/html`, `text/markdown`, ...). */
export type MimeRenderers = Readonly<Record<string, () => string>> & { readonly 'text/plain': () => string };

/**
 * Makes a plain data object display well in notebooks and REPLs without changing its data: Deno's
 * Jupyter kernel calls `[Symbol.for('Jupyter.display')]` (every MIME type), IPython-style frontends
 * `_repr_html_` / `_repr_markdown_` (one each), Node's REPL `util.inspect.custom`. The methods are
 * non-enumerable, so `JSON.stringify`, zod and deep equality see only the data; each renders only the
 * MIME type asked for, and only when asked.
 */
export function attachNotebookDisplay<T extends object>(value: T, renderers: MimeRenderers): T {
  const methods: Record<string | symbol, unknown> = {
    _repr_html_: () => renderers['text/html']?.(),
    _repr_markdown_: () => renderers['text/markdown']?.(),
    [inspect.custom]: () => renderers['text/plain']().trimEnd(),
    [Symbol.for('Jupyter.display')]: () => Object.fromEntries(Object.entries(renderers).map(([mime, render]) => [mime, render()])),
  };
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(value, key, { value: methods[key], enumerable: false, writable: true, configurable: true });
  }
  return value;
}
