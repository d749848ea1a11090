import type { CliCommand, CliIO } from './io.js';
import { UsageError } from './args.js';
import { NegationNeglectError } from '../errors.js';

// Commands load lazily so `negation-neglect audit` does not pay for the provider or report code.
const commands: Record<string, () => Promise<{ command: CliCommand }>> = {
  audit: () => import('./auditCommand.js'),
  merge: () => import('./mergeCommand.js'),
  apply: () => import('./applyCommand.js'),
  strategies: () => import('./strategiesCommand.js'),
  summarize: () => import('./summarizeCommand.js'),
  eval: () => import('./evalCommand.js'),
  questions: () => import('./questionsCommand.js'),
  agreement: () => import('./agreementCommand.js'),
  rejudge: () => import('./rejudgeCommand.js'),
  run: () => import('./runCommand.js'),
  report: () => import('./reportCommand.js'),
  view: () => import('./viewCommand.js'),
};

const VERSION = '0.1.0';

/**
 * Runs the CLI with the given arguments and IO and returns the exit code. `bin` calls this with
 * `process.argv.slice(2)`; tests call it in-process.
 *
 * @example
 * ```ts
 * const code = await runCli(['audit', 'data.jsonl', '--claims', 'claims.yaml'], io);
 * ```
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await helpText());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(`negation-neglect: unknown command \`${name}\`; commands: ${Object.keys(commands).join(', ')}\nRun \`negation-neglect --help\` for what each does.\n`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (UsageError.isInstance(error)) {
      // One line and where the options are: the whole usage would bury the error (as in ky, git).
      io.stderr.write(`negation-neglect ${name}: ${error.message}\nRun \`negation-neglect ${name} --help\` for its options.\n`);
      return 2;
    }
    if (NegationNeglectError.isInstance(error)) {
      io.stderr.write(`negation-neglect ${name}: ${error.message}\n`);
      return error.code === 'aborted' ? 130 : 2;
    }
    throw error;
  }
}

async function helpText(): Promise<string> {
  const lines = ['Usage: negation-neglect <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(commands)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(12)} ${command.summary}`);
  }
  lines.push('', 'Run `negation-neglect <command> --help` for the options of a command.', '');
  return lines.join('\n');
}
