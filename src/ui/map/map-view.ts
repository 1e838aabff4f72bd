/** Alt + an arrow key moves the tile in focus one cell that way; the map's buttons do the same. */
export const STEPS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Shows an SVG string made by the core's map renderer and turns clicks and key presses on its
 * areas (`[data-code]`) into picks, and Alt + an arrow key on a tile into a move. The renderer
 * escapes every piece of data, so its output is
 * inserted as markup; nothing from the user reaches it unescaped.
 */
export function createMapView(
  node: HTMLElement,
  onpick: (code: string) => void,
  onmove: (code: string, dCol: number, dRow: number) => void,
) {
  function pickFrom(target: EventTarget | null) {
    const area = (target as Element | null)?.closest?.('[data-code]');
    const code = area?.getAttribute('data-code');
    if (code) onpick(code);
  }
  const onClick = (event: MouseEvent) => pickFrom(event.target);
  const onKey = (event: KeyboardEvent) => {
    const step = event.altKey ? STEPS[event.key] : undefined;
    if (step) {
      const code = (event.target as Element | null)
        ?.closest?.('[data-code]')
        ?.getAttribute('data-code');
      if (!code) return;
      event.preventDefault();
      onmove(code, step[0], step[1]);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    pickFrom(event.target);
  };
  node.addEventListener('click', onClick);
  node.addEventListener('keydown', onKey);
  return {
    update(svg: string) {
      const focused = (document.activeElement as Element | null)
        ?.closest?.('[data-code]')
        ?.getAttribute('data-code');
      node.innerHTML = svg;
      // Redrawing replaces the areas; keep keyboard focus on the one the user was on.
      if (focused) node.querySelector<SVGElement>(`[data-code="${CSS.escape(focused)}"]`)?.focus();
    },
    destroy() {
      node.removeEventListener('click', onClick);
      node.removeEventListener('keydown', onKey);
    },
  };
}
