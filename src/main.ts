import { mount } from 'svelte';
import { tabChannel } from './document/tab-channel';
import { MemoryStore } from './persistence/memory-store';
import type { WorkspaceStore } from './persistence/repository';
import { AnalysisState } from './state/analysis.svelte';
import { AppUpdate } from './state/app-update.svelte';
import { loadEmbeddedSeed } from './state/embedded-seed';
import { I18n } from './state/i18n.svelte';
import { MapState } from './state/map.svelte';
import { fileWorker } from './state/file-worker';
import { OverviewState } from './state/overview.svelte';
import { Preferences } from './state/preferences.svelte';
import { ViewFilter } from './state/view-filter.svelte';
import { ScenarioState } from './state/scenario.svelte';
import { Selection } from './state/selection.svelte';
import { Session } from './state/session.svelte';
import { ShareLink } from './state/share-link.svelte';
import { localJournal } from './state/journal';
import { tabIdentity } from './state/tab-identity';
import App from './App.svelte';
import './app.css';

async function openStore(): Promise<WorkspaceStore> {
  try {
    // Storage comes in its own file, fetched beside the app's, so the first download is smaller.
    const [{ DexieStore }, { commitThread }] = await Promise.all([
      import('./persistence/dexie-store'),
      import('./persistence/commit-thread'),
    ]);
    const store = await DexieStore.open(undefined, __TIRWEDD_BUILD__);
    store.commitThrough(
      commitThread(
        undefined,
        __TIRWEDD_BUILD__,
        () =>
          new Worker(new URL('./workers/storage.worker.ts', import.meta.url), { type: 'module' }),
        (commit) => store.commitHere(commit),
      ),
    );
    return store;
  } catch {
    // Private windows and full disks refuse IndexedDB: the app still opens, read-only.
    return new MemoryStore();
  }
}

async function start(): Promise<void> {
  const target = document.getElementById('app')!;
  const store = await openStore();
  const { tab, liveTabs } = tabIdentity();
  const session = new Session({
    store,
    seed: loadEmbeddedSeed,
    tab,
    liveTabs,
    channel: tabChannel(),
    build: __TIRWEDD_BUILD__,
    journal: localJournal(tab),
    ...fileWorker(),
  });
  try {
    await session.start();
  } catch (error) {
    target.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  // The sync engine is loaded only for a shared workspace.
  const share = new ShareLink(session, async (address, doc, handlers) =>
    (await import('./sync/share-connection')).connectShare(address, doc, handlers),
  );
  // The comparison follows the analyses' evidence switch, which lives with the analyses.
  const scenario: ScenarioState = new ScenarioState(session, () => analysis.evidence);
  const analysis: AnalysisState = new AnalysisState(session, scenario);
  const i18n = new I18n();
  const preferences = new Preferences(store, i18n);
  const overview = new OverviewState(store);
  await Promise.all([preferences.load(), overview.load(), share.load()]);
  const app = {
    session,
    selection: new Selection(),
    i18n,
    preferences,
    view: new ViewFilter(scenario),
    scenario,
    analysis,
    map: new MapState(store),
    overview,
    update: new AppUpdate(),
    share,
  };
  mount(App, { target, props: { app } });
  // A link to a shared workspace opens it, here or fetched from its server.
  const joining = () => {
    if (!location.hash.startsWith('#join?')) return;
    const hash = location.hash;
    history.replaceState(null, '', location.pathname + location.search);
    void share.join(hash, i18n.t('share.defaultName'));
  };
  joining();
  window.addEventListener('hashchange', joining);
  void app.update.register();
}

void start();
