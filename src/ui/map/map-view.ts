/**
 * Shows an SVG string made by the core's map renderer and turns clicks and key presses on its
 * areas (`[data-code]`) into picks. The renderer escapes every piece of data, so its output is
 * inserted as markup; nothing from the user reaches it unescaped.
 */
export function createMapView(node: HTMLElement, onpick: (code: string) => void) {
  function pickFrom(target: EventTarget | null) {
    const area = (target as Element | null)?.closest?.('[data-code]');
    const code = area?.getAttribute('data-code');
    if (code) onpick(code);
  }
  const onClick = (event: MouseEvent) => pickFrom(event.target);
  const onKey = (event: KeyboardEvent) => {
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
