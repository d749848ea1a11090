import type { CliCommand } from './io.js';

// Placeholder until the `strategies` command lands; replaced by its implementation.
export const command: CliCommand = {
  summary: '(strategies: not available yet)',
  usage: 'negation-neglect strategies',
  async run(_argv, io) {
    io.stderr.write('negation-neglect strategies: not available in this build\n');
    return 2;
  },
};
