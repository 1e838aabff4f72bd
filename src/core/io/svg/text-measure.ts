import { BOLD, CODES, REGULAR } from './font-metrics';

export type Weight = 'regular' | 'bold';

/** A character the table does not hold is taken as wide as an em, so it is never underestimated. */
const UNKNOWN = 1000;

function table(csv: string): Map<number, number> {
  const widths = csv.split(',').map(Number);
  const map = new Map<number, number>();
  let i = 0;
  for (const [from, to] of CODES) for (let c = from; c <= to; c++) map.set(c, widths[i++]!);
  return map;
}

const TABLES: Record<Weight, Map<number, number>> = {
  regular: table(REGULAR),
  bold: table(BOLD),
};

/**
 * The width of `text` set in the figures' declared face (DejaVu Sans) at `size`, from its
 * advance widths: no browser needed, so the app, the command line and the tests agree on it.
 * Kerning is left out; it only narrows text.
 */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const widths = TABLES[weight];
  let total = 0;
  for (const ch of text) total += widths.get(ch.codePointAt(0)!) ?? UNKNOWN;
  return (total * size) / 1000;
}

/**
 * Breaks `text` at spaces into lines no wider than `width` at `size`. A single word wider than
 * the line keeps a line of its own (it is never cut); the caller sets the text smaller.
 */
export function wrapToWidth(
  text: string,
  width: number,
  size: number,
  weight: Weight = 'regular',
): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size, weight) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface FittedLabel {
  lines: string[];
  size: number;
}

export interface LabelBox {
  width: number;
  height: number;
  /** The size to start from and the floor it may shrink to. */
  size: number;
  minSize: number;
  maxLines: number;
  /** Line spacing as a share of the size. */
  leading?: number;
  weight?: Weight;
}

/**
 * A whole label fitted in a box: wrapped onto up to `maxLines` lines at `size`, then set smaller
 * a half point at a time down to `minSize`. Never shortened: if it still does not fit at the
 * floor, it takes the lines it needs at the floor.
 */
export function fitLabel(text: string, box: LabelBox): FittedLabel {
  const weight = box.weight ?? 'regular';
  const leading = box.leading ?? 1.2;
  const fits = (lines: string[], size: number) =>
    lines.length <= box.maxLines &&
    lines.length * size * leading <= box.height &&
    lines.every((l) => textWidth(l, size, weight) <= box.width);
  for (let size = box.size; size >= box.minSize; size -= 0.5) {
    const lines = wrapToWidth(text, box.width, size, weight);
    if (fits(lines, size)) return { lines, size };
  }
  return { lines: wrapToWidth(text, box.width, box.minSize, weight), size: box.minSize };
}
