import type { AreaCode } from '../../model/types';
import { rampColours } from './colour';

/** One class of a classed colour ramp: the values from `min` to `max` share `colour`. */
export interface ValueClass {
  min: number;
  max: number;
  colour: string;
}

/** The most classes a legend shows: more are hard to tell apart by eye. */
export const MAX_CLASSES = 5;

/**
 * Splits the finite values into at most five equal-interval classes, each with a colour from the
 * sequential ramp. When there are only a few distinct values each gets its own class; whole
 * numbers get whole-number bounds, so a legend never reads "2.4–4.8 boards".
 */
export function valueClasses(values: ReadonlyMap<AreaCode, number>): ValueClass[] {
  const finite = [...values.values()].filter(Number.isFinite);
  if (finite.length === 0) return [];
  const distinct = [...new Set(finite)].sort((a, b) => a - b);
  if (distinct.length <= MAX_CLASSES) {
    const colours = rampColours(distinct.length);
    return distinct.map((v, i) => ({ min: v, max: v, colour: colours[i]! }));
  }
  const min = distinct[0]!;
  const max = distinct[distinct.length - 1]!;
  const whole = finite.every(Number.isInteger);
  const step = (max - min) / MAX_CLASSES;
  const lowers = Array.from({ length: MAX_CLASSES }, (_, i) =>
    i === 0 ? min : whole ? Math.ceil(min + i * step) : min + i * step,
  );
  const colours = rampColours(MAX_CLASSES);
  return lowers.map((lower, i) => {
    const next = lowers[i + 1];
    const upper = next === undefined ? max : whole ? next - 1 : next;
    return { min: lower, max: upper, colour: colours[i]! };
  });
}

/** The class a value falls in, or undefined for a missing or non-finite value. */
export function classOf(
  value: number | undefined,
  classes: readonly ValueClass[],
): ValueClass | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  // The last class whose lower bound the value reaches: bounds are exclusive of the next class.
  let found: ValueClass | undefined;
  for (const c of classes) if (value >= c.min) found = c;
  return found ?? classes[0];
}
