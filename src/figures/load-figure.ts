/**
 * The meeting-load figure: who spends the most time in partnership meetings, as a bar chart of
 * seat-hours a year, with its words from the catalogues, its text alternative and the data
 * behind it. Plain TypeScript (no Svelte, no DOM), so the app and the command line agree.
 */
import {
  DEFAULT_HOURS_PER_MEETING,
  DEFAULT_MEETINGS_PER_YEAR,
} from '../core/analysis/meeting-pattern';
import { meetingLoad, type OrganisationLoad } from '../core/analysis/meeting-load';
import { renderLoadSvg, type LoadBar } from '../core/io/svg/load-svg';
import { groupDigits } from '../core/io/svg/xml';
import { figureNameIn, nameIn, UNOFFICIAL_MARK } from '../core/model/display-name';
import type { BoardId, Landscape, Organisation } from '../core/model/types';
import type { CountedFigureInput } from './counted-input';
import { writeCsv } from './figure-data';
import { figureCaption, lookup } from './figure-labels';

export type LoadFigureInput = CountedFigureInput;

/** The most organisations the figure shows. */
const MOST = 15;

/** The landscape with only `boards` and the seats on them, so the load counts nothing else. */
function restrict(landscape: Landscape, boards: ReadonlySet<BoardId> | undefined): Landscape {
  if (!boards) return landscape;
  return {
    ...landscape,
    boards: landscape.boards.filter((b) => boards.has(b.id)),
    memberships: landscape.memberships.filter((m) => boards.has(m.board)),
  };
}

const rounded = (n: number) => Math.round(n * 10) / 10;

/**
 * The meeting-load figure of `landscape` (or of its `boards`): the organisations with the most
 * seat-hours a year, largest first, under a headline naming the busiest. On a preset page as
 * many organisations as fit are shown, and the subtitle, text alternative and CSV say so.
 */
export function renderLoadFigure(input: LoadFigureInput): {
  svg: string;
  title: string;
  description: string;
  csv: string;
} {
  const { landscape, baseline, lang } = input;
  const t = lookup(lang);
  const load = meetingLoad(restrict(landscape, input.boards));
  const loaded = load.byOrganisation.filter((o) => o.seatHours > 0);
  const organisations = new Map(landscape.organisations.map((o) => [o.id, o]));
  const orgOf = (o: OrganisationLoad): Organisation => organisations.get(o.organisation)!;
  const where = input.where ?? landscape.title;
  const asAt = baseline.asAt;
  const defaults = { meetings: DEFAULT_MEETINGS_PER_YEAR, hours: DEFAULT_HOURS_PER_MEETING };

  const candidates = loaded.slice(0, MOST);
  const bars: LoadBar[] = candidates.map((o) => {
    const value = t('figures.load.value', {
      seatHours: Math.round(o.seatHours),
      hours: groupDigits(o.seatHours),
      boards: o.boards,
    });
    return {
      id: o.organisation,
      name: figureNameIn(orgOf(o), lang),
      value: o.seatHours,
      valueLabel: o.estimated ? t('figures.load.valueEstimated', { value }) : value,
      estimated: o.estimated,
    };
  });

  const first = loaded[0];
  const tied = first
    ? loaded.filter((o) => Math.round(o.seatHours) === Math.round(first.seatHours)).length
    : 0;
  const title = !first
    ? t('figures.load.headlineNone')
    : tied > 1
      ? t('figures.load.headlineTie', { count: tied, hours: groupDigits(first.seatHours) })
      : t('figures.load.headline', {
          name: figureNameIn(orgOf(first), lang),
          hours: groupDigits(first.seatHours),
        });

  const text = (shown: number) => {
    const count = loaded.length;
    const who =
      shown < count
        ? t('figures.load.whoSome', { shown, count })
        : t('figures.load.whoAll', { count });
    if (!count) return { subtitle: '', description: t('figures.load.none', { where, asAt }) };
    const drawn = bars.slice(0, shown);
    const items = drawn
      .slice(0, 3)
      .map((b) => t('figures.load.topItem', { name: b.name, hours: groupDigits(b.value) }))
      .join('; ');
    const estimates = drawn.filter((b) => b.estimated).length;
    const description = [
      t('figures.load.description', { where, asAt, who }),
      t('figures.load.top', { items }),
      t('figures.load.total', { count, hours: groupDigits(load.total.seatHours) }),
      estimates ? t('figures.load.descriptionEstimated', { count: estimates, ...defaults }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return { subtitle: t('figures.load.subtitle', { where, asAt, who }), description };
  };

  // Organisations' Welsh names are not covered by the caption's own note on unofficial ones.
  let caption = figureCaption(lang, baseline, input.scenarioName);
  const note = `${UNOFFICIAL_MARK} ${t('trust.unofficialTranslation')}`;
  const unofficial = candidates.some(
    (o) => figureNameIn(orgOf(o), lang) !== nameIn(orgOf(o), lang),
  );
  if (unofficial && !caption.includes(note)) caption = `${caption} · ${note}`;

  const { svg, shown } = renderLoadSvg(bars, {
    title,
    caption,
    text,
    axisTitle: t('figures.load.axis'),
    legend: {
      recorded: t('figures.load.legendRecorded'),
      estimated: t('figures.load.legendEstimated', defaults),
    },
    lang,
    most: MOST,
    preset: input.preset,
  });
  const csv = writeCsv(
    ['organisation', 'name', 'boards', 'seats', 'seat_hours', 'estimated'],
    candidates
      .slice(0, shown)
      .map((o) => [
        o.organisation,
        nameIn(orgOf(o), lang),
        o.boards,
        o.seats,
        rounded(o.seatHours),
        o.estimated ? 'yes' : '',
      ]),
  );
  return { svg, title, description: text(shown).description, csv };
}
