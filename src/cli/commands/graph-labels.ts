import type { GraphLabels } from '../../core/io/svg/graph-labels';
import type { MapLabels } from '../../core/io/svg/map-svg';
import { LEVELS, RELATION_TYPES, STATUSES } from '../../core/model/vocabulary';
import { CATALOGUES, translate, type MessageKey } from '../../i18n/catalogue';

/**
 * Figure words the catalogues do not hold yet (legend headings, caption words), in both
 * languages. They belong in `src/i18n/*.json`; kept here until those keys are added.
 */
const EXTRA = {
  en: {
    relationsHeading: 'Relations',
    marksHeading: 'Scenario changes',
    marks: { new: 'new board', merged: 'merged', retired: 'retired', changed: 'changed' },
    asAt: 'As at',
    source: 'Source',
    scenario: 'Scenario',
    empty: 'No boards to show.',
    baseline: 'Baseline',
  },
  cy: {
    relationsHeading: 'Perthnasoedd',
    marksHeading: 'Newidiadau’r senario',
    marks: {
      new: 'bwrdd newydd',
      merged: 'wedi uno',
      retired: 'wedi dod i ben',
      changed: 'wedi newid',
    },
    asAt: 'Fel ar',
    source: 'Ffynhonnell',
    scenario: 'Senario',
    empty: 'Dim byrddau i’w dangos.',
    baseline: 'Llinell sylfaen',
  },
} as const;

/** The graph figure's words from the app's catalogues, in `lang`. */
export function graphLabels(
  lang: 'en' | 'cy',
): Omit<GraphLabels, 'description'> & { baseline: string } {
  const t = (key: string) => translate(CATALOGUES[lang], key as MessageKey);
  const extra = EXTRA[lang];
  return {
    ...extra,
    marks: { ...extra.marks },
    regionsHeading: t('legend.title'),
    across: t('legend.across'),
    relations: Object.fromEntries(
      RELATION_TYPES.map((r) => [r, t(`relation.${r}`)]),
    ) as GraphLabels['relations'],
    levels: Object.fromEntries(LEVELS.map((l) => [l, t(`level.${l}`)])) as GraphLabels['levels'],
    statuses: Object.fromEntries(
      STATUSES.map((s) => [s, t(`status.${s}`)]),
    ) as GraphLabels['statuses'],
  };
}

/** The map figure's words. */
export function mapLabels(title: string, lang: 'en' | 'cy'): MapLabels {
  return {
    title,
    description:
      lang === 'cy'
        ? `Map teils o ardaloedd awdurdodau lleol: ${title}`
        : `Tile map of the local authority areas: ${title}`,
    highlight: lang === 'cy' ? 'Yn y rhanbarth' : 'In the region',
  };
}
