/**
 * Makes a list one stop on the Tab path: the arrow keys (and Home, End) move between its items,
 * and the item last visited is where Tab comes back to. Items are the list's own `li` elements.
 * Controls inside an item stay clickable but leave the Tab path, so reading a long list of
 * members does not mean tabbing through each one's controls.
 */
export function rovingFocus(list: HTMLElement, enabled = true) {
  let on = enabled;
  const items = () => [...list.querySelectorAll<HTMLElement>(':scope > li')];
  const settle = () => {
    const all = items();
    if (!on) {
      // Editing: every control is on the Tab path again, the items themselves are not.
      for (const el of all) {
        el.removeAttribute('tabindex');
        for (const inner of el.querySelectorAll<HTMLElement>('button, summary, a[href]'))
          inner.removeAttribute('tabindex');
      }
      return;
    }
    const current = all.find((el) => el.tabIndex === 0) ?? all[0];
    for (const el of all) {
      el.tabIndex = el === current ? 0 : -1;
      for (const inner of el.querySelectorAll<HTMLElement>('button, summary, a[href]'))
        inner.tabIndex = -1;
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (!on) return;
    const all = items();
    const at = all.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(at + 1, all.length - 1)
        : event.key === 'ArrowUp'
          ? Math.max(at - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? all.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    all[at]!.tabIndex = -1;
    all[next]!.tabIndex = 0;
    all[next]!.focus();
  };
  settle();
  const watcher = new MutationObserver(settle);
  watcher.observe(list, { childList: true, subtree: true });
  list.addEventListener('keydown', onKey);
  return {
    update(next: boolean) {
      on = next;
      settle();
    },
    destroy() {
      watcher.disconnect();
      list.removeEventListener('keydown', onKey);
    },
  };
}
