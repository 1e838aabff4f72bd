import { num } from './xml';

/**
 * A d3-geo path context that writes SVG path data, rounding to two decimals and dropping
 * points closer than `minStep` pixels to the last one kept. A detailed boundary file has many
 * vertices per screen pixel; dropping them keeps the SVG small and quick to draw without a
 * visible change, and the output depends only on the input, so it stays byte-stable.
 */
export class PathData {
  #parts: string[] = [];
  #x = NaN;
  #y = NaN;
  #pending: [number, number] | undefined;
  readonly #minStep: number;

  constructor(minStep = 0.5) {
    this.#minStep = minStep;
  }

  /** Part of d3's context interface; each ring starts with `moveTo` anyway. */
  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.#flush();
    this.#parts.push(`M${num(x)} ${num(y)}`);
    this.#x = x;
    this.#y = y;
  }

  lineTo(x: number, y: number): void {
    if (Math.hypot(x - this.#x, y - this.#y) < this.#minStep) {
      // Held back rather than dropped: if the line ends here, its last point is still drawn.
      this.#pending = [x, y];
      return;
    }
    this.#pending = undefined;
    this.#parts.push(`L${num(x)} ${num(y)}`);
    this.#x = x;
    this.#y = y;
  }

  closePath(): void {
    this.#pending = undefined;
    this.#parts.push('Z');
  }

  /** d3 calls this for points; areas and outlines have none, so nothing is drawn. */
  arc(): void {}

  /** The path data so far, and a fresh start for the next geometry. */
  result(): string {
    this.#flush();
    const d = this.#parts.join('');
    this.#parts = [];
    this.#x = NaN;
    this.#y = NaN;
    return d;
  }

  #flush(): void {
    if (!this.#pending) return;
    const [x, y] = this.#pending;
    this.#pending = undefined;
    this.#parts.push(`L${num(x)} ${num(y)}`);
    this.#x = x;
    this.#y = y;
  }
}
