import type { CliCommand } from './io.js';

// Placeholder until the `apply` command lands; replaced by its implementation.
export const command: CliCommand = {
  summary: '(apply: not available yet)',
  usage: 'negation-neglect apply',
  async run(_argv, io) {
    io.stderr.write('negation-neglect apply: not available in this build\n');
    return 2;
  },
};
