import { describe, expect, it } from 'vitest';
import type { BoardId } from '../../../src/core/model/types';
import { meetingByCell, type GridCell } from '../../../src/core/overview/overview-grid';
import { tileContext, tileDelta, tileFigures } from '../../../src/core/overview/tile-figures';
import { miniLandscape } from '../../fixtures/mini-landscape';

const cell = (level: GridCell['level'], boards: string[]): GridCell => ({
  level,
  column: 'North',
  boards: boards as BoardId[],
  rect: { x: 0, y: 0, width: 100, height: 100 },
});
const id = (s: string) => s as BoardId;

describe('the figures on a summary tile', () => {
  const landscape = miniLandscape();
  // North SVOC meets 6 times a year for 3 hours; North CONTEST keeps the defaults (4 × 2).
  landscape.boards[1] = { ...landscape.boards[1]!, meetingsPerYear: 6, hoursPerMeeting: 3 };
  const links = [
    { a: id('north-svoc'), b: id('north-contest'), score: 0.8 },
    { a: id('north-svoc'), b: id('csp-aman'), score: 0.55 },
    { a: id('national'), b: id('csp-aman'), score: 0.6 },
  ];
  const context = tileContext(landscape, links);

  it('counts boards, seats and seat-hours a year, and says when a pattern is a default', () => {
    const figures = tileFigures(cell('regional', ['north-svoc', 'north-contest']), context);
    expect(figures.boards).toBe(2);
    expect(figures.seats).toBe(3 + 1);
    expect(figures.seatHours).toBe(3 * 6 * 3 + 1 * 4 * 2);
    expect(figures.estimated).toBe(true);
    expect(figures.largest.map((b) => b.id)).toEqual(['north-svoc', 'north-contest']);
  });

  it('leaves boards that do not meet out of the seat-hours', () => {
    const stopped = {
      ...landscape,
      boards: landscape.boards.map((b) =>
        b.id === 'north-svoc' ? { ...b, status: 'retired' as const } : b,
      ),
    };
    const figures = tileFigures(cell('regional', ['north-svoc']), tileContext(stopped, links));
    expect(figures.seats).toBe(3);
    expect(figures.seatHours).toBe(0);
  });

  it('counts a duplication inside the cell once, one reaching out of it too, with the worst score', () => {
    const regional = tileFigures(cell('regional', ['north-svoc', 'north-contest']), context);
    expect(regional.duplications).toBe(2);
    expect(regional.worst).toBe(0.8);
    const local = tileFigures(cell('local', ['csp-aman']), context);
    expect(local.duplications).toBe(2);
    expect(local.worst).toBe(0.6);
  });

  it('gives an empty cell zeros, not errors', () => {
    expect(tileFigures(cell('sub-regional', []), context)).toEqual({
      boards: 0,
      seats: 0,
      seatHours: 0,
      estimated: false,
      duplications: 0,
      worst: 0,
      largest: [],
    });
  });

  it("says a scenario's change in boards that meet, against today", () => {
    const today = meetingByCell(landscape, 'police');
    const merged = {
      ...landscape,
      boards: landscape.boards.map((b) =>
        b.id === 'north-contest' ? { ...b, status: 'retired' as const } : b,
      ),
    };
    const scenario = meetingByCell(merged, 'police');
    const regional = [...today.keys()].find((k) => k.startsWith('regional'))!;
    const [, column] = regional.split('\u0000');
    const target = { ...cell('regional', ['north-svoc', 'north-contest']), column: column! };
    expect(tileDelta(target, today, scenario)).toBe(-1);
    expect(tileDelta(target, today, today)).toBe(0);
  });
});
