import type { Problem } from '../model/problems';
import type { Landscape } from '../model/types';
import { validateLandscape } from '../model/validate';
import { OPERATION_KINDS, operationDescriptor } from './registry';
import { scenarioSource } from './scenario-source';
import type {
  Operation,
  OperationDiagnostic,
  OperationNote,
  OperationStatus,
  ScenarioResult,
} from './types';

export interface ApplyOptions {
  /** The scenario's name, written into the source of every record it creates. */
  name?: string;
}

type Checked =
  | { status: 'stale' | 'invalid'; problems: Problem[] }
  | {
      status: 'applied';
      problems: [];
      apply(l: Landscape): Landscape;
      notes(l: Landscape): OperationNote[];
    };

/** Checks one operation against a landscape; never throws, whatever the operation holds. */
function check(landscape: Landscape, op: Operation, name: string): Checked {
  if (typeof op !== 'object' || op === null || Array.isArray(op))
    return {
      status: 'invalid',
      problems: [{ record: 'operation', field: '', message: 'expected an operation object' }],
    };
  const descriptor = operationDescriptor((op as { kind?: unknown } | null)?.kind);
  if (!descriptor)
    return {
      status: 'invalid',
      problems: [
        {
          record: 'operation',
          field: 'kind',
          message: `${JSON.stringify((op as { kind?: unknown } | null)?.kind)} is not an operation; expected one of: ${OPERATION_KINDS.join(', ')}`,
        },
      ],
    };
  const sourced = { ...op, source: op.source ?? scenarioSource(name) } as Operation;
  try {
    const stale = descriptor.stale(landscape, sourced);
    if (stale.length) return { status: 'stale', problems: stale };
    const problems = descriptor.validate(landscape, sourced);
    if (problems.length) return { status: 'invalid', problems };
  } catch (error) {
    // A shape the checks did not foresee (a field of the wrong type deep inside) is invalid, not a crash.
    return {
      status: 'invalid',
      problems: [
        {
          record: `operation (${op.kind})`,
          field: '',
          message: `cannot read the operation: ${String(error)}`,
        },
      ],
    };
  }
  return {
    status: 'applied',
    problems: [],
    apply: (l) => descriptor.apply(l, sourced),
    notes: (l) => descriptor.notes?.(l, sourced) ?? [],
  };
}

/**
 * Whether an operation can be added to a scenario whose result so far is `landscape`: the
 * problems that would make it stale or invalid, or none. The UI refuses an operation with
 * problems, so the scenario stays as it was.
 */
export function validateOperation(landscape: Landscape, op: Operation): Problem[] {
  return check(landscape, op, 'scenario').problems;
}

function run(
  baseline: Landscape,
  operations: readonly Operation[],
  name: string,
  validateEach: boolean,
): ScenarioResult {
  let landscape = baseline;
  const diagnostics: OperationDiagnostic[] = operations.map((op, index) => {
    const checked = check(landscape, op, name);
    if (checked.status !== 'applied')
      return { index, status: checked.status, problems: checked.problems, notes: [] };
    const notes = checked.notes(landscape);
    const next = checked.apply(landscape);
    if (validateEach) {
      const valid = validateLandscape(next);
      if (!valid.ok)
        return { index, status: 'invalid' as OperationStatus, problems: valid.problems, notes: [] };
    }
    landscape = next;
    return { index, status: 'applied' as OperationStatus, problems: [], notes };
  });
  return { landscape, diagnostics };
}

/**
 * Applies a scenario's operations to a baseline, in order, without changing the baseline. An
 * operation naming a board that is no longer there is `stale`, one with missing or inconsistent
 * fields is `invalid`; both are skipped and reported, and the rest still apply. The result
 * always passes `validateLandscape`: should an applied operation ever break it, the scenario is
 * replayed checking each step, and the offending operation is reported invalid instead.
 */
export function applyScenario(
  baseline: Landscape,
  operations: readonly Operation[],
  options: ApplyOptions = {},
): ScenarioResult {
  const name = options.name ?? 'unnamed scenario';
  const fast = run(baseline, operations, name, false);
  if (fast.landscape === baseline || validateLandscape(fast.landscape).ok) return fast;
  return run(baseline, operations, name, true);
}
