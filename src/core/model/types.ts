import type {
  BoardFactField,
  Confidence,
  Level,
  NameCyStatus,
  RelationType,
  Role,
  Sector,
  SourceKind,
  Status,
  Theme,
} from './vocabulary';

/** An area's code: an ONS GSS code (`W06000001`, `E07000123`, `S12000033`…) or a plain local id. */
export type AreaCode = string & { readonly __brand: 'AreaCode' };
export type BoardId = string & { readonly __brand: 'BoardId' };
export type OrganisationId = string & { readonly __brand: 'OrganisationId' };
export type SourceId = string & { readonly __brand: 'SourceId' };

/** A document or public record that facts are drawn from. */
export interface SourceDocument {
  id: SourceId;
  kind: SourceKind;
  title: string;
  /** For seed documents: the file name in the project's seed collection. */
  file?: string;
  /** Publisher and date, as a reader would cite it. */
  citation?: string;
}

/** Where one fact comes from: a document, the quoted words, and how firmly it supports the fact. */
export interface SourceRef {
  source: SourceId;
  quote?: string;
  confidence: Confidence;
  note?: string;
}

/** A record's Welsh name, and whether it is the official one (cited) or a translation. */
export interface WelshName {
  nameCy?: string;
  nameCyStatus?: NameCyStatus;
}

/** An official Welsh name of an organisation or board cites the document that publishes it. */
export interface CitedWelshName extends WelshName {
  nameCySource?: SourceId;
}

export interface Region extends WelshName {
  /** The region's name is its id within its system (as in `police=North Wales`). */
  name: string;
  /** Official code where one exists, e.g. `W15000001`. */
  code?: string;
}

/** An official Welsh region or system name is cited by the system's own source. */
export interface RegionSystem extends WelshName {
  id: string;
  name: string;
  regions: Region[];
  source?: SourceRef;
}

export interface Area {
  code: AreaCode;
  name: string;
  /** Optional: areas outside Wales usually have none, and the English name is shown instead. */
  nameCy?: string;
  /** Region name in each system, keyed by system id. */
  regions: Record<string, string>;
}

/** `all` means every area of the landscape (an all-Wales body). */
export type Footprint = 'all' | AreaCode[];

export interface Organisation extends CitedWelshName {
  id: OrganisationId;
  name: string;
  acronym?: string;
  sector: Sector;
  devolved: boolean;
  source: SourceRef;
}

export interface Board extends CitedWelshName {
  id: BoardId;
  name: string;
  acronym?: string;
  level: Level;
  footprint: Footprint;
  /** Set when the body reaches beyond Wales (e.g. England and Wales). */
  extent?: 'england-and-wales' | 'uk';
  themes: Theme[];
  statutoryBasis?: string;
  meetingsPerYear?: number;
  hoursPerMeeting?: number;
  status: Status;
  /** ISO date (or year) the board started or ended, where known. */
  from?: string;
  to?: string;
  description?: string;
  source: SourceRef;
  /** Sources for individual facts that differ from the record's own source. */
  factSources?: Partial<Record<BoardFactField, SourceRef>>;
}

export interface Membership {
  board: BoardId;
  organisation: OrganisationId;
  role: Role;
  seats: number;
  source: SourceRef;
}

export interface Relation {
  from: BoardId;
  to: BoardId;
  type: RelationType;
  source: SourceRef;
}

/** The whole partnership landscape: pure data, no positions, no UI state. */
export interface Landscape {
  format: 'tirwedd.landscape';
  version: number;
  title: string;
  /** ISO date the landscape describes. */
  asAt: string;
  sources: SourceDocument[];
  regionSystems: RegionSystem[];
  areas: Area[];
  organisations: Organisation[];
  boards: Board[];
  memberships: Membership[];
  relations: Relation[];
}
