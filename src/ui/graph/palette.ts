/**
 * Colours for police-force regions, from the Okabe–Ito set so they stay distinct for readers
 * with colour-vision deficiencies. Each is at least 4.5:1 against white where used as text.
 */
const REGION_COLOURS = ['#0b6aa8', '#007a5a', '#b84a00', '#a3467f', '#6b5a00', '#5b4fa8'];
export const ACROSS_COLOUR = '#5c5c5c';

export function regionColour(regions: readonly string[], region: string | undefined): string {
  if (region === undefined) return ACROSS_COLOUR;
  const i = regions.indexOf(region);
  return i < 0 ? ACROSS_COLOUR : REGION_COLOURS[i % REGION_COLOURS.length]!;
}
