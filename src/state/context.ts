import { createContext } from 'svelte';
import type { AnalysisState } from './analysis.svelte';
import type { AppUpdate } from './app-update.svelte';
import type { I18n } from './i18n.svelte';
import type { MapState } from './map.svelte';
import type { OverviewState } from './overview.svelte';
import type { Preferences } from './preferences.svelte';
import type { ScenarioState } from './scenario.svelte';
import type { ViewFilter } from './view-filter.svelte';
import type { Selection } from './selection.svelte';
import type { Session } from './session.svelte';
import type { ShareLink } from './share-link.svelte';

export interface AppState {
  session: Session;
  selection: Selection;
  i18n: I18n;
  analysis: AnalysisState;
  map: MapState;
  overview: OverviewState;
  view: ViewFilter;
  preferences: Preferences;
  scenario: ScenarioState;
  update: AppUpdate;
  share: ShareLink;
}

export const [getAppState, setAppState] = createContext<AppState>();
