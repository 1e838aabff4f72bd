/** Arguments split into positionals and `--name value` options (with `-o` for `--output`). */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  /** An option named without a value, or one this command does not know. */
  error?: string;
}

/** Splits arguments, taking the value after each of `valued`; flags are stored as `''`. */
export function parseArgs(args: readonly string[], valued: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg === '-o' ? 'output' : arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name === undefined) positionals.push(arg);
    else if (!valued.includes(name))
      return { positionals, options, error: `unknown option ${arg}` };
    else if (i + 1 >= args.length) return { positionals, options, error: `${arg} needs a value` };
    else options.set(name, args[++i]!);
  }
  return { positionals, options };
}
