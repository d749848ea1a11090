import type { CliCommand } from './io.js';

// Placeholder until the `run` command lands; replaced by its implementation.
export const command: CliCommand = {
  summary: '(run: not available yet)',
  usage: 'negation-neglect run',
  async run(_argv, io) {
    io.stderr.write('negation-neglect run: not available in this build\n');
    return 2;
  },
};
