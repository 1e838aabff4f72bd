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
import { storedDecoder } from './state/stored-decoder';
import { loadLive } from './state/load-live';
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
  // Fetched beside storage, not after it: opening a stored workspace needs both.
  void loadLive();
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
    // Moves the updates it is given: only those read afresh from the database.
    ...(store.persistent ? { decodeStored: storedDecoder() } : {}),
  });
  // The app is drawn as soon as a workspace is on screen, before it can be changed.
  const started = session.start();
  const said = (error: unknown) => (error instanceof Error ? error.message : String(error));
  try {
    await Promise.race([started, session.shown]);
  } catch (error) {
    target.textContent = said(error);
    return;
  }
  started.catch((error: unknown) => {
    session.notice = {
      tone: 'error',
      key: 'storage.unreadable',
      params: { name: session.workspace?.name ?? '' },
      problems: [{ record: 'workspace', field: '', message: said(error) }],
    };
  });
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
