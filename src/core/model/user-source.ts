import type { SourceRef } from './types';
import { USER_SOURCE_ID } from './vocabulary';

/** The source given to a fact a user enters or changes by hand, dated so a reader can tell when. */
export function userEntry(date: string): SourceRef {
  return {
    source: USER_SOURCE_ID as SourceRef['source'],
    confidence: 'illustrative',
    note: `entered by a user on ${date.slice(0, 10)}`,
  };
}
