import { spawn } from 'node:child_process';
import { memoryRelaunch } from './memoryRelaunch.js';

// The executable: wires the real process into runCli. The library itself never touches process state.
const argv = process.argv.slice(2);
const relaunch = memoryRelaunch(argv, process.env, process.execArgv, process.argv[1]!);
if (relaunch) {
  // `audit` runs in a child started with smaller heap settings (see memoryRelaunch.ts); this process
  // only waits for it. A `kill` of this process is passed on; Ctrl-C on a terminal already reaches
  // the child (same process group), and a second SIGINT would end it before it reports.
  const child = spawn(process.execPath, relaunch.args, { stdio: 'inherit', env: relaunch.env });
  const fromTerminal = Boolean(process.stdin.isTTY || process.stderr.isTTY);
  const forward = (signal: NodeJS.Signals) => {
    if (!(signal === 'SIGINT' && fromTerminal)) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    process.stderr.write(`negation-neglect: could not start Node again for the audit (${error.message}); set NEGATION_NEGLECT_RELAUNCH=0 to run in this process\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 2;
  });
} else {
  const controller = new AbortController();
  const onSignal = () => controller.abort(new Error('Interrupted'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Loaded here, not above: the process that only relaunches never needs the CLI's code.
  import('./main.js').then(({ runCli }) => runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
    stdin: process.stdin,
  })).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`negation-neglect: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
