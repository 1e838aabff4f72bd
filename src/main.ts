import { mount } from 'svelte';
import seedData from '../data/landscape.json';
import scenariosData from '../data/scenarios.json';
import trackerData from '../data/tracker.json';
import { readBuiltInScenarios } from './core/scenarios/builtin';
import { readTracker } from './core/scenarios/tracker';
import { readLandscape } from './core/io/landscape-format';
import { formatProblems } from './core/model/problems';
import { DexieRepository } from './persistence/dexie-repository';
import { MemoryRepository } from './persistence/memory-repository';
import type { WorkspaceRepository } from './persistence/repository';
import { AnalysisState } from './state/analysis.svelte';
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
  const seed = readLandscape(seedData);
  if (!seed.ok) {
    target.textContent = `The embedded landscape is invalid:\n${formatProblems(seed.problems, 'data/landscape.json').join('\n')}`;
    return;
  }
  const scenarios = readBuiltInScenarios(scenariosData, seed.value);
  const tracker = readTracker(trackerData);
  const repository = await openRepository();
  const session = new Session({
    repository,
    seed: seed.value,
    // The built-ins are checked by the tests and by `npm run check`; a problem here drops them rather than the app.
    seedScenarios: scenarios.ok ? scenarios.value : [],
    seedTracker: tracker.ok ? tracker.value : [],
  });
  await session.start();
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
