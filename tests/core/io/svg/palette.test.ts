import { describe, expect, it } from 'vitest';
import { contrastRatio, labelColour, tint } from '../../../../src/core/io/svg/colour';
import {
  ACROSS_COLOUR,
  ANALYSIS_PALETTE,
  EDGE_STYLES,
  MARK_STYLES,
  REGION_COLOURS,
} from '../../../../src/core/io/svg/graph-style';
import { FADED_TINT } from '../../../../src/core/io/svg/graph-body';

const WHITE = '#ffffff';

describe('the figures’ palette', () => {
  it('is the Analysis Function’s categorical palette, in its published order', () => {
    expect(ANALYSIS_PALETTE).toEqual([
      '#12436D',
      '#28A197',
      '#801650',
      '#F46A25',
      '#3D3D3D',
      '#A285D1',
    ]);
    expect(
      [...REGION_COLOURS, ACROSS_COLOUR].every((c) => ANALYSIS_PALETTE.includes(c as never)),
    ).toBe(true);
  });

  it('contrasts at least 3:1 with the white background and with the colour next to it', () => {
    for (const c of ANALYSIS_PALETTE) expect(contrastRatio(c, WHITE), c).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ANALYSIS_PALETTE.length; i++) {
      const [a, b] = [ANALYSIS_PALETTE[i - 1]!, ANALYSIS_PALETTE[i]!];
      expect(contrastRatio(a, b), `${a} beside ${b}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('sets board names at least 4.5:1 on every fill, faded or not', () => {
    for (const fill of [...REGION_COLOURS, ACROSS_COLOUR])
      for (const shown of [fill, tint(fill, FADED_TINT)])
        expect(contrastRatio(labelColour(shown), shown), shown).toBeGreaterThanOrEqual(4.5);
  });

  it('draws relations and change badges at least 3:1 against white', () => {
    for (const [type, s] of Object.entries(EDGE_STYLES))
      expect(contrastRatio(s.stroke, WHITE), type).toBeGreaterThanOrEqual(3);
    for (const [mark, s] of Object.entries(MARK_STYLES)) {
      expect(contrastRatio(s.fill, WHITE), mark).toBeGreaterThanOrEqual(3);
      expect(s.symbol, mark).not.toBe(''); // a symbol as well as a colour
    }
  });
});
