/** A rectangle in the graph's own coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Finds the items under a point or inside a rectangle without looking at every item: the plane
 * is cut into square buckets and each item is filed in the buckets it overlaps. Thousands of
 * boards are then culled to the view, or hit by a click, in well under a millisecond.
 */
export class SpatialIndex<T> {
  readonly #bucket: number;
  readonly #buckets = new Map<string, { item: T; rect: Rect }[]>();

  constructor(entries: Iterable<{ item: T; rect: Rect }>, bucket = 512) {
    this.#bucket = bucket;
    for (const entry of entries)
      for (const key of this.#keys(entry.rect)) {
        const list = this.#buckets.get(key);
        if (list) list.push(entry);
        else this.#buckets.set(key, [entry]);
      }
  }

  *#keys(rect: Rect): Generator<string> {
    const b = this.#bucket;
    const x0 = Math.floor(rect.x / b);
    const y0 = Math.floor(rect.y / b);
    const x1 = Math.floor((rect.x + rect.width) / b);
    const y1 = Math.floor((rect.y + rect.height) / b);
    for (let gx = x0; gx <= x1; gx++) for (let gy = y0; gy <= y1; gy++) yield `${gx},${gy}`;
  }

  /** Items overlapping the rectangle, each once. */
  within(area: Rect): T[] {
    const found = new Set<T>();
    const visit = (list: readonly { item: T; rect: Rect }[]) => {
      for (const { item, rect } of list) if (overlaps(rect, area)) found.add(item);
    };
    const span = (area.width / this.#bucket + 1) * (area.height / this.#bucket + 1);
    // A view far larger than the items' spread would walk empty buckets: walk the items instead.
    if (span > this.#buckets.size) for (const list of this.#buckets.values()) visit(list);
    else
      for (const key of this.#keys(area)) {
        const list = this.#buckets.get(key);
        if (list) visit(list);
      }
    return [...found];
  }

  /** The items containing the point, the last filed first (what is drawn on top). */
  at(x: number, y: number): T[] {
    const list = this.#buckets.get(
      `${Math.floor(x / this.#bucket)},${Math.floor(y / this.#bucket)}`,
    );
    if (!list) return [];
    return list
      .filter(
        ({ rect }) =>
          x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height,
      )
      .map((e) => e.item)
      .reverse();
  }
}

export const overlaps = (a: Rect, b: Rect) =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** The smallest rectangle holding all the given ones; undefined for none. */
export function bounds(rects: Iterable<Rect>): Rect | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return x0 === Infinity ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
