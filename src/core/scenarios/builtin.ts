import type { Problem, Result } from '../model/problems';
import type { Landscape } from '../model/types';
import { applyScenario } from './apply-scenario';
import { OPERATION_KINDS } from './registry';
import type { Scenario } from './types';

export const SCENARIOS_FORMAT = 'tirwedd.scenarios';
export const SCENARIOS_VERSION = 1;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Problems with the shape of one scenario record: id, name, description, a list of operations
 * each of a known kind. The operations' own fields are checked when they are applied, against
 * the landscape they apply to, so a workspace never fails to open over one bad operation.
 */
export function scenarioShapeProblems(value: unknown, record: string): Problem[] {
  const p = (field: string, message: string): Problem => ({ record, field, message });
  if (!isObj(value)) return [p('', 'expected a scenario object')];
  const out: Problem[] = [];
  if (typeof value.id !== 'string' || !ID.test(value.id))
    out.push(p('id', 'expected a lowercase id (letters, digits, hyphens)'));
  if (typeof value.name !== 'string' || value.name.trim() === '')
    out.push(p('name', 'expected a non-empty text'));
  if (typeof value.description !== 'string') out.push(p('description', 'expected a text'));
  if (value.illustrative !== undefined && typeof value.illustrative !== 'string')
    out.push(p('illustrative', 'expected a text'));
  if (value.builtIn !== undefined && typeof value.builtIn !== 'boolean')
    out.push(p('builtIn', 'expected true or false'));
  if (!Array.isArray(value.operations)) out.push(p('operations', 'expected a list'));
  else
    value.operations.forEach((op, i) => {
      if (!isObj(op) || !(OPERATION_KINDS as unknown[]).includes(op.kind))
        out.push(p(`operations[${i}].kind`, `expected one of: ${OPERATION_KINDS.join(', ')}`));
    });
  return out;
}

/** Reads a scenarios file (`{ format: "tirwedd.scenarios", version, scenarios }`), checking shapes and unique ids. */
export function readScenarios(doc: unknown): Result<Scenario[]> {
  const problem = (field: string, message: string): Problem => ({
    record: 'scenarios',
    field,
    message,
  });
  if (!isObj(doc)) return { ok: false, problems: [problem('', 'expected a JSON object')] };
  const problems: Problem[] = [];
  if (doc.format !== SCENARIOS_FORMAT)
    problems.push(
      problem(
        'format',
        `expected "${SCENARIOS_FORMAT}", got ${JSON.stringify(doc.format) ?? 'nothing'}`,
      ),
    );
  if (doc.version !== SCENARIOS_VERSION)
    problems.push(
      problem(
        'version',
        `expected version ${SCENARIOS_VERSION}, got ${JSON.stringify(doc.version) ?? 'nothing'}`,
      ),
    );
  if (!Array.isArray(doc.scenarios)) {
    problems.push(problem('scenarios', 'expected a list'));
    return { ok: false, problems };
  }
  const seen = new Set<unknown>();
  doc.scenarios.forEach((s, i) => {
    const record = `scenarios[${i}]${isObj(s) && typeof s.id === 'string' ? ` (${s.id})` : ''}`;
    problems.push(...scenarioShapeProblems(s, record));
    if (isObj(s) && seen.has(s.id))
      problems.push({ record, field: 'id', message: `duplicate id ${JSON.stringify(s.id)}` });
    if (isObj(s)) seen.add(s.id);
  });
  return problems.length
    ? { ok: false, problems }
    : { ok: true, value: doc.scenarios as Scenario[] };
}

/**
 * Reads the built-in scenarios and checks that every operation of each applies cleanly to the
 * seed: a built-in scenario with a stale or invalid step is a bug in the shipped data, reported
 * with the scenario, the step and what is wrong.
 */
export function readBuiltInScenarios(doc: unknown, seed: Landscape): Result<Scenario[]> {
  const read = readScenarios(doc);
  if (!read.ok) return read;
  const problems: Problem[] = [];
  for (const scenario of read.value) {
    if (scenario.builtIn !== true)
      problems.push({
        record: `scenarios (${scenario.id})`,
        field: 'builtIn',
        message: 'expected true',
      });
    for (const d of applyScenario(seed, scenario.operations, { name: scenario.name }).diagnostics)
      for (const p of d.problems)
        problems.push({
          record: `scenarios (${scenario.id}) › operations[${d.index}]`,
          field: p.field,
          message: `${d.status}: ${p.message}`,
        });
  }
  return problems.length ? { ok: false, problems } : read;
}
