import type { ParamSpec } from '../../core/analysis/types';

export type ParamValue = number | boolean | string | readonly string[];

/** Every `--param key=value` of the arguments, in order. */
export function paramArgs(args: readonly string[]): string[] {
  return args.flatMap((a, i) => (args[i - 1] === '--param' ? [a] : []));
}

/**
 * Reads `key=value` pairs against an analysis's parameter specs: numbers within their limits,
 * yes/no (or true/false), one of a choice's options, or a comma-separated list. Returns the
 * values set, or a message naming the parameter and what it accepts.
 */
export function readParams(
  specs: Record<string, ParamSpec>,
  pairs: readonly string[],
): { values: Record<string, ParamValue> } | { error: string } {
  const values: Record<string, ParamValue> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) return { error: `--param ${pair}: expected key=value` };
    const key = pair.slice(0, at);
    const text = pair.slice(at + 1).trim();
    const spec = specs[key];
    if (!spec)
      return {
        error: `--param ${key}: no such parameter; expected one of: ${Object.keys(specs).join(', ')}`,
      };
    const value = readValue(spec, text);
    if (value === undefined) return { error: `--param ${key}: "${text}" ${expected(spec)}` };
    values[key] = value;
  }
  return { values };
}

function readValue(spec: ParamSpec, text: string): ParamValue | undefined {
  switch (spec.kind) {
    case 'number': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) return undefined;
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max))
        return undefined;
      return n;
    }
    case 'boolean':
      return ['yes', 'true'].includes(text)
        ? true
        : ['no', 'false'].includes(text)
          ? false
          : undefined;
    case 'choice':
      return spec.options.includes(text) ? text : undefined;
    case 'list':
      return text ? text.split(',').map((s) => s.trim()) : [];
  }
}

function expected(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `is not a number from ${spec.min ?? '−∞'} to ${spec.max ?? '∞'}`;
    case 'boolean':
      return 'is not yes or no';
    case 'choice':
      return `is not allowed; expected one of: ${spec.options.join(', ')}`;
    case 'list':
      return 'is not a comma-separated list';
  }
}
