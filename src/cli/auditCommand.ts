import type { CliCommand } from './io.js';

// Placeholder until the `audit` command lands; replaced by its implementation.
export const command: CliCommand = {
  summary: '(audit: not available yet)',
  usage: 'negation-neglect audit',
  async run(_argv, io) {
    io.stderr.write('negation-neglect audit: not available in this build\n');
    return 2;
  },
};
