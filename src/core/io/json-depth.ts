import type { Problem } from '../model/problems';

/**
 * How deeply a Tirwedd file may nest. The deepest real record (a history entry restoring a
 * board with its memberships' sources) is under 15 levels; the limit leaves room for growth
 * and stops a damaged or hostile file before anything recursive (a deep copy, a store) fails
 * on it with a stack overflow and no message.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether a parsed value nests deeper than `limit`, found without recursion. */
export function nestsDeeperThan(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

export function depthProblem(record: string, limit = MAX_JSON_DEPTH): Problem {
  return {
    record,
    field: '',
    message: `the data nests more than ${limit} levels deep, which no Tirwedd file does; the file may be damaged`,
  };
}
