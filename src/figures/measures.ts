export const MEASURES = ['none', 'boards', 'footprints', 'hours'] as const;
/** What colours the map's areas, on screen and in a figure. */
export type Measure = (typeof MEASURES)[number];
