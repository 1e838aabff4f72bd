import type { Problem } from '../model/problems';
import { validateLandscape } from '../model/validate';
import { scenarioShapeProblems } from '../scenarios/builtin';
import { validateTrackerEntry } from '../scenarios/tracker';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A board's place on the canvas: two finite numbers, or nothing. */
export function isPosition(value: unknown): value is { x: number; y: number } {
  return (
    isObj(value) &&
    typeof value.x === 'number' &&
    Number.isFinite(value.x) &&
    typeof value.y === 'number' &&
    Number.isFinite(value.y)
  );
}

/** A map tile's cell: a column and a row, whole numbers from 0. */
export function isTilePlace(value: unknown): value is { col: number; row: number } & Obj {
  return (
    isObj(value) &&
    Number.isInteger(value.col) &&
    Number.isInteger(value.row) &&
    (value.col as number) >= 0 &&
    (value.row as number) >= 0
  );
}

/**
 * Every problem with a workspace's content (landscape, positions, set-aside duplications,
 * scenarios, tracker, pins), each naming where it is under `at`. Storage and edits both call
 * this, so nothing that fails it is ever kept.
 */
export function contentProblems(content: unknown, at = 'workspace'): Problem[] {
  const problem = (field: string, message: string): Problem => ({ record: at, field, message });
  if (!isObj(content)) return [problem('', 'expected an object')];
  const problems: Problem[] = [];
  const { positions, ignoredDuplications, pinned, scenarios, tracker, tileNudges } = content;
  if (!isObj(positions))
    problems.push(problem('positions', 'expected an object of board: position'));
  else
    for (const [id, position] of Object.entries(positions))
      if (!isPosition(position))
        problems.push(problem(`positions.${id}`, 'expected { x, y } with two finite numbers'));
  if (
    !Array.isArray(ignoredDuplications) ||
    !ignoredDuplications.every(
      (d) => isObj(d) && typeof d.pair === 'string' && typeof d.note === 'string',
    )
  )
    problems.push(problem('ignoredDuplications', 'expected a list of { pair, note }'));
  if (!Array.isArray(pinned) || !pinned.every((id) => typeof id === 'string'))
    problems.push(problem('pinned', 'expected a list of board ids'));
  if (!Array.isArray(tileNudges)) problems.push(problem('tileNudges', 'expected a list'));
  else
    tileNudges.forEach((t, i) => {
      if (!isTilePlace(t) || typeof t.code !== 'string')
        problems.push(
          problem(`tileNudges[${i}]`, 'expected { code, col, row } with whole numbers from 0'),
        );
    });
  if (!Array.isArray(scenarios)) problems.push(problem('scenarios', 'expected a list'));
  else
    scenarios.forEach((s, i) =>
      problems.push(...scenarioShapeProblems(s, `${at} › scenarios[${i}]`)),
    );
  if (!Array.isArray(tracker)) problems.push(problem('tracker', 'expected a list'));
  else
    tracker.forEach((e, i) =>
      problems.push(...validateTrackerEntry(e, { record: `${at} › tracker[${i}]` })),
    );
  const landscape = validateLandscape(content.landscape);
  if (!landscape.ok)
    problems.push(...landscape.problems.map((p) => ({ ...p, record: `landscape › ${p.record}` })));
  return problems;
}
