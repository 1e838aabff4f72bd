/** The ranges the landscape format allows for numbers a user types; forms and validation share them. */
export const LIMITS = {
  meetingsPerYear: { min: 0, max: 366 },
  hoursPerMeeting: { min: 0, max: 24 },
  seats: { min: 1, max: 1000 },
} as const;
