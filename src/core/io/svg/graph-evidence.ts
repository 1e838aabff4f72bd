import { boardEvidence } from '../../model/evidence';
import type { Board, BoardId, Landscape } from '../../model/types';
import type { GraphLegendSection } from './graph-legend';
import { TEXT_COLOUR } from './graph-style';
import { textWidth } from './text-measure';
import { element, escapeXml, num } from './xml';

/** How a figure marks a board the sources do not support: the board itself, or all its members. */
export type EvidenceKind = 'board' | 'members';

/** The figure's words for evidence marks, in the reader's language. */
export interface EvidenceLabels {
  heading: string;
  /** The tag on an illustrative board. */
  board: string;
  /** The tag on a board whose members are all illustrative. */
  members: string;
  /** The legend's explanation of each mark. */
  boardLegend: string;
  membersLegend: string;
}

const DASH: Record<EvidenceKind, string> = { board: '4 3', members: '1.5 2' };

/** The box a mark is drawn on, and the size of its tag's text. */
export interface EvidenceBox {
  width: number;
  height: number;
  tag: number;
}

/** The evidence mark of each board drawn, where it has one. */
export function evidenceKinds(
  landscape: Landscape,
  boards: readonly Board[],
): Map<BoardId, EvidenceKind> {
  const all = boardEvidence(landscape);
  const kinds = new Map<BoardId, EvidenceKind>();
  for (const b of boards) {
    const e = all.get(b.id);
    if (e?.illustrative) kinds.set(b.id, 'board');
    else if (e?.membersAllIllustrative) kinds.set(b.id, 'members');
  }
  return kinds;
}

const tagWidth = (text: string, size: number) => Math.ceil(textWidth(text, size, 'bold')) + 10;

/** Height kept free at the foot of a board for its evidence tag, inside the board. */
export const evidenceTagRoom = (tagSize: number): number => tagSize + 7;

/**
 * A board's evidence mark, in the board's own coordinates: an illustrative board gets a dashed
 * outline round it, and both kinds a text tag on its lower edge, so the mark never rests on
 * colour alone.
 */
export function evidenceMark(
  kind: EvidenceKind | undefined,
  labels: EvidenceLabels,
  box: EvidenceBox,
): string {
  if (!kind) return '';
  const text = kind === 'board' ? labels.board : labels.members;
  const outline =
    kind === 'board'
      ? element('rect', {
          class: 'tw-illustrative',
          x: -4,
          y: -4,
          width: box.width + 8,
          height: box.height + 8,
          rx: 11,
          fill: 'none',
          stroke: TEXT_COLOUR,
          'stroke-width': 1.5,
          'stroke-dasharray': DASH.board,
        })
      : '';
  return outline + tag(text, kind, 8, box.height - evidenceTagRoom(box.tag), box.tag);
}

function tag(text: string, kind: EvidenceKind, x: number, y: number, size: number): string {
  return (
    element('rect', {
      x,
      y,
      width: tagWidth(text, size),
      height: size + 4,
      rx: 3,
      fill: '#ffffff',
      stroke: TEXT_COLOUR,
      'stroke-dasharray': DASH[kind],
    }) +
    element(
      'text',
      {
        class: 'tw-evidence',
        x: x + 5,
        y: num(y + size + 0.5),
        'font-size': num(size),
        'font-weight': 700,
        fill: TEXT_COLOUR,
      },
      escapeXml(text),
    )
  );
}

/** The legend section explaining the evidence marks the figure uses, if it uses any. */
export function evidenceLegend(
  kinds: ReadonlyMap<BoardId, EvidenceKind>,
  labels: EvidenceLabels,
): GraphLegendSection | undefined {
  const used = (['board', 'members'] as const).filter((k) => [...kinds.values()].includes(k));
  if (!used.length) return undefined;
  return {
    heading: labels.heading,
    rows: used.map((k) => ({
      swatch:
        k === 'board'
          ? element('rect', {
              x: 1,
              y: 1,
              width: 22,
              height: 12,
              rx: 3,
              fill: 'none',
              stroke: TEXT_COLOUR,
              'stroke-width': 1.5,
              'stroke-dasharray': DASH.board,
            })
          : element('rect', {
              x: 1,
              y: 2,
              width: 22,
              height: 10,
              rx: 3,
              fill: '#ffffff',
              stroke: TEXT_COLOUR,
              'stroke-dasharray': DASH.members,
            }),
      text: k === 'board' ? labels.boardLegend : labels.membersLegend,
    })),
  };
}
