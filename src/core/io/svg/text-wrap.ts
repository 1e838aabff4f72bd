/** Average advance of a character in a sans-serif face, as a share of the font size. */
export const CHAR_WIDTH_EM = 0.56;

/**
 * Breaks a label into at most `maxLines` lines of about `maxChars` characters, at spaces only
 * (so "Pen-y-bont" stays whole). Words run together onto the last line rather than being lost;
 * a single word longer than the line is kept whole, to be read even if it overhangs.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (
      last !== undefined &&
      (last.length + 1 + word.length <= maxChars || lines.length >= maxLines)
    )
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** How many characters fit in `width` at `fontSize`, by the average character width. */
export const charsThatFit = (width: number, fontSize: number): number =>
  Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH_EM)));
