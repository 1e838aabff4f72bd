import { wholeGeography } from '../i18n/whole-geography';
import type { GraphLabels } from '../core/io/svg/graph-labels';
import { GRAPH_MARKS } from '../core/io/svg/graph-style';
import { groupDigits } from '../core/io/svg/xml';
import { byScore, findDuplications, SIGNALS } from '../core/analysis/duplication';
import { figureNameIn, showsUnofficialNames, UNOFFICIAL_MARK } from '../core/model/display-name';
import { citedDocuments } from '../core/model/cited-documents';
import type { BoardId, Landscape } from '../core/model/types';
import { LEVELS, RELATION_TYPES, STATUSES } from '../core/model/vocabulary';
import { translate, type Language, type MessageKey } from '../i18n/catalogue';
import { CATALOGUES } from '../i18n/catalogues';

/**
 * The words of the exported figures, read from the message catalogues. The app and the
 * `tirwedd export-svg` command both take them from here, so the same data in the same language
 * gives the same SVG. Plain TypeScript (no Svelte, no DOM): the CLI imports it under Node.
 */

export type FigureGraphLabels = Omit<GraphLabels, 'description'> & { baseline: string };

/** A message from the catalogue of `lang`, with its placeholders filled. */
export const lookup =
  (lang: Language) =>
  (key: string, params?: Record<string, string | number>): string =>
    translate(CATALOGUES[lang], key as MessageKey, params);

/** The graph figure's legend, caption and board words in `lang`. */
export function graphLabels(
  lang: Language,
  landscape: Pick<Landscape, 'areas'>,
): FigureGraphLabels {
  const t = lookup(lang);
  const table = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}`)])) as Record<K, string>;
  return {
    regionsHeading: t('legend.title'),
    across: t(wholeGeography(landscape, 'across')),
    relationsHeading: t('figure.relationsHeading'),
    relations: table(RELATION_TYPES, 'relation'),
    marksHeading: t('figure.marksHeading'),
    marks: table(GRAPH_MARKS, 'figure.mark'),
    evidence: {
      heading: t('trust.legendTitle'),
      board: t('trust.illustrativeBoard'),
      members: t('trust.membersIllustrative'),
      boardLegend: t('trust.figureIllustrative'),
      membersLegend: t('trust.figureMembersIllustrative'),
    },
    levels: table(LEVELS, 'level'),
    statuses: table(STATUSES, 'status'),
    asAt: t('figure.asAt'),
    source: t('figure.source'),
    scenario: t('figure.scenario'),
    empty: t('figure.empty'),
    baseline: t('figure.baseline'),
  };
}

/** The graph's accessible description: how many boards and relations it draws, of what. */
export function graphDescription(
  lang: Language,
  landscape: Landscape,
  boards?: readonly BoardId[],
): string {
  const wanted = boards ? new Set<string>(boards) : undefined;
  const drawn = new Set<string>(
    landscape.boards.filter((b) => !wanted || wanted.has(b.id)).map((b) => b.id),
  );
  const relations = landscape.relations.filter((r) => drawn.has(r.from) && drawn.has(r.to));
  const t = lookup(lang);
  const counts = t('figure.description', {
    boards: drawn.size,
    relations: relations.length,
    title: landscape.title,
    asAt: landscape.asAt,
  });
  // The review's complaint, named for a reader who cannot see the drawing.
  const name = (id: BoardId) => {
    const b = landscape.boards.find((x) => x.id === id)!;
    return figureNameIn(b, lang);
  };
  const top = findDuplications(landscape, { minScore: 0.5, signals: SIGNALS, ignore: [] })
    .pairs.filter((d) => drawn.has(d.a) && drawn.has(d.b))
    .sort(byScore)
    .slice(0, 3)
    .map((d) => t('figures.pair', { a: name(d.a), b: name(d.b) }));
  return top.length
    ? `${counts} ${t('figures.topDuplications', { pairs: top.join('; ') })}`
    : counts;
}

/**
 * The source line every figure carries: the data and the document it cites most (with how many
 * others), its as-at date, the scenario shown.
 */
export function figureCaption(
  lang: Language,
  landscape: Landscape,
  scenarioName?: string,
  boundaries = false,
): string {
  const t = lookup(lang);
  const [main, ...others] = citedDocuments(landscape);
  return [
    `${t('figure.source')}: ${
      main
        ? t('figure.sourceFrom', {
            title: landscape.title,
            document: main.title,
            more: others.length,
          })
        : landscape.title
    }`,
    `${t('figure.asAt')} ${landscape.asAt}`,
    scenarioName !== undefined ? `${t('figure.scenario')}: ${scenarioName}` : undefined,
    boundaries ? t('figures.attribution') : undefined,
    showsUnofficialNames(
      [...landscape.boards, ...landscape.regionSystems.flatMap((s) => s.regions)],
      lang,
    )
      ? `${UNOFFICIAL_MARK} ${t('trust.unofficialTranslation')}`
      : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A signed whole number as a figure states a change: "+12", "−43" (a true minus), "0". */
export function signed(n: number): string {
  const grouped = groupDigits(n);
  return Math.round(n) > 0 ? `+${grouped}` : grouped;
}
