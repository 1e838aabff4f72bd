import { mount } from 'svelte';
import { DexieRepository } from './persistence/dexie-repository';
import { MemoryRepository } from './persistence/memory-repository';
import type { WorkspaceRepository } from './persistence/repository';
import { AnalysisState } from './state/analysis.svelte';
import { loadEmbeddedSeed } from './state/embedded-seed';
import { I18n } from './state/i18n.svelte';
import { MapState } from './state/map.svelte';
import { Preferences } from './state/preferences.svelte';
import { ViewFilter } from './state/view-filter.svelte';
import { ScenarioState } from './state/scenario.svelte';
import { Selection } from './state/selection.svelte';
import { Session } from './state/session.svelte';
import App from './App.svelte';
import './app.css';

async function openRepository(): Promise<WorkspaceRepository> {
  try {
    return await DexieRepository.open();
  } catch {
    // Private windows and full disks refuse IndexedDB: the app still opens, read-only.
    return new MemoryRepository();
  }
}

async function start(): Promise<void> {
  const target = document.getElementById('app')!;
  const repository = await openRepository();
  const session = new Session({ repository, seed: loadEmbeddedSeed });
  try {
    await session.start();
  } catch (error) {
    target.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  const scenario = new ScenarioState(session);
  const i18n = new I18n();
  const preferences = new Preferences(repository, i18n);
  await preferences.load();
  const app = {
    session,
    selection: new Selection(),
    i18n,
    preferences,
    view: new ViewFilter(scenario),
    scenario,
    analysis: new AnalysisState(session, scenario),
    map: new MapState(repository),
  };
  mount(App, { target, props: { app } });
}

void start();
