import { describe, expect, it } from 'vitest';
import { exportWorkspace, importWorkspace } from '../../../src/core/io/workspace-file';
import { formatProblems } from '../../../src/core/model/problems';
import { WORKSPACE_VERSION } from '../../../src/core/workspace/types';
import { createWorkspace } from '../../../src/core/workspace/workspace';
import { generateLandscape } from '../../fixtures/generate-landscape';
import { seedLandscape } from '../../fixtures/seed';

const seedWorkspace = () =>
  createWorkspace({
    id: 'ws-1',
    name: 'Seed',
    landscape: seedLandscape(),
    positions: { awcjb: { x: 10.5, y: -3 } } as never,
    now: '2024-06-01T10:00:00.000Z',
  });

const problems = (text: string) => {
  const r = importWorkspace(text, 'w.json');
  if (r.ok) throw new Error('expected problems');
  return formatProblems(r.problems).join('\n');
};

describe('workspace export file', () => {
  it('gives back exactly the same workspace (seed)', () => {
    const w = seedWorkspace();
    const r = importWorkspace(exportWorkspace(w));
    expect(r.ok && r.value).toStrictEqual(w);
  });

  it('gives back generated workspaces exactly', () => {
    for (const seed of [1, 2, 3]) {
      const w = createWorkspace({
        id: `g${seed}`,
        name: 'G ŵ "x"',
        landscape: generateLandscape(seed, 30),
        now: '2024-01-01T00:00:00Z',
      });
      const r = importWorkspace(exportWorkspace(w));
      expect(r.ok && r.value).toStrictEqual(w);
    }
  });

  it('writes the same bytes for the same workspace, format and version first', () => {
    const w = seedWorkspace();
    const text = exportWorkspace(w);
    expect(text).toBe(exportWorkspace(structuredClone(w)));
    expect(
      text.startsWith(
        `{\n  "format": "tirwedd.workspace",\n  "version": ${WORKSPACE_VERSION},\n  "id"`,
      ),
    ).toBe(true);
  });

  it('migrates an older version on import', () => {
    const old = JSON.parse(exportWorkspace(seedWorkspace()));
    old.version = 1;
    delete old.ignoredDuplications;
    const r = importWorkspace(JSON.stringify(old));
    expect(r.ok && r.value.version).toBe(WORKSPACE_VERSION);
    expect(r.ok && r.value.ignoredDuplications).toEqual([]);
  });

  it('refuses bad input with a clear message', () => {
    expect(problems('name,id\nx,y')).toMatch(/w.json: not valid JSON/);
    expect(problems('{"a": 1,}')).toMatch(/w.json › line 1, column \d+: not valid JSON/);
    const text = exportWorkspace(seedWorkspace());
    expect(problems(text.slice(0, 5000))).toMatch(/ends too early \(the file looks cut short\)/);
    expect(problems('[1,2]')).toMatch(/workspace: expected an object/);
    expect(problems('{"format":"tirwedd.workspace","version":2}')).toMatch(
      /workspace › id: expected a text/,
    );
    const newer = JSON.parse(text);
    newer.version = WORKSPACE_VERSION + 1;
    expect(problems(JSON.stringify(newer))).toMatch(/newer than this app understands/);
    expect(problems(JSON.stringify(seedLandscape()))).toMatch(
      /this is a landscape file, not a workspace/,
    );
    expect(problems('')).toMatch(/the file is empty/);
  });
});
