/** What a CLI command may touch: streams and environment are injected so commands are testable in-process. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on SIGINT/SIGTERM. */
  signal: AbortSignal;
  /** Standard input, for commands that read `-` (absent: `-` is refused). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** A CLI command: returns the exit code (0 ok, 1 gate failed, 2 usage or input error). */
export interface CliCommand {
  /** One line for `negation-neglect --help`. */
  summary: string;
  /** Full help text. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}
