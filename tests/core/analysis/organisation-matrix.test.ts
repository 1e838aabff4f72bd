import { describe, expect, it } from 'vitest';
import { organisationMatrix } from '../../../src/core/analysis/organisation-matrix';
import type { BoardId } from '../../../src/core/model/types';
import { miniLandscape } from '../../fixtures/mini-landscape';

describe('who sits on what', () => {
  // Defaults: 4 meetings of 2 hours a year, so 8 seat-hours a seat.
  const landscape = miniLandscape();

  it('gives each organisation its seat-hours on each board, heaviest load first', () => {
    const m = organisationMatrix(landscape, 'boards');
    expect(m.rows.map((r) => [r.organisation, r.total])).toEqual([
      ['council-a', 24],
      ['police-north', 16],
    ]);
    expect(m.columns.map((c) => c.board)).toEqual(['north-svoc', 'csp-aman', 'north-contest']);
    expect(m.rows[0]!.cells).toEqual([16, 8, 0]);
    expect(m.max).toBe(16);
  });

  it('sets organisations against themes, a board counting under each of its themes', () => {
    const m = organisationMatrix(landscape, 'themes');
    expect(m.columns.map((c) => c.theme)).toEqual(
      expect.arrayContaining(['serious-violence', 'counter-terrorism', 'community-safety']),
    );
    const police = m.rows.find((r) => r.organisation === 'police-north')!;
    const at = (theme: string) => police.cells[m.columns.findIndex((c) => c.theme === theme)];
    expect(at('serious-violence')).toBe(8);
    expect(at('counter-terrorism')).toBe(8);
  });

  it('keeps to the boards in view, and cuts to the heaviest rows and columns', () => {
    const inView = organisationMatrix(landscape, 'boards', {
      visible: new Set(['csp-aman' as BoardId]),
    });
    expect(inView.rows.map((r) => r.organisation)).toEqual(['council-a']);
    const cut = organisationMatrix(landscape, 'boards', { rows: 1, columns: 1 });
    expect(cut.rows).toHaveLength(1);
    expect(cut.columns).toHaveLength(1);
    expect([cut.allRows, cut.allColumns]).toEqual([2, 3]);
  });

  it('leaves out boards that no longer meet', () => {
    const stopped = {
      ...landscape,
      boards: landscape.boards.map((b) =>
        b.id === 'north-svoc' ? { ...b, status: 'retired' as const } : b,
      ),
    };
    const m = organisationMatrix(stopped, 'boards');
    expect(m.columns.map((c) => c.board)).not.toContain('north-svoc');
  });
});
