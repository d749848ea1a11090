import type { CliCommand } from './io.js';

// Placeholder until the `eval` command lands; replaced by its implementation.
export const command: CliCommand = {
  summary: '(eval: not available yet)',
  usage: 'negation-neglect eval',
  async run(_argv, io) {
    io.stderr.write('negation-neglect eval: not available in this build\n');
    return 2;
  },
};
