/**
 * Everything the page needs to change a workspace: its Yjs document and the core's edits. The
 * app loads it beside its first view rather than before it, so that a workspace can be drawn
 * from its content while its live document is opened.
 */
export { applyEdit } from '../core/edits/apply-edit';
export { redoEdit, undoEdit } from '../core/edits/take-back';
export { settleContent } from '../core/workspace/settle';
export { applyUpdate, Doc, encodeStateAsUpdate, mergeUpdates } from 'yjs';
export { DocumentView } from '../document/document-view';
export { writeContent } from '../document/write-content';
export { assemble, decodeContent, encodeContent, FROM_TAB, openDocument } from './open-document';
