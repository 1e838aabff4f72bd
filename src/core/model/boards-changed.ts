import type { Landscape } from './types';

/**
 * Whether `after` differs from `before` in board records alone, every board keeping its id and
 * its place, as after a rename or any edit of one board: the commonest change, which leaves
 * every link between records as it was.
 */
export function onlyBoardsChanged(before: Landscape, after: Landscape): boolean {
  const keys = Object.keys(after) as (keyof Landscape)[];
  if (keys.length !== Object.keys(before).length) return false;
  for (const key of keys) if (key !== 'boards' && after[key] !== before[key]) return false;
  return (
    after.boards.length === before.boards.length &&
    after.boards.every((b, i) => b.id === before.boards[i]!.id)
  );
}
