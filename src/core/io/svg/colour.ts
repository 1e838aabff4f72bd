/**
 * The sequential ramp for measures, light to dark: ColorBrewer YlGnBu (7 classes), chosen as
 * colour-blind safe, readable in greyscale print, and light enough at the low end to tell from
 * the no-data grey.
 */
export const SEQUENTIAL_RAMP = [
  '#ffffcc',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#0c2c84',
] as const;

export const DARK_TEXT = '#1b1b1b';
export const LIGHT_TEXT = '#ffffff';

/** `count` colours spread evenly over the ramp, light to dark (the middle one for a single class). */
export function rampColours(count: number): string[] {
  const last = SEQUENTIAL_RAMP.length - 1;
  if (count <= 1) return [SEQUENTIAL_RAMP[Math.floor(last / 2)]!];
  return Array.from(
    { length: count },
    (_, i) => SEQUENTIAL_RAMP[Math.round((i * last) / (count - 1))]!,
  );
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Dark or light label text, whichever contrasts more with the fill it sits on. */
export function labelColour(fill: string): string {
  return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** `hex` laid over white at `share` strength (0 white, 1 the colour), as `#rrggbb`. */
export function tint(hex: string, share: number): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 - (255 - c) * share)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
