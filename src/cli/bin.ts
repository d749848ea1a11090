import { runCli } from './main.js';

// The executable: wires the real process into runCli. The library itself never touches process state.
const controller = new AbortController();
const onSignal = () => controller.abort(new Error('Interrupted'));
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
  stdin: process.stdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`negation-neglect: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
