import { describe, expect, it } from 'vitest';
import { clipToWidth } from '../../../src/ui/graph/overview-paint';

/** A canvas that measures text as a monospaced font does, 7 px a character. */
const canvas = (font: string) =>
  ({
    font,
    measureText: (text: string) => ({ width: text.length * 7 }),
  }) as CanvasRenderingContext2D;

describe('board and tile text on the overview canvas', () => {
  it('cuts an extremely long name to the width with an ellipsis, never wider', () => {
    const ctx = canvas('600 12px sans-serif');
    const long = `${'Partnership '.repeat(30)}${'Y'.repeat(300)}`;
    for (const width of [200, 133, 40, 14]) {
      const cut = clipToWidth(ctx, long, width);
      expect(cut.endsWith('…')).toBe(true);
      expect(cut.length * 7).toBeLessThanOrEqual(width);
      // As much of the name as fits: one character more would not.
      expect((cut.length + 1) * 7).toBeGreaterThan(width);
      expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    }
  });

  it('leaves a name that fits as it is, and draws nothing where nothing fits', () => {
    const ctx = canvas('12px sans-serif');
    expect(clipToWidth(ctx, 'North Wales SVOC', 200)).toBe('North Wales SVOC');
    // Room for the ellipsis alone is no room: an ellipsis by itself says nothing.
    expect(clipToWidth(ctx, 'North Wales SVOC', 13)).toBe('');
    expect(clipToWidth(ctx, 'North Wales SVOC', 0)).toBe('');
    expect(clipToWidth(ctx, '', 100)).toBe('');
  });
});
