import { textWidth, type Weight } from './text-measure';

/** The box one line of text takes, in the figure's own units. */
export interface TextBox {
  text: string;
  /** The id of the nearest group with one (a board's group, for its name). */
  group?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const ATTR = /([\w:-]+)="([^"]*)"/g;
const TAG = /<(\/?)([\w:-]+)([^>]*?)(\/?)>|([^<]+)/g;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) out[m[1]!] = m[2]!;
  return out;
}

interface Frame {
  tag: string;
  /** The scale of this element's units in the figure's. */
  k: number;
  group?: string;
  dx: number;
  dy: number;
  bold: boolean;
  size?: number;
}

/**
 * The box of every line of text in an SVG the figures' renderers wrote, measured with the same
 * advance widths they lay text out with: `translate` groups and nested `<svg x y>` offset it,
 * `scale` grows it, `text-anchor` places it, and a line runs from 0.8 em above its baseline to 0.2 em below.
 * Board names are bold (the graph's style sheet), as are elements with `font-weight` ≥ 600.
 */
export function textBoxes(svg: string): TextBox[] {
  return figureBoxes(svg).texts;
}

/**
 * The text boxes of a figure and the boxes of its boards (the rectangle of each group whose id
 * ends in `-b` and a number), so a test can check that names stay inside their own board.
 */
export function figureBoxes(svg: string): { texts: TextBox[]; boards: TextBox[] } {
  const boxes: TextBox[] = [];
  const boards: TextBox[] = [];
  const stack: Frame[] = [{ tag: '', k: 1, dx: 0, dy: 0, bold: false }];
  let text: { x: number; y: number; anchor: string } | undefined;
  let line: { x: number; y: number } | undefined;
  for (const m of svg.matchAll(TAG)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      const content = decode(m[5]);
      if (!text || !content.trim() || top.tag === 'title' || top.tag === 'desc') continue;
      const size = top.size ?? 16;
      const at = line ?? { x: text.x, y: text.y };
      const width = textWidth(content, size, top.bold ? 'bold' : ('regular' as Weight));
      const left =
        text.anchor === 'middle' ? at.x - width / 2 : text.anchor === 'end' ? at.x - width : at.x;
      boxes.push({
        text: content,
        group: top.group,
        x: top.dx + top.k * left,
        y: top.dy + top.k * (at.y - 0.8 * size),
        width: top.k * width,
        height: top.k * size,
      });
      continue;
    }
    const [, closing, tag, rest, selfClosing] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (closing) {
      stack.pop();
      if (tag === 'text') text = undefined;
      continue;
    }
    const a = attributes(rest);
    const move = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(a.transform ?? '');
    const scale = Number(/scale\(([\d.]+)\)/.exec(a.transform ?? '')?.[1] ?? 1);
    const frame: Frame = {
      k: top.k * scale,
      tag,
      group: tag === 'g' && a.id ? a.id : top.group,
      dx: top.dx + top.k * (Number(move?.[1] ?? 0) + (tag === 'svg' ? Number(a.x ?? 0) : 0)),
      dy: top.dy + top.k * (Number(move?.[2] ?? 0) + (tag === 'svg' ? Number(a.y ?? 0) : 0)),
      bold:
        a['font-weight'] !== undefined
          ? Number(a['font-weight']) >= 600
          : top.bold || a.class === 'tw-boards',
      size: a['font-size'] !== undefined ? Number(a['font-size']) : top.size,
    };
    if (tag === 'text') {
      text = { x: Number(a.x ?? 0), y: Number(a.y ?? 0), anchor: a['text-anchor'] ?? 'start' };
      line = undefined;
    }
    if (tag === 'tspan' && text) {
      const x = a.x !== undefined ? Number(a.x) : (line?.x ?? text.x);
      const y = a.y !== undefined ? Number(a.y) : (line?.y ?? text.y) + Number(a.dy ?? 0);
      line = { x, y };
    }
    if (tag === 'rect' && frame.group && /-b\d+$/.test(frame.group) && top.tag === 'g')
      boards.push({
        text: frame.group,
        group: frame.group,
        x: frame.dx + frame.k * Number(a.x ?? 0),
        y: frame.dy + frame.k * Number(a.y ?? 0),
        width: frame.k * Number(a.width ?? 0),
        height: frame.k * Number(a.height ?? 0),
      });
    if (!selfClosing) stack.push(frame);
  }
  return { texts: boxes, boards };
}

/** Whether two boxes share any area (touching edges do not count). */
export const overlap = (a: TextBox, b: TextBox): boolean =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Every pair of text boxes that overlap, for a test to name. */
export function overlappingText(boxes: readonly TextBox[]): [TextBox, TextBox][] {
  const out: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlap(boxes[i]!, boxes[j]!)) out.push([boxes[i]!, boxes[j]!]);
  return out;
}
