const TAB_KEY = 'tirwedd.tab';
const LOCK_PREFIX = 'tirwedd-tab:';

/**
 * This tab's identity: kept in session storage, so a reload is the same tab and finds its undo
 * history again, while a new tab starts its own. The tab holds a lock under its name while it
 * is open, so another tab can tell which histories belong to tabs that have closed.
 */
export function tabIdentity(): { tab: string; liveTabs: () => Promise<ReadonlySet<string>> } {
  let tab: string | null = null;
  try {
    tab = sessionStorage.getItem(TAB_KEY);
    if (!tab) sessionStorage.setItem(TAB_KEY, (tab = crypto.randomUUID()));
  } catch {
    tab = crypto.randomUUID();
  }
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  void locks?.request(`${LOCK_PREFIX}${tab}`, () => new Promise<void>(() => undefined));
  return {
    tab,
    liveTabs: async () => {
      if (!locks) return new Set([tab]);
      const { held = [] } = await locks.query();
      return new Set(
        held.flatMap((l) =>
          l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [],
        ),
      );
    },
  };
}
