import { migrate, type Migration } from '../io/migrate';
import type { Problem, Result } from '../model/problems';
import { historyProblems } from '../edits/edit-shape';
import { depthProblem, nestsDeeperThan } from '../io/json-depth';
import { contentProblems } from './content-check';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace } from './types';

/** Migrations of the stored workspace record, oldest first, each with a test. */
export const WORKSPACE_MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'workspaces keep the duplications a user has set aside',
    up: (doc) => ({ ...doc, ignoredDuplications: [] }),
  },
  {
    from: 2,
    describe: 'workspaces keep scenarios and the rationalisation tracker',
    up: (doc) => ({ ...doc, scenarios: [], tracker: [] }),
  },
  {
    from: 3,
    describe: 'workspaces keep the boards a user has pinned by dragging them',
    up: (doc) => ({ ...doc, pinned: [] }),
  },
  {
    from: 4,
    describe: 'workspaces keep the map tiles a user has moved',
    up: (doc) => ({ ...doc, tileNudges: [] }),
  },
];

const problem = (field: string, message: string): Problem => ({
  record: 'workspace',
  field,
  message,
});

/**
 * Reads a stored or imported workspace record: checks its format, migrates an older version
 * forward, and validates the landscape inside it. A record that cannot be read is reported,
 * never half-loaded.
 */
export function readWorkspace(doc: unknown): Result<Workspace> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { ok: false, problems: [problem('', 'expected an object')] };
  if (nestsDeeperThan(doc)) return { ok: false, problems: [depthProblem('workspace')] };
  const record = doc as Record<string, unknown>;
  if (record.format !== WORKSPACE_FORMAT)
    return {
      ok: false,
      problems: [
        problem(
          'format',
          `expected "${WORKSPACE_FORMAT}", got ${JSON.stringify(record.format) ?? 'nothing'}`,
        ),
      ],
    };
  const migrated = migrate(record, WORKSPACE_VERSION, WORKSPACE_MIGRATIONS);
  if (!migrated.ok) return migrated;
  const w = migrated.value;
  const problems: Problem[] = [];
  for (const field of ['id', 'name', 'createdAt', 'updatedAt'])
    if (typeof w[field] !== 'string') problems.push(problem(field, 'expected a text'));
  problems.push(...contentProblems(w), ...historyProblems(w.history, 'workspace › history'));
  return problems.length ? { ok: false, problems } : { ok: true, value: w as unknown as Workspace };
}
