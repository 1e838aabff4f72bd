import type { Duplication } from '../core/analysis/duplication';
import type { LocalDuplicate } from '../core/analysis/local-duplicates';
import type { Landscape } from '../core/model/types';
import type { MessageKey } from './catalogue';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The plain-language reasons for a duplication, one per signal that found something, built
 * from the signals themselves so that the words always match the score.
 */
export function duplicationReasons(d: Duplication, landscape: Landscape, t: Translate): string[] {
  const theme = (x: string) => t(`theme.${x}` as MessageKey);
  return d.reasons.map((signal) => {
    switch (signal) {
      case 'footprint':
        return d.footprint.equal
          ? t('reason.footprintEqual', { count: d.footprint.union })
          : t('reason.footprintOverlap', { shared: d.footprint.shared, union: d.footprint.union });
      case 'themes':
        // Shared and merely related themes are told apart: one is the same work, the other near it.
        return [
          d.themes.shared.length
            ? t('reason.themes', { themes: d.themes.shared.map(theme).join('; ') })
            : '',
          d.themes.related.length
            ? t('reason.relatedThemes', {
                themes: d.themes.related.map(([a, b]) => `${theme(a)} ↔ ${theme(b)}`).join('; '),
              })
            : '',
        ]
          .filter(Boolean)
          .join('; ');
      case 'membership': {
        const text = t('reason.membership', {
          shared: d.membership.shared.length,
          union: d.membership.union,
        });
        const assumed = illustrativeShared(d, landscape);
        if (!assumed) return text;
        return `${text} (${
          assumed === d.membership.shared.length
            ? t('reason.allIllustrative')
            : t('reason.someIllustrative', { count: assumed })
        })`;
      }
      case 'back-to-back': {
        const source = landscape.sources.find((s) => s.id === d.backToBack.source?.source);
        return source
          ? t('reason.backToBackSourced', { source: source.title })
          : t('reason.backToBack');
      }
    }
  });
}

/** How many of a pair's shared members rest on an illustrative membership of either board. */
function illustrativeShared(d: Duplication, landscape: Landscape): number {
  const shared = new Set<string>(d.membership.shared);
  const assumed = new Set<string>();
  for (const m of landscape.memberships)
    if ((m.board === d.a || m.board === d.b) && shared.has(m.organisation))
      if (m.source.confidence === 'illustrative') assumed.add(m.organisation);
  return assumed.size;
}

/** Why a local structure duplicates a regional board, in one sentence. */
export function localDuplicateReason(d: LocalDuplicate, t: Translate): string {
  return t('reason.local', {
    themes: d.themes.map((x) => t(`theme.${x}` as MessageKey)).join('; '),
    local: d.localAreas,
    regional: d.regionalAreas,
  });
}
