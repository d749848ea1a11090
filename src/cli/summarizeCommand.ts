import type { CliCommand } from './io.js';

// Placeholder until the `summarize` command lands; replaced by its implementation.
export const command: CliCommand = {
  summary: '(summarize: not available yet)',
  usage: 'negation-neglect summarize',
  async run(_argv, io) {
    io.stderr.write('negation-neglect summarize: not available in this build\n');
    return 2;
  },
};
