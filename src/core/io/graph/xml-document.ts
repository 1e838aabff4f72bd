import { DOMParser } from '@xmldom/xmldom';
import type { Problem, Result } from '../../model/problems';

/**
 * Parses XML text with a pure-JavaScript parser, the same in the browser, in Node and in the
 * CLI, so a file reads alike everywhere. A malformed file is one problem naming where the
 * parser stopped, instead of the parser's own console noise.
 */
export function parseXml(text: string, file: string): Result<Document> {
  const errors: string[] = [];
  const report = (message: string) => errors.push(message.replace(/^\[xmldom [a-z]+\]\s*/i, ''));
  const doc = new DOMParser({
    locator: {},
    errorHandler: { warning: () => {}, error: report, fatalError: report },
  }).parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
  if (errors.length || !doc.documentElement) {
    const problem: Problem = {
      record: file,
      field: '',
      message: `not well-formed XML (${(errors[0] ?? 'no root element').split('\n')[0]!.trim()})`,
    };
    return { ok: false, problems: [problem] };
  }
  return { ok: true, value: doc as unknown as Document };
}

/**
 * Edges whose source or target is no node of the file, one problem each, named by the edge's
 * position and ends; checked before the graph library sees the file, which would stop at the
 * first with a message that names neither.
 */
export function danglingEdges(doc: Document): Problem[] {
  const nodes = new Set<string>();
  const nodeList = doc.getElementsByTagName('node');
  for (let i = 0; i < nodeList.length; i++) nodes.add(nodeList[i]!.getAttribute('id') ?? '');
  const problems: Problem[] = [];
  const edges = doc.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const from = edges[i]!.getAttribute('source') ?? '';
    const to = edges[i]!.getAttribute('target') ?? '';
    for (const [field, end] of [
      ['source', from],
      ['target', to],
    ] as const)
      if (!nodes.has(end))
        problems.push({
          record: `edge ${i + 1} (${from} → ${to})`,
          field,
          message: `no node has the id "${end}"`,
        });
  }
  return problems;
}
