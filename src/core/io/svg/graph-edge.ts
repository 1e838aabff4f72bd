import type { Position } from '../../workspace/types';
import { num } from './xml';

/**
 * The path of a relation between two boards (top-left corners, boards `w`×`h`): a vertical
 * S-curve from the bottom of the upper board to the top of the lower one, or a horizontal one
 * between facing sides when the boards share a row, as the app's Svelte Flow edges look.
 */
export function edgePath(from: Position, to: Position, w: number, h: number): string {
  const fx = from.x + w / 2;
  const tx = to.x + w / 2;
  if (to.y >= from.y + h || to.y + h <= from.y) {
    const down = to.y > from.y;
    const y1 = down ? from.y + h : from.y;
    const y2 = down ? to.y : to.y + h;
    const bend = Math.max(24, Math.abs(y2 - y1) / 2) * (down ? 1 : -1);
    return `M${num(fx)} ${num(y1)}C${num(fx)} ${num(y1 + bend)} ${num(tx)} ${num(y2 - bend)} ${num(tx)} ${num(y2)}`;
  }
  const right = to.x > from.x;
  const x1 = right ? from.x + w : from.x;
  const x2 = right ? to.x : to.x + w;
  const y1 = from.y + h / 2;
  const y2 = to.y + h / 2;
  const bend = Math.max(24, Math.abs(x2 - x1) / 2) * (right ? 1 : -1);
  return `M${num(x1)} ${num(y1)}C${num(x1 + bend)} ${num(y1)} ${num(x2 - bend)} ${num(y2)} ${num(x2)} ${num(y2)}`;
}
