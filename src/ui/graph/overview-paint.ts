import { visibleRuns, type Cubic } from '../../core/overview/curve-pieces';
import { duplicationCurve } from '../../core/overview/duplication-curve';
import type { Rect } from '../../core/overview/spatial-index';
import { EDGE_INK, EDGE_MUTED, EDGE_STYLES, MARK_STYLES } from '../../core/io/svg/graph-style';
import {
  worldView,
  type Camera,
  type Scene,
  type SceneBoard,
  type SceneLink,
  type SceneTile,
} from './overview-scene';

/** The theme's colours, read from the page's custom properties at each paint. */
export interface Ink {
  surface: string;
  text: string;
  muted: string;
  edge: string;
  edgeMuted: string;
}

export interface PaintTarget {
  ctx: CanvasRenderingContext2D;
  /** CSS pixels of the canvas, which reaches `margin` beyond the graph on every side. */
  width: number;
  height: number;
  margin: number;
  ratio: number;
}

/** Duplication links and counts are drawn in this red, shaded by score. */
export const DUPLICATION_INK = '#b3261e';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const themed = (stroke: string, ink: Ink) =>
  stroke === EDGE_INK ? ink.edge : stroke === EDGE_MUTED ? ink.edgeMuted : stroke;

/** Where a link leaves and enters its boards, and the curve between, in world coordinates. */
export function relationCurve(link: SceneLink): Cubic {
  const a = link.from.rect;
  const b = link.to.rect;
  const sx = a.x + a.width / 2;
  const sy = a.y + a.height;
  const tx = b.x + b.width / 2;
  const ty = b.y;
  const bend = Math.max(40, Math.abs(ty - sy) / 2);
  return [sx, sy, sx, sy + bend, tx, ty - bend, tx, ty];
}

/** Screen pixels a stretch of a long relation line is cut into, to draw only what shows. */
const PIECE_PX = 256;

/** The parts of a relation's curve in view, each run one unbroken stroke. */
function relationPath(ctx: CanvasRenderingContext2D, link: SceneLink, view: Rect, zoom: number) {
  for (const run of visibleRuns(relationCurve(link), view, PIECE_PX / zoom)) {
    ctx.moveTo(run[0]![0], run[0]![1]);
    for (const c of run) ctx.bezierCurveTo(c[2], c[3], c[4], c[5], c[6], c[7]);
  }
}

/**
 * Whether a link may cross the view: the box around its two boards, widened for the bow of its
 * curve. Worked out in place for every link of every painting (thousands at 5,000 boards):
 * keeping boxes between paintings cost more in allocation than the arithmetic.
 */
