import { inspect } from 'node:util';

/** What a value shows in a notebook, by MIME type (`text/plain`, `text/html`, `text/markdown`, `image/svg+xml`). */
export type MimeBundle = Readonly<Record<string, string>>;

/**
 * Makes a plain data object display well in notebooks and REPLs without changing its data: Deno's
 * Jupyter kernel calls `[Symbol.for('Jupyter.display')]`, IPython-style frontends `_repr_html_` /
 * `_repr_markdown_`, Node's REPL `util.inspect.custom`. The methods are non-enumerable, so
 * `JSON.stringify`, zod and deep equality see only the data; renderers run only when asked.
 */
export function attachNotebookDisplay<T extends object>(value: T, render: () => MimeBundle & { 'text/plain': string }): T {
  const methods: Record<string | symbol, unknown> = {
    _repr_html_: () => render()['text/html'],
    _repr_markdown_: () => render()['text/markdown'],
    [inspect.custom]: () => render()['text/plain'].trimEnd(),
    [Symbol.for('Jupyter.display')]: render,
  };
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(value, key, { value: methods[key], enumerable: false, writable: true, configurable: true });
  }
  return value;
}
