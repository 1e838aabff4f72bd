import { areaName } from '../core/io/svg/map-svg';
import { figureNameIn } from '../core/model/display-name';
import type { Board } from '../core/model/types';
import { lookup } from './figure-labels';
import { listInWords } from '../i18n/conjunction';
import { measureValues, type MapFigure } from './map-figure';
import type { FigureData } from './registry';
import { regionName } from './scope';

/** The map figure's headline: the footprint shown, or the areas, with region and scenario. */
export function mapTitle(
  data: FigureData,
  board: Board | undefined,
  regions: readonly string[] | undefined,
): string {
  const t = lookup(data.lang);
  const base = board
    ? t('map.titleBoard', { name: figureNameIn(board, data.lang) })
    : t('map.title');
  const parts = [base];
  if (regions?.length)
    parts.push(regions.map((r) => regionName(data.baseline, r, data.lang)).join(', '));
  if (data.scenario) parts.push(data.scenario.name);
  return parts.join(': ');
}

/**
 * The map's text alternative, for a reader who cannot see it: how many areas, what colours
 * them and where it is highest, and which areas light up.
 */
export function describeMap(
  data: FigureData,
  f: Pick<MapFigure, 'landscape' | 'measure' | 'highlight' | 'visible'>,
): string {
  const t = lookup(data.lang);
  const { landscape } = f;
  const name = (code: string) => {
    const area = landscape.areas.find((a) => a.code === code);
    return area ? areaName(area, data.lang) : code;
  };
  const sentences = [
    t('figures.map.description', {
      count: landscape.areas.length,
      title: landscape.title,
      asAt: landscape.asAt,
    }),
  ];
  const top = highestAreas(data, f);
  if (top)
    sentences.push(
      t('figures.map.measure', {
        measure: t(`map.measure.${f.measure}`).toLowerCase(),
        value: top.value,
        areas: top.areas.join(', '),
      }),
    );
  if (f.highlight?.areas.length)
    sentences.push(
      t('figures.map.lit', {
        legend: f.highlight.legend,
        areas: f.highlight.areas.map(name).join(', '),
      }),
    );
  return sentences.join(' ');
}

/** Where the map's measure is highest, named in the reader's language, and its value. */
export function highestAreas(
  data: FigureData,
  f: Pick<MapFigure, 'landscape' | 'measure' | 'visible'>,
): { areas: string[]; value: number } | undefined {
  const { landscape } = f;
  const counted = f.visible
    ? { ...landscape, boards: landscape.boards.filter((b) => f.visible!.has(b.id)) }
    : landscape;
  const values = measureValues(counted, f.measure);
  if (!values?.size) return undefined;
  const max = Math.max(...values.values());
  return {
    areas: landscape.areas
      .filter((a) => values.get(a.code) === max)
      .map((a) => areaName(a, data.lang)),
    value: Math.round(max * 10) / 10,
  };
}

/**
 * The map's headline, its main message: where the measure is highest. A map of one board's
 * footprint, or of no measure, is headed by what it shows.
 */
export function mapHeadline(
  data: FigureData,
  f: Pick<MapFigure, 'landscape' | 'measure' | 'visible'>,
  board: Board | undefined,
): string | undefined {
  const top = board ? undefined : highestAreas(data, f);
  if (!top) return undefined;
  return lookup(data.lang)(`figures.map.headline.${f.measure}`, {
    count: top.areas.length,
    areas: listInWords(top.areas, data.lang),
    value: top.value,
  });
}
