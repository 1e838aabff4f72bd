import { describe, expect, it } from 'vitest';
import { validateLandscape } from '../../../src/core/model/validate';
import { miniLandscape } from '../../fixtures/mini-landscape';

function problemsOf(mutate: (doc: Record<string, any>) => void) {
  const doc = structuredClone(miniLandscape()) as Record<string, any>;
  mutate(doc);
  const result = validateLandscape(doc);
  return result.ok ? [] : result.problems;
}

describe('validateLandscape', () => {
  it('accepts a well-formed landscape and returns it', () => {
    const result = validateLandscape(miniLandscape());
    expect(result.ok).toBe(true);
  });

  it('names the record, the field and the allowed values for an unknown level', () => {
    const problems = problemsOf((d) => (d.boards[1].level = 'county'));
    expect(problems).toEqual([
      {
        record: 'boards[1] (north-svoc)',
        field: 'level',
        message: expect.stringContaining('national, regional, sub-regional, local'),
      },
    ]);
  });

  it('refuses footprints with unknown area codes, empty footprints and repeated areas', () => {
    expect(problemsOf((d) => (d.boards[1].footprint = ['W06000099']))[0]).toMatchObject({
      field: 'footprint',
      message: expect.stringContaining('W06000099'),
    });
    expect(problemsOf((d) => (d.boards[1].footprint = []))[0]).toMatchObject({
      field: 'footprint',
    });
    expect(
      problemsOf((d) => (d.boards[1].footprint = ['W06000001', 'W06000001']))[0],
    ).toMatchObject({ message: expect.stringContaining('twice') });
  });

  it('refuses unknown themes, statuses and roles, listing what is allowed', () => {
    expect(problemsOf((d) => (d.boards[0].themes = ['knitting']))[0]?.message).toContain(
      'counter-terrorism',
    );
    expect(problemsOf((d) => (d.boards[0].status = 'dormant'))[0]?.message).toContain(
      'active, shadow, proposed, merged, retired',
    );
    expect(problemsOf((d) => (d.memberships[0].role = 'boss'))[0]?.message).toContain(
      'chair, co-chair, member, invited, secretariat',
    );
  });

  it('reports duplicate ids with the first occurrence', () => {
    const problems = problemsOf((d) => (d.boards[2].id = 'north-svoc'));
    expect(problems).toContainEqual({
      record: 'boards[2] (north-svoc)',
      field: 'id',
      message: 'duplicate id "north-svoc" (first at boards[1])',
    });
  });

  it('refuses memberships and relations that point at records that do not exist', () => {
    const problems = problemsOf((d) => {
      d.memberships[0].board = 'ghost';
      d.relations[0].to = 'nowhere';
    });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['board', 'no board has the id "ghost"'],
      ['to', 'no board has the id "nowhere"'],
    ]);
  });

  it('requires every record to cite a known source with a confidence', () => {
    const problems = problemsOf((d) => {
      delete d.boards[0].source;
      d.organisations[0].source = { source: 'elsewhere', confidence: 'certain' };
    });
    expect(problems.map((p) => `${p.record} ${p.field}`)).toEqual([
      'organisations[0] (police-north) source.source',
      'organisations[0] (police-north) source.confidence',
      'boards[0] (national) source',
    ]);
  });

  it('accepts facts entered by a user without a declared source', () => {
    const problems = problemsOf(
      (d) => (d.boards[0].source = { source: 'user-entry', confidence: 'illustrative' }),
    );
    expect(problems).toEqual([]);
  });

  it('checks each area region against the declared region systems', () => {
    const problems = problemsOf((d) => (d.areas[0].regions = { police: 'East', health: 'X' }));
    expect(problems.map((p) => p.field)).toEqual(['regions.police', 'regions.health']);
  });

  it('lists every problem, not just the first', () => {
    const problems = problemsOf((d) => {
      d.boards[0].name = '';
      d.boards[1].meetingsPerYear = -1;
      d.memberships[1].seats = 0;
    });
    expect(problems).toHaveLength(3);
  });

  it('checks a Welsh name’s status and the source of an official one', () => {
    const fields = (mutate: (d: Record<string, any>) => void) =>
      problemsOf(mutate).map((p) => `${p.record} ${p.field}: ${p.message}`);
    expect(
      fields((d) => Object.assign(d.organisations[0], { nameCy: 'Heddlu', nameCyStatus: 'guess' })),
    ).toEqual([
      expect.stringMatching(/nameCyStatus: "guess" is not allowed.*official, unofficial/),
    ]);
    expect(
      fields((d) => Object.assign(d.boards[0], { nameCy: 'Bwrdd', nameCyStatus: 'official' })),
    ).toEqual([
      'boards[0] (national) nameCySource: an official Welsh name needs the source that publishes it',
    ]);
    expect(fields((d) => (d.boards[0].nameCyStatus = 'unofficial'))).toEqual([
      'boards[0] (national) nameCyStatus: a Welsh name status needs a Welsh name (nameCy)',
    ]);
    expect(
      fields((d) =>
        Object.assign(d.boards[0], {
          nameCy: 'Bwrdd',
          nameCyStatus: 'official',
          nameCySource: 'nodoc',
        }),
      ),
    ).toEqual([expect.stringContaining('nameCySource: unknown source "nodoc"')]);
    expect(
      fields((d) =>
        Object.assign(d.regionSystems[0].regions[0], {
          nameCy: 'Gogledd',
          nameCyStatus: 'unofficial',
        }),
      ),
    ).toEqual([]);
  });

  it('refuses something that is not a landscape object at all', () => {
    expect(validateLandscape([1, 2])).toMatchObject({ ok: false });
    expect(validateLandscape(null)).toMatchObject({ ok: false });
  });
});
