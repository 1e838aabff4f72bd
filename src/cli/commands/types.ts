export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** One `tirwedd` sub-command: how to call it, what it does, and the code that runs it. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code: 0 success, 1 bad data, 2 bad usage. */
  run(args: string[], io: Output): Promise<number>;
}
