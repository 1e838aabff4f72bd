import type * as Live from './live-document';

export type LiveDocument = typeof Live;

/** The page's Yjs, fetched once, when a workspace's live document is first needed. */
export const loadLive = (): Promise<LiveDocument> => import('./live-document');
