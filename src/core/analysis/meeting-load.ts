import { containingRegionIn } from '../geography/footprint';
import type { BoardId, Landscape, OrganisationId } from '../model/types';
import { LEVELS, type Level } from '../model/vocabulary';
import { meetingPattern, meets, type MeetingPattern } from './meeting-pattern';

export interface Load {
  boards: number;
  seats: number;
  /** Meetings × hours × seats, summed. */
  seatHours: number;
  /** True when any figure behind the total is a default. */
  estimated: boolean;
}

export interface OrganisationLoad extends Load {
  organisation: OrganisationId;
}

export interface MeetingLoad {
  byOrganisation: OrganisationLoad[];
  byBoard: Map<BoardId, Load & { members: number }>;
  /** Boards by the police region their footprint lies in; `across` for all-Wales and cross-boundary boards. */
  byRegion: Record<string, Load>;
  byLevel: Record<Level, Load>;
  total: Load & { memberships: number };
}

const empty = (): Load => ({ boards: 0, seats: 0, seatHours: 0, estimated: false });

function add(into: Load, seats: number, seatHours: number, estimated: boolean): void {
  into.seats += seats;
  into.seatHours += seatHours;
  into.estimated ||= estimated;
}

/**
 * Who spends how long in partnership meetings. Counts boards that meet (active or shadow):
 * per organisation the boards it sits on, its seats and seat-hours a year; per board, region
 * (police) and level the same totals. Organisations sitting on no meeting board are listed with
 * zeros, so a table of all organisations stays complete.
 */
export function meetingLoad(landscape: Landscape, system = 'police'): MeetingLoad {
  // Every running total has the one shape `empty()` gives, so adding to any of them is quick;
  // the fields only some of them carry are put on at the end.
  const byOrg = new Map(landscape.organisations.map((o) => [o.id, empty()]));
  const regions =
    landscape.regionSystems.find((s) => s.id === system)?.regions.map((r) => r.name) ?? [];
  const byRegion: Record<string, Load> = Object.fromEntries(
    [...regions, 'across'].map((r) => [r, empty()]),
  );
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, empty()])) as Record<Level, Load>;
  const total = empty();
  let memberships = 0;
  const containing = containingRegionIn(landscape, system);
  const boards = new Map<
    BoardId,
    { pattern: MeetingPattern; load: Load; members: number; region: Load; level: Load }
  >();

  for (const board of landscape.boards) {
    if (!meets(board)) continue;
    const pattern = meetingPattern(board);
    const load = empty();
    load.boards = 1;
    load.estimated = pattern.estimated;
    const name = containing(board.footprint) ?? 'across';
    const region = (byRegion[name] ??= empty());
    region.boards += 1;
    const level = byLevel[board.level];
    level.boards += 1;
    total.boards += 1;
    boards.set(board.id, { pattern, load, members: 0, region, level });
  }
  for (const m of landscape.memberships) {
    const on = boards.get(m.board);
    const org = byOrg.get(m.organisation);
    if (!on || !org) continue;
    const { hoursPerSeat, estimated } = on.pattern;
    const hours = hoursPerSeat * m.seats;
    // An organisation holds one membership per board, so each is another board.
    org.boards += 1;
    add(org, m.seats, hours, estimated);
    on.members += 1;
    add(on.load, m.seats, hours, estimated);
    add(on.region, m.seats, hours, estimated);
    add(on.level, m.seats, hours, estimated);
    add(total, m.seats, hours, estimated);
    memberships += 1;
  }
  const byOrganisation: OrganisationLoad[] = [...byOrg]
    .map(([organisation, load]) => ({ organisation, ...load }))
    .sort((a, b) => b.seatHours - a.seatHours || a.organisation.localeCompare(b.organisation));
  const byBoard = new Map(
    [...boards].map(([id, b]) => [id, { ...b.load, members: b.members }] as const),
  );
  return { byOrganisation, byBoard, byRegion, byLevel, total: { ...total, memberships } };
}

/**
 * The boards that meet on which an organisation has a seat, in the landscape's order: what its
 * load counts. Worked out when asked (an organisation picked), so the load itself stays small
 * to send from the worker after every edit.
 */
export function meetingBoardsOf(landscape: Landscape, organisation: OrganisationId): BoardId[] {
  const seated = new Set<BoardId>();
  for (const m of landscape.memberships) if (m.organisation === organisation) seated.add(m.board);
  return landscape.boards.filter((b) => seated.has(b.id) && meets(b)).map((b) => b.id);
}
