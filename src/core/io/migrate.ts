import type { Result } from '../model/problems';

/** A step that lifts a document from `from` to `from + 1`. */
export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Lifts a versioned document to `target` by applying each migration in turn. A document newer
 * than `target`, or one with no migration path, is refused rather than guessed at.
 */
export function migrate(
  doc: Record<string, unknown>,
  target: number,
  migrations: readonly Migration[],
): Result<Record<string, unknown>> {
  const problem = (message: string): Result<Record<string, unknown>> => ({
    ok: false,
    problems: [{ record: 'document', field: 'version', message }],
  });
  let version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return problem(`expected a whole version number, got ${JSON.stringify(version)}`);
  if (version > target)
    return problem(
      `version ${version} is newer than this app understands (up to ${target}); update Tirwedd to open it`,
    );
  let current = doc;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return problem(`no migration from version ${version}`);
    current = { ...step.up(current), version: version + 1 };
    version += 1;
  }
  return { ok: true, value: current };
}
