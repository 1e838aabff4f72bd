import type { SourceRef } from '../model/types';
import { USER_SOURCE_ID } from '../model/vocabulary';

/**
 * The source of every record a scenario creates unless an operation gives its own: entered by
 * a user and illustrative, naming the scenario, so a modelled board never passes for a fact.
 */
export function scenarioSource(name: string): SourceRef {
  return {
    source: USER_SOURCE_ID as SourceRef['source'],
    confidence: 'illustrative',
    note: `scenario: ${name}`,
  };
}
