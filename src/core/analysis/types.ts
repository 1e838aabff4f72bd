import type { Landscape } from '../model/types';

/** A parameter an analysis takes, described so that the UI and the CLI can offer it. */
export type ParamSpec =
  | { kind: 'number'; default: number; min?: number; max?: number; step?: number }
  | { kind: 'boolean'; default: boolean }
  | { kind: 'choice'; default: string; options: readonly string[] }
  /** With `options`, a choice of several of them; without, a list the app fills (not a control). */
  | { kind: 'list'; default: readonly string[]; options?: readonly string[] };

export type ParamValues<P extends Record<string, ParamSpec>> = {
  [K in keyof P]: P[K] extends { kind: 'number' }
    ? number
    : P[K] extends { kind: 'boolean' }
      ? boolean
      : P[K] extends { kind: 'list' }
        ? readonly string[]
        : string;
};

/**
 * An analysis: a pure function of a landscape and parameters. Listed once in the registry, so
 * the interface, the command line and the tests enumerate the same set.
 */
export interface AnalysisDescriptor<
  P extends Record<string, ParamSpec> = Record<string, ParamSpec>,
  R = unknown,
> {
  id: string;
  /** One sentence saying what it finds, for help text. */
  summary: string;
  params: P;
  run(landscape: Landscape, params: ParamValues<P>): R;
}

/** The parameters' defaults, for a call that sets none. */
export function defaultParams<P extends Record<string, ParamSpec>>(params: P): ParamValues<P> {
  return Object.fromEntries(
    Object.entries(params).map(([k, spec]) => [k, spec.default]),
  ) as ParamValues<P>;
}

/** Declares an analysis, inferring its parameter types from the specs. */
export function defineAnalysis<const P extends Record<string, ParamSpec>, R>(
  descriptor: AnalysisDescriptor<P, R>,
): AnalysisDescriptor<P, R> {
  return descriptor;
}
