import { tidyLayout } from '../core/layout/tidy-layout';
import type { Landscape } from '../core/model/types';
import type { Positions } from '../core/workspace/types';

/** What the page asks: lay this landscape out, keeping these boards where they are. */
export interface TidyRequest {
  id: number;
  landscape: Landscape;
  pinned: Positions;
}

export type TidyResponse =
  { id: number; ok: true; positions: Positions } | { id: number; ok: false; message: string };

// The tidy layout runs here, off the main thread, so the page keeps answering while it works.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TidyRequest>) => void) | null;
  postMessage(message: TidyResponse): void;
};

scope.onmessage = ({ data }) => {
  try {
    const positions = tidyLayout(data.landscape, { pinned: data.pinned });
    scope.postMessage({ id: data.id, ok: true, positions });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
