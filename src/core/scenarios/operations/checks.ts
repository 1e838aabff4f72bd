import type { Problem } from '../../model/problems';
import type { Board, BoardId, Footprint, Landscape, SourceRef } from '../../model/types';
import {
  CONFIDENCES,
  LEVELS,
  ROLES,
  THEMES,
  USER_SOURCE_ID,
  type Role,
} from '../../model/vocabulary';
import { meets } from '../../analysis/meeting-pattern';

/*
 * Checks shared by the operation descriptors. Operations arrive from JSON (built-in files,
 * imported workspaces), so every check accepts `unknown` and never throws on a wrong shape.
 */

const ID = /^[a-z0-9][a-z0-9-]*$/;

export const fail = (kind: string, field: string, message: string): Problem => ({
  record: `operation (${kind})`,
  field,
  message,
});

export const findBoard = (landscape: Landscape, id: unknown): Board | undefined =>
  typeof id === 'string' ? landscape.boards.find((b) => b.id === id) : undefined;

/** Stale-check: the named boards (where a name is given at all) must still exist. */
export function missingBoards(
  landscape: Landscape,
  kind: string,
  fields: Record<string, unknown>,
): Problem[] {
  const out: Problem[] = [];
  for (const [field, value] of Object.entries(fields))
    for (const id of Array.isArray(value) ? value : [value])
      if (typeof id === 'string' && !findBoard(landscape, id))
        out.push(fail(kind, field, `board "${id}" is no longer in the landscape`));
  return out;
}

/** Stale-check for an organisation the operation names. */
export function missingOrganisation(landscape: Landscape, kind: string, id: unknown): Problem[] {
  return typeof id === 'string' && !landscape.organisations.some((o) => o.id === id)
    ? [fail(kind, 'organisation', `organisation "${id}" is no longer in the landscape`)]
    : [];
}

export function checkText(kind: string, field: string, v: unknown, optional = false): Problem[] {
  if (v === undefined && optional) return [];
  return typeof v === 'string' && v.trim() !== ''
    ? []
    : [fail(kind, field, `expected a non-empty text`)];
}

/** A board the operation acts on must be given and must still be live (not retired or merged). */
export function checkLiveBoard(
  landscape: Landscape,
  kind: string,
  field: string,
  id: unknown,
  verb = 'change',
): Problem[] {
  if (typeof id !== 'string' || id === '') return [fail(kind, field, 'name a board')];
  const board = findBoard(landscape, id);
  if (board && (board.status === 'retired' || board.status === 'merged'))
    return [fail(kind, field, `board "${id}" is ${board.status}; a scenario cannot ${verb} it`)];
  return [];
}

/** Merging and moving members need boards that meet (active or shadow). */
export function checkMeetingBoard(
  landscape: Landscape,
  kind: string,
  field: string,
  id: unknown,
): Problem[] {
  const live = checkLiveBoard(landscape, kind, field, id);
  if (live.length) return live;
  const board = findBoard(landscape, id);
  return board && !meets(board)
    ? [fail(kind, field, `board "${board.id}" is ${board.status}, not a board that meets`)]
    : [];
}

export function checkNewBoardId(landscape: Landscape, kind: string, id: unknown): Problem[] {
  if (typeof id !== 'string' || !ID.test(id))
    return [fail(kind, 'id', 'expected a lowercase id (letters, digits, hyphens)')];
  return findBoard(landscape, id)
    ? [fail(kind, 'id', `a board with the id "${id}" already exists`)]
    : [];
}

export function checkFootprint(
  landscape: Landscape,
  kind: string,
  fp: unknown,
  optional = false,
): Problem[] {
  if (fp === undefined && optional) return [];
  if (fp === 'all') return [];
  if (!Array.isArray(fp) || fp.length === 0)
    return [fail(kind, 'footprint', 'expected "all" or a non-empty list of area codes')];
  const known = new Set<string>(landscape.areas.map((a) => a.code));
  const out: Problem[] = [];
  const seen = new Set<unknown>();
  for (const code of fp) {
    if (typeof code !== 'string' || !known.has(code))
      out.push(fail(kind, 'footprint', `unknown area code ${JSON.stringify(code)}`));
    else if (seen.has(code)) out.push(fail(kind, 'footprint', `area "${code}" is listed twice`));
    seen.add(code);
  }
  return out;
}

