import type { Landscape } from '../model/types';
import { emptyHistory } from './history';
import type { TrackerEntry } from '../scenarios/tracker';
import type { Scenario } from '../scenarios/types';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Positions,
  type Workspace,
  type WorkspaceContent,
} from './types';

/**
 * The content of a new workspace made from a landscape that nothing else holds, such as one
 * just read from a file: taken as it is, not copied.
 */
export function newContent(landscape: Landscape, positions: Positions): WorkspaceContent {
  return {
    landscape,
    positions,
    ignoredDuplications: [],
    scenarios: [],
    tracker: [],
    pinned: [],
    tileNudges: [],
  };
}

/**
 * A new workspace holding a copy of a landscape, with no history. Scenarios and tracker entries
 * start empty unless the caller seeds them (the app passes the built-in scenarios and the
 * seed tracker).
 */
export function createWorkspace(init: {
  id: string;
  name: string;
  landscape: Landscape;
  positions?: Positions;
  scenarios?: Scenario[];
  tracker?: TrackerEntry[];
  now: string;
}): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: init.id,
    name: init.name,
    createdAt: init.now,
    updatedAt: init.now,
    landscape: structuredClone(init.landscape),
    positions: structuredClone(init.positions ?? {}),
    ignoredDuplications: [],
    scenarios: structuredClone(init.scenarios ?? []),
    tracker: structuredClone(init.tracker ?? []),
    pinned: [],
    tileNudges: [],
    history: emptyHistory(),
  };
}
