import type { CliCommand } from './io.js';

// Placeholder until the `report` command lands; replaced by its implementation.
export const command: CliCommand = {
  summary: '(report: not available yet)',
  usage: 'negation-neglect report',
  async run(_argv, io) {
    io.stderr.write('negation-neglect report: not available in this build\n');
    return 2;
  },
};