function linkMayShow(link: SceneLink, view: Rect): boolean {
  const a = link.from.rect;
  const b = link.to.rect;
  const x0 = Math.min(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  const x1 = Math.max(a.x + a.width, b.x + b.width);
  const y1 = Math.max(a.y + a.height, b.y + b.height);
  const pad = Math.max(x1 - x0, y1 - y0) * 0.3;
  return (
    x0 - pad <= view.x + view.width &&
    x1 + pad >= view.x &&
    y0 - pad <= view.y + view.height &&
    y1 + pad >= view.y
  );
}

/** Strokes in screen pixels whatever the zoom: thin, solid lines stay cheap to raster. */
function strokeLinks(
  ctx: CanvasRenderingContext2D,
  links: readonly SceneLink[],
  view: Rect,
  zoom: number,
  ink: Ink,
): void {
  for (const link of links) {
    if (!linkMayShow(link, view)) continue;
    ctx.beginPath();
    if (link.kind === 'duplication') {
      const [ax, ay, cx, cy, bx, by] = duplicationCurve(link.from.rect, link.to.rect);
      ctx.moveTo(ax, ay);
      ctx.quadraticCurveTo(cx, cy, bx, by);
      ctx.strokeStyle = DUPLICATION_INK;
      ctx.globalAlpha = (link.dimmed ? 0.15 : 1) * (0.35 + 0.65 * (link.score ?? 0));
      ctx.lineWidth = (link.strong ? 4 : 2) / zoom;
      ctx.setLineDash([]);
    } else {
      const style = EDGE_STYLES[link.kind];
      relationPath(ctx, link, view, zoom);
      ctx.strokeStyle = themed(style.stroke, ink);
      ctx.globalAlpha = link.dimmed ? 0.15 : 1;
      ctx.lineWidth = (link.strong ? 3.5 : Math.min(style.width, 1.5)) / zoom;
      ctx.setLineDash(style.dash ? style.dash.split(' ').map((d) => Number(d) / zoom) : []);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

function fillBoards(
  ctx: CanvasRenderingContext2D,
  boards: readonly SceneBoard[],
  zoom: number,
  ink: Ink,
): void {
  const labels = zoom * 12 >= 6;
  for (const b of boards) {
    const { x, y, width, height } = b.rect;
    const faded = b.mark === 'merged' || b.mark === 'retired';
    ctx.globalAlpha = b.dimmed ? 0.2 : faded ? 0.45 : 1;
    ctx.fillStyle = ink.surface;
    ctx.fillRect(x, y, width, height);
    if (b.mark === 'new') {
      ctx.strokeStyle = MARK_STYLES.new.fill;
      ctx.lineWidth = 3 / zoom;
      ctx.strokeRect(x - 4 / zoom, y - 4 / zoom, width + 8 / zoom, height + 8 / zoom);
    }
    ctx.fillStyle = b.colour;
    ctx.fillRect(x, y, 8, height);
    ctx.fillRect(x, y, width, 3);
    ctx.strokeStyle = b.selected ? ink.text : ink.muted;
    ctx.lineWidth = (b.selected ? 3 : 1) / zoom;
    ctx.setLineDash(b.illustrative ? [4 / zoom, 3 / zoom] : []);
    ctx.strokeRect(x, y, width, height);
    if (b.mark) {
      ctx.fillStyle = MARK_STYLES[b.mark].fill;
      ctx.fillRect(x + width - 18, y + 4, 14, 14);
    }
    if (labels) {
      ctx.fillStyle = ink.text;
      ctx.font = `600 13px ${FONT}`;
      ctx.fillText(clipToWidth(ctx, b.label, width - 20), x + 14, y + 24);
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/** Texts already cut, by font, width and text: the same labels are painted again and again. */
const clipped = new Map<string, string>();

/** The text cut to fit a width, with an ellipsis, rather than squeezed. */
export function clipToWidth(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  const key = `${ctx.font}|${width}|${text}`;
  let cut = clipped.get(key);
  if (cut === undefined) {
    if (clipped.size > 20_000) clipped.clear();
    clipped.set(key, (cut = cutToFit(ctx, text, width)));
  }
  return cut;
}

function cutToFit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (width <= 0) return '';
  if (ctx.measureText(text).width <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) low = mid;
    else high = mid - 1;
  }
  return low ? `${text.slice(0, low)}…` : '';
}

/** Text lines of each tile, in screen pixels so they read the same at every zoom. */
function fillTiles(
  target: PaintTarget,
  tiles: readonly SceneTile[],
  camera: Camera,
  ink: Ink,
): void {
  const { ctx, margin } = target;
  for (const tile of tiles) {
    const left = tile.rect.x * camera.zoom + camera.x + margin;
    const top = tile.rect.y * camera.zoom + camera.y + margin;
    const width = tile.rect.width * camera.zoom;
    const height = tile.rect.height * camera.zoom;
    if (left > target.width || top > target.height || left + width < 0 || top + height < 0)
      continue;
    ctx.globalAlpha = tile.dimmed ? 0.25 : 1;
    ctx.fillStyle = ink.surface;
    ctx.fillRect(left, top, width, height);
    ctx.fillStyle = tile.colour;
    ctx.fillRect(left, top, width, 4);
    ctx.strokeStyle = ink.muted;
    ctx.lineWidth = 1;
    ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    let y = top + 20;
    // A short tile says what matters most on one line: how many boards, how many duplications.
    const lines = height < 44 ? [tile.short] : tile.lines;
    for (const line of lines) {
      if (y > top + height - 4) break;
      ctx.font = `${line.bold ? 700 : 400} ${line.bold ? 14 : 12}px ${FONT}`;
      ctx.fillStyle =
        line.tone === 'duplication'
          ? DUPLICATION_INK
          : line.tone === 'gain'
            ? MARK_STYLES.new.fill
            : line.tone === 'loss'
              ? MARK_STYLES.retired.fill
              : line.bold
                ? ink.text
                : ink.muted;
      ctx.fillText(clipToWidth(ctx, line.text, width - 16), left + 8, y);
      y += line.bold ? 19 : 16;
    }
    ctx.restore();
  }
  ctx.globalAlpha = 1;
}

/**
 * Paints the overview once for a camera: tiles when zoomed out, otherwise relations and
 * duplication links beneath the boards. The canvas is then moved by a CSS transform while the
 * view moves, and painted again when it stops.
 */
export function paintOverview(
  target: PaintTarget,
  scene: Scene,
  camera: Camera,
  /** `tiles`: the summary tiles to paint instead of boards, when zoomed out. */
  options: { tiles?: readonly SceneTile[]; links: boolean; mounted: ReadonlySet<string> },
  ink: Ink,
): void {
  const { ctx, ratio, margin } = target;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, target.width, target.height);
  if (options.tiles) {
    fillTiles(target, options.tiles, camera, ink);
    return;
  }
  const view = worldView(camera, target.width - 2 * margin, target.height - 2 * margin, margin);
  ctx.setTransform(
    ratio * camera.zoom,
    0,
    0,
    ratio * camera.zoom,
    ratio * (camera.x + margin),
    ratio * (camera.y + margin),
  );
  strokeLinks(ctx, scene.relations, view, camera.zoom, ink);
  if (scene.organisation) strokeMemberships(ctx, scene.organisation, camera.zoom);
  if (options.links) strokeLinks(ctx, scene.duplications, view, camera.zoom, ink);
  const drawn = scene.index.within(view).filter((b) => !options.mounted.has(b.id));
  fillBoards(ctx, drawn, camera.zoom, ink);
  if (scene.organisation) labelHub(target, scene.organisation, camera, ink);
}

/** Memberships of the picked organisation meet at one point among its boards. */
export const MEMBERSHIP_INK = '#5b4fa8';

function strokeMemberships(
  ctx: CanvasRenderingContext2D,
  organisation: NonNullable<Scene['organisation']>,
  zoom: number,
): void {
  ctx.strokeStyle = MEMBERSHIP_INK;
  ctx.globalAlpha = 0.7;
  ctx.lineWidth = 1.5 / zoom;
  ctx.beginPath();
  for (const b of organisation.boards) {
    ctx.moveTo(organisation.hub.x, organisation.hub.y);
    ctx.lineTo(b.rect.x + b.rect.width / 2, b.rect.y + b.rect.height / 2);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

/** The organisation's name and load, in screen pixels at its hub, on a plate that reads on lines. */
function labelHub(
  target: PaintTarget,
  organisation: NonNullable<Scene['organisation']>,
  camera: Camera,
  ink: Ink,
): void {
  const { ctx, ratio, margin } = target;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const x = organisation.hub.x * camera.zoom + camera.x + margin;
  const y = organisation.hub.y * camera.zoom + camera.y + margin;
  ctx.font = `700 13px ${FONT}`;
  const text = clipToWidth(ctx, organisation.label, 420);
  const width = ctx.measureText(text).width + 16;
  ctx.fillStyle = ink.surface;
  ctx.fillRect(x - width / 2, y - 13, width, 26);
  ctx.strokeStyle = MEMBERSHIP_INK;
  ctx.lineWidth = 2;
  ctx.strokeRect(x - width / 2, y - 13, width, 26);
  ctx.fillStyle = ink.text;
  ctx.fillText(text, x - width / 2 + 8, y + 5);
}

/** The duplication link under a point of the world, within a few screen pixels of its line. */
export function linkAt(
  links: readonly SceneLink[],
  x: number,
  y: number,
  zoom: number,
): SceneLink | undefined {
  const reach = 6 / zoom;
  let best: { link: SceneLink; d: number } | undefined;
  for (const link of links) {
    const [ax, ay, cx, cy, bx, by] = duplicationCurve(link.from.rect, link.to.rect);
    let px = ax;
    let py = ay;
    for (let i = 1; i <= 24; i++) {
      const t = i / 24;
      const qx = (1 - t) * (1 - t) * ax + 2 * (1 - t) * t * cx + t * t * bx;
      const qy = (1 - t) * (1 - t) * ay + 2 * (1 - t) * t * cy + t * t * by;
      const d = segmentDistance(x, y, px, py, qx, qy);
      if (d <= reach && (!best || d < best.d)) best = { link, d };
      px = qx;
      py = qy;
    }
  }
  return best?.link;
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
