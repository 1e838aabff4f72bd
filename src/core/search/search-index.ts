import MiniSearch from 'minisearch';
import type { BoardId, Landscape, OrganisationId } from '../model/types';
import { acronymsFor } from './glossary';

export type SearchHit =
  | { kind: 'board'; id: BoardId; score: number }
  | { kind: 'organisation'; id: OrganisationId; score: number };

interface Doc {
  key: string;
  kind: 'board' | 'organisation';
  id: string;
  name: string;
  nameCy: string;
  acronyms: string;
}

/**
 * A search over boards and organisations by English or Welsh name and by acronym (their own or
 * the glossary's), tolerant of typos. MiniSearch does the ranking: exact words outrank
 * prefixes, which outrank near misses; acronyms and names weigh more than Welsh names so an
 * English query prefers English matches, while a Welsh query still finds its record.
 */
export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

export function createSearchIndex(landscape: Landscape): SearchIndex {
  const index = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['name', 'nameCy', 'acronyms'],
    storeFields: ['kind', 'id'],
    // Keep short words such as "of" searchable: board names are short.
    processTerm: (term) =>
      term
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, ''),
  });
  const docs: Doc[] = [
    ...landscape.boards.map((b) => ({
      key: `board:${b.id}`,
      kind: 'board' as const,
      id: b.id,
      name: b.name,
      nameCy: b.nameCy ?? '',
      acronyms: [b.acronym ?? '', ...acronymsFor(b.name)].join(' '),
    })),
    ...landscape.organisations.map((o) => ({
      key: `organisation:${o.id}`,
      kind: 'organisation' as const,
      id: o.id,
      name: o.name,
      nameCy: o.nameCy ?? '',
      acronyms: [o.acronym ?? '', ...acronymsFor(o.name)].join(' '),
    })),
  ];
  index.addAll(docs);
  return {
    search(query, limit = 20) {
      const q = query.trim();
      if (!q) return [];
      const results = index.search(q, {
        prefix: (term) => term.length > 1,
        fuzzy: (term) => (term.length > 3 ? 0.25 : false),
        boost: { acronyms: 3, name: 2, nameCy: 1.5 },
        combineWith: 'AND',
      });
      return results
        .slice(0, limit)
        .map((r): SearchHit =>
          r.kind === 'board'
            ? { kind: 'board', id: r.id as BoardId, score: r.score }
            : { kind: 'organisation', id: r.id as OrganisationId, score: r.score },
        );
    },
  };
}