export function checkThemes(kind: string, themes: unknown, optional = false): Problem[] {
  if (themes === undefined && optional) return [];
  if (!Array.isArray(themes)) return [fail(kind, 'themes', 'expected a list of themes')];
  return themes
    .filter((t) => !(THEMES as readonly unknown[]).includes(t))
    .map((t) =>
      fail(
        kind,
        'themes',
        `${JSON.stringify(t)} is not a theme; expected one of: ${THEMES.join(', ')}`,
      ),
    );
}

export function checkOneOf(
  kind: string,
  field: string,
  v: unknown,
  allowed: readonly string[],
  optional = true,
): Problem[] {
  if (v === undefined && optional) return [];
  return typeof v === 'string' && allowed.includes(v)
    ? []
    : [
        fail(
          kind,
          field,
          `${JSON.stringify(v)} is not allowed; expected one of: ${allowed.join(', ')}`,
        ),
      ];
}

export const checkLevel = (kind: string, v: unknown, optional = true) =>
  checkOneOf(kind, 'level', v, LEVELS, optional);
export const checkRole = (kind: string, v: unknown, field = 'role') =>
  checkOneOf(kind, field, v, ROLES);

export function checkNumber(
  kind: string,
  field: string,
  v: unknown,
  min: number,
  max: number,
  integer = false,
): Problem[] {
  if (v === undefined) return [];
  return typeof v === 'number' &&
    Number.isFinite(v) &&
    v >= min &&
    v <= max &&
    (!integer || Number.isInteger(v))
    ? []
    : [
        fail(
          kind,
          field,
          `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
        ),
      ];
}

export const checkSeats = (kind: string, v: unknown) =>
  checkNumber(kind, 'seats', v, 1, 1000, true);

export function checkMeetings(
  kind: string,
  op: { meetingsPerYear?: unknown; hoursPerMeeting?: unknown },
): Problem[] {
  return [
    ...checkNumber(kind, 'meetingsPerYear', op.meetingsPerYear, 0, 366),
    ...checkNumber(kind, 'hoursPerMeeting', op.hoursPerMeeting, 0, 24),
  ];
}

/** An operation's own source must name a source the landscape knows, or the result would not validate. */
export function checkSource(landscape: Landscape, kind: string, source: unknown): Problem[] {
  if (source === undefined) return [];
  const s = source as Partial<SourceRef> | null;
  const known =
    s &&
    typeof s.source === 'string' &&
    (s.source === USER_SOURCE_ID || landscape.sources.some((d) => d.id === s.source));
  if (!known)
    return [fail(kind, 'source', 'expected a source the landscape knows ({ source, confidence })')];
  if (!(CONFIDENCES as readonly unknown[]).includes(s.confidence))
    return [fail(kind, 'source', `expected a confidence: ${CONFIDENCES.join(', ')}`)];
  return [];
}

/** Roles from most to least weight, for settling a conflict by keeping the highest. */
export const ROLE_RANK: readonly Role[] = ['chair', 'co-chair', 'secretariat', 'member', 'invited'];
export const higherRole = (a: Role, b: Role): Role =>
  ROLE_RANK.indexOf(a) <= ROLE_RANK.indexOf(b) ? a : b;

/** The landscape with one board replaced. */
export function replaceBoard(
  landscape: Landscape,
  id: BoardId,
  next: (b: Board) => Board,
): Landscape {
  return { ...landscape, boards: landscape.boards.map((b) => (b.id === id ? next(b) : b)) };
}

/** The source an applied operation stamps on what it creates (set by `applyScenario`). */
export const sourceOf = (op: { source?: SourceRef }): SourceRef =>
  op.source ?? { source: USER_SOURCE_ID as SourceRef['source'], confidence: 'illustrative' };

export const isFootprint = (fp: unknown): fp is Footprint => fp === 'all' || Array.isArray(fp);
