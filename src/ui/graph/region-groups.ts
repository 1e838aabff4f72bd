import type { Node } from '@xyflow/svelte';
import type { BoardId } from '../../core/model/types';
import type { Position } from '../../core/workspace/types';
import { NODE_HEIGHT, NODE_WIDTH } from '../../core/layout/band-layout';

export interface RegionGroupData extends Record<string, unknown> {
  region: string;
  label: string;
  count: number;
  colour: string;
}

export type RegionGroupNode = Node<RegionGroupData, 'region'>;

export const GROUP_PREFIX = 'region:';

/**
 * One summary node per collapsed region, standing where the region's boards begin (the top
 * left of their box), in place of the boards it holds.
 */
export function regionGroupNodes(
  collapsed: ReadonlySet<string>,
  members: ReadonlyMap<string, readonly BoardId[]>,
  positionOf: (id: BoardId) => Position | undefined,
  describe: (region: string, count: number) => { label: string; colour: string },
): RegionGroupNode[] {
  return [...collapsed].flatMap((region) => {
    const ids = members.get(region) ?? [];
    const places = ids.map(positionOf).filter((p): p is Position => p !== undefined);
    if (!places.length) return [];
    const { label, colour } = describe(region, ids.length);
    return [
      {
        id: `${GROUP_PREFIX}${region}`,
        type: 'region' as const,
        position: {
          x: Math.min(...places.map((p) => p.x)),
          y: Math.min(...places.map((p) => p.y)),
        },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        draggable: false,
        ariaLabel: label,
        data: { region, label, count: ids.length, colour },
      },
    ];
  });
}
