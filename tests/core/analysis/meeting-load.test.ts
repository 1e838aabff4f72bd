import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOURS_PER_MEETING,
  DEFAULT_MEETINGS_PER_YEAR,
  meetingPattern,
} from '../../../src/core/analysis/meeting-pattern';
import { meetingBoardsOf, meetingLoad } from '../../../src/core/analysis/meeting-load';
import { miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

describe('meeting load', () => {
  it("uses a board's own pattern, and the stated default marked estimated where it has none", () => {
    const [b] = miniLandscape().boards;
    expect(meetingPattern({ ...b!, meetingsPerYear: 6, hoursPerMeeting: 3 })).toEqual({
      meetingsPerYear: 6,
      hoursPerMeeting: 3,
      hoursPerSeat: 18,
      estimated: false,
    });
    expect(meetingPattern(b!)).toMatchObject({
      hoursPerSeat: DEFAULT_MEETINGS_PER_YEAR * DEFAULT_HOURS_PER_MEETING,
      estimated: true,
    });
  });

  it('adds meetings × hours × seats per organisation, board, region and level', () => {
    const l = miniLandscape();
    l.boards[1] = { ...l.boards[1]!, meetingsPerYear: 10, hoursPerMeeting: 2 }; // north-svoc: 20 h a seat
    const load = meetingLoad(l);
    const council = load.byOrganisation.find((o) => o.organisation === 'council-a')!;
    // 2 seats on north-svoc (40 h) + 1 seat on csp-aman (default 8 h)
    expect(council).toMatchObject({
      boards: 2,
      seats: 3,
      seatHours: 48,
      estimated: true,
    });
    expect(meetingBoardsOf(l, 'council-a' as never)).toEqual(['north-svoc', 'csp-aman']);
    expect(load.byBoard.get('north-svoc' as never)).toMatchObject({
      members: 2,
      seats: 3,
      seatHours: 60,
      estimated: false,
    });
    expect(load.byRegion.North).toMatchObject({ boards: 3, seats: 5, seatHours: 60 + 8 + 8 });
    expect(load.byLevel.local).toMatchObject({ boards: 1, seats: 1, seatHours: 8 });
    expect(load.total).toMatchObject({ boards: 4, memberships: 4, seats: 5, seatHours: 76 });
  });

  it('counts only boards that meet', () => {
    const l = miniLandscape();
    l.boards[1] = { ...l.boards[1]!, status: 'retired' };
    expect(
      meetingLoad(l).byOrganisation.find((o) => o.organisation === 'police-north'),
    ).toMatchObject({ boards: 1, seats: 1 });
  });

  it('lists organisations by hours, most first, including those on no board', () => {
    const load = meetingLoad(miniLandscape());
    expect(load.byOrganisation.map((o) => o.organisation)).toEqual([
      'council-a',
      'police-north',
      'health-board',
    ]);
    expect(load.byOrganisation.at(-1)).toMatchObject({ boards: 0, seatHours: 0 });
  });

  it('puts Dyfed-Powys Police on many seed boards', () => {
    const dpp = meetingLoad(seedLandscape()).byOrganisation.find(
      (o) => o.organisation === 'dyfed-powys-police',
    )!;
    expect(dpp.boards).toBeGreaterThan(10);
    expect(dpp.seatHours).toBeGreaterThan(dpp.boards);
  });
});
