import { containingRegion } from '../geography/footprint';
import type { BoardId, Landscape, OrganisationId } from '../model/types';
import { LEVELS, type Level } from '../model/vocabulary';
import { meetingPattern, meets } from './meeting-pattern';

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
  boardIds: BoardId[];
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
  const boards = new Map(landscape.boards.filter(meets).map((b) => [b.id, b]));
  const byBoard = new Map<BoardId, Load & { members: number }>();
  const byOrg = new Map<OrganisationId, OrganisationLoad>(
    landscape.organisations.map((o) => [o.id, { organisation: o.id, boardIds: [], ...empty() }]),
  );
  const regions =
    landscape.regionSystems.find((s) => s.id === system)?.regions.map((r) => r.name) ?? [];
  const byRegion: Record<string, Load> = Object.fromEntries(
    [...regions, 'across'].map((r) => [r, empty()]),
  );
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, empty()])) as Record<Level, Load>;
  const total = { ...empty(), memberships: 0 };
  const regionOf = new Map<BoardId, string>();

  for (const board of boards.values()) {
    const pattern = meetingPattern(board);
    byBoard.set(board.id, { ...empty(), boards: 1, members: 0, estimated: pattern.estimated });
    const region = containingRegion(landscape, board.footprint, system) ?? 'across';
    regionOf.set(board.id, region);
    byRegion[region] ??= empty();
    byRegion[region].boards += 1;
    byLevel[board.level].boards += 1;
    total.boards += 1;
  }
  for (const m of landscape.memberships) {
    const board = boards.get(m.board);
    const org = byOrg.get(m.organisation);
    if (!board || !org) continue;
    const pattern = meetingPattern(board);
    const hours = pattern.hoursPerSeat * m.seats;
    if (!org.boardIds.includes(board.id)) {
      org.boardIds.push(board.id);
      org.boards += 1;
    }
    add(org, m.seats, hours, pattern.estimated);
    const b = byBoard.get(board.id)!;
    b.members += 1;
    add(b, m.seats, hours, pattern.estimated);
    add(byRegion[regionOf.get(board.id)!]!, m.seats, hours, pattern.estimated);
    add(byLevel[board.level], m.seats, hours, pattern.estimated);
    add(total, m.seats, hours, pattern.estimated);
    total.memberships += 1;
  }
  const byOrganisation = [...byOrg.values()].sort(
    (a, b) => b.seatHours - a.seatHours || a.organisation.localeCompare(b.organisation),
  );
  return { byOrganisation, byBoard, byRegion, byLevel, total };
}
