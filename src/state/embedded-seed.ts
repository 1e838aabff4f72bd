import { formatProblems } from '../core/model/problems';
import type { SeedContent } from './session.svelte';

let loading: Promise<SeedContent> | undefined;

/**
 * The embedded Welsh landscape with its built-in scenarios and tracker, fetched from the app's
 * own bundle when first needed: a returning user's workspaces come from storage, so the first
 * download leaves the seed, and the checks that read it, out.
 */
export function loadEmbeddedSeed(): Promise<SeedContent> {
  return (loading ??= read());
}

async function read(): Promise<SeedContent> {
  const [landscapeData, scenariosData, trackerData, { readLandscape }, builtin, { readTracker }] =
    await Promise.all([
      import('../../data/landscape.json'),
      import('../../data/scenarios.json'),
      import('../../data/tracker.json'),
      import('../core/io/landscape-format'),
      import('../core/scenarios/builtin'),
      import('../core/scenarios/tracker'),
    ]);
  const seed = readLandscape(landscapeData.default);
  if (!seed.ok)
    throw new Error(
      `The embedded landscape is invalid:\n${formatProblems(seed.problems, 'data/landscape.json').join('\n')}`,
    );
  const scenarios = builtin.readBuiltInScenarios(scenariosData.default, seed.value);
  const tracker = readTracker(trackerData.default);
  return {
    landscape: seed.value,
    // The built-ins are checked by the tests and by `npm run check`; a problem here drops them rather than the app.
    scenarios: scenarios.ok ? scenarios.value : [],
    tracker: tracker.ok ? tracker.value : [],
  };
}
