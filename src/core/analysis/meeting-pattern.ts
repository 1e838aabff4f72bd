import type { Board } from '../model/types';
import type { Status } from '../model/vocabulary';

/**
 * Defaults for boards whose meeting pattern no source records: quarterly meetings of two hours,
 * the pattern most partnership boards in the seed documents describe. Figures built on them
 * are marked estimated wherever they are shown.
 */
export const DEFAULT_MEETINGS_PER_YEAR = 4;
export const DEFAULT_HOURS_PER_MEETING = 2;

/** Boards that meet, and so cost their members time: shadow boards meet before they take over. */
export const MEETING_STATUSES: readonly Status[] = ['active', 'shadow'];

export interface MeetingPattern {
  meetingsPerYear: number;
  hoursPerMeeting: number;
  /** Hours a year one seat on the board takes. */
  hoursPerSeat: number;
  /** True when either figure is the stated default rather than the board's own. */
  estimated: boolean;
}

/** A board's meeting pattern, with the stated defaults filling any gap. */
export function meetingPattern(board: Board): MeetingPattern {
  const meetingsPerYear = board.meetingsPerYear ?? DEFAULT_MEETINGS_PER_YEAR;
  const hoursPerMeeting = board.hoursPerMeeting ?? DEFAULT_HOURS_PER_MEETING;
  return {
    meetingsPerYear,
    hoursPerMeeting,
    hoursPerSeat: meetingsPerYear * hoursPerMeeting,
    estimated: board.meetingsPerYear === undefined || board.hoursPerMeeting === undefined,
  };
}

export const meets = (board: Board): boolean => MEETING_STATUSES.includes(board.status);
