import { areaName } from '../core/io/svg/map-svg';
import { figureNameIn } from '../core/model/display-name';
import type { Board } from '../core/model/types';
import { lookup } from './figure-labels';
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
  const counted = f.visible
    ? { ...landscape, boards: landscape.boards.filter((b) => f.visible!.has(b.id)) }
    : landscape;
  const values = measureValues(counted, f.measure);
  if (values && values.size) {
    const max = Math.max(...values.values());
    const top = landscape.areas.filter((a) => values.get(a.code) === max).map((a) => name(a.code));
    sentences.push(
      t('figures.map.measure', {
        measure: t(`map.measure.${f.measure}`).toLowerCase(),
        value: Math.round(max * 10) / 10,
        areas: top.join(', '),
      }),
    );
  }
  if (f.highlight?.areas.length)
    sentences.push(
      t('figures.map.lit', {
        legend: f.highlight.legend,
        areas: f.highlight.areas.map(name).join(', '),
      }),
    );
  return sentences.join(' ');
}
