/**
 * The controlled vocabularies of the landscape format. Every list is `as const` so the
 * validator, the UI and the CLI enumerate the same values.
 */
export const LEVELS = ['national', 'regional', 'sub-regional', 'local'] as const;
export type Level = (typeof LEVELS)[number];

export const STATUSES = ['active', 'shadow', 'proposed', 'merged', 'retired'] as const;
export type Status = (typeof STATUSES)[number];

export const THEMES = [
  'community-safety',
  'counter-terrorism',
  'serious-violence',
  'organised-crime',
  'vawdasv',
  'substance-misuse',
  'reducing-reoffending',
  'youth-justice',
  'safeguarding',
  'well-being',
  'criminal-justice',
  'modern-slavery',
  'anti-social-behaviour',
  'cohesion',
  'policing',
  'health-and-care',
  'public-protection',
  'data-and-analysis',
] as const;
export type Theme = (typeof THEMES)[number];

export const SECTORS = [
  'central-government',
  'devolved-government',
  'police',
  'local-government',
  'health',
  'fire',
  'justice',
  'third-sector',
  'education',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const ROLES = ['chair', 'co-chair', 'member', 'invited', 'secretariat'] as const;
export type Role = (typeof ROLES)[number];

export const RELATION_TYPES = [
  'reports-to',
  'sub-group-of',
  'back-to-back',
  'merged-into',
  'replaced-by',
  'commissions',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const CONFIDENCES = ['stated', 'inferred', 'illustrative'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Whether a Welsh name is the one a body publishes for itself (`official`, cited by a source) or
 * a translation made for the landscape (`unofficial`), which is shown as such and never passed
 * off as the body's own name.
 */
export const NAME_CY_STATUSES = ['official', 'unofficial'] as const;
export type NameCyStatus = (typeof NAME_CY_STATUSES)[number];

export const SOURCE_KINDS = ['seed', 'public-record'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * The source every landscape knows without declaring it: facts a user typed in. Such facts are
 * marked illustrative, so nothing entered by hand passes for a sourced fact.
 */
export const USER_SOURCE_ID = 'user-entry';

/** Fields of a board that may carry a source of their own, apart from the record's. */
export const BOARD_FACT_FIELDS = [
  'name',
  'level',
  'footprint',
  'themes',
  'statutoryBasis',
  'meetingsPerYear',
  'hoursPerMeeting',
  'status',
] as const;
export type BoardFactField = (typeof BOARD_FACT_FIELDS)[number];
