import { describe, expect, it } from 'vitest';
import { proposeWorkspaceName } from '../../../src/core/io/import-name';

describe('the name proposed for an imported workspace', () => {
  it('is the file name without its ending', () => {
    expect(proposeWorkspaceName('Lancashire_CSPs.gexf', [], '2026-12-03')).toBe('Lancashire CSPs');
    expect(proposeWorkspaceName('north-wales.tirwedd.json', [], '2026-12-03')).toBe('north-wales');
  });

  it('adds the date when the name is taken, then a number', () => {
    const taken = ['Lancashire', 'lancashire (2026-12-03) '];
    expect(proposeWorkspaceName('Lancashire.graphml', ['LANCASHIRE'], '2026-12-03')).toBe(
      'Lancashire (2026-12-03)',
    );
    expect(proposeWorkspaceName('Lancashire.graphml', taken, '2026-12-03')).toBe(
      'Lancashire (2026-12-03, 2)',
    );
  });

  it('falls back to a default for a name that is only an ending', () => {
    expect(proposeWorkspaceName('.csv', [], '2026-12-03', 'Imported')).toBe('Imported');
  });
});
