import { defineConfig } from 'tsup';

// One entry per public subpath so users can import only the stage they need.
const entry = {
  index: 'src/index.ts',
  'claims/index': 'src/claims/index.ts',
  'audit/index': 'src/audit/index.ts',
  'strategies/index': 'src/strategies/index.ts',
  'generate/index': 'src/generate/index.ts',
  'providers/index': 'src/providers/index.ts',
  'evaluate/index': 'src/evaluate/index.ts',
  'experiment/index': 'src/experiment/index.ts',
  'report/index': 'src/report/index.ts',
  // Worker entry for parallel audits; loaded by path at run time.
  'audit/auditWorker': 'src/audit/auditWorker.ts',
  // Worker entry of `auditInWorker` (an audit on a thread with bounded heap limits).
  'audit/auditHostWorker': 'src/audit/auditHostWorker.ts',
};

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    dts: { entry: Object.fromEntries(Object.entries(entry).filter(([k]) => !k.endsWith('Worker'))) },
    sourcemap: true,
    clean: false,
    target: 'node20',
    splitting: true,
    // p-retry (and its dependency) and the Parquet reader are ESM-only: bundling them makes the CJS
    // build loadable with require().
    noExternal: ['p-retry', 'is-network-error', 'hyparquet', 'hyparquet-compressors', 'hysnappy'],
    external: ['openai', '@anthropic-ai/sdk'],
    shims: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['p-retry', 'is-network-error', 'hyparquet', 'hyparquet-compressors', 'hysnappy'],
    external: ['openai', '@anthropic-ai/sdk'],
  },
]);
