import { BUILTIN_STRATEGIES } from '../strategies/builtinStrategies.js';
import { describeOptions } from '../util/optionSchema.js';
import { parseArgs, stringOption } from './args.js';
import type { CliCommand } from './io.js';

const usage = `Usage: negation-neglect strategies [--format text|json]

Lists the built-in negation-placement strategies with their declared placement and options.
`;

/** `negation-neglect strategies`: generated from the strategy registry, not hand-written per strategy. */
export const command: CliCommand = {
  summary: 'list the built-in strategies, their placement and options',
  usage,
  async run(argv, io) {
    const parsed = parseArgs(argv, { format: { type: 'string' } });
    const format = stringOption(parsed, 'format', ['text', 'json'] as const) ?? 'text';
    if (format === 'json') {
      const data = BUILTIN_STRATEGIES.map(({ name, summary, placements, needsClaim, options }) => ({ name, summary, placements, needsClaim, options: describeOptions(options) }));
      io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const s of BUILTIN_STRATEGIES) {
      lines.push(`${s.name}  [placement: ${s.placements.join(' | ')}]${s.needsClaim ? '  (needs --claims)' : ''}`);
      lines.push(`  ${s.summary}`);
      for (const o of describeOptions(s.options)) {
        const type = o.choices ? o.choices.join('|') : o.type;
        const def = o.default === undefined ? '' : ` (default ${JSON.stringify(o.default)})`;
        lines.push(`  --set ${o.name}=<${type}>${def}  ${o.description}`);
      }
      lines.push('');
    }
    io.stdout.write(lines.join('\n'));
    return 0;
  },
};
