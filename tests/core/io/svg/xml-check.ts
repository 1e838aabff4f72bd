/**
 * A small, strict XML reader for the SVG tests: enough of XML 1.0 to prove a document is
 * well-formed (one root, balanced tags, quoted and unique attributes, only the five named
 * entities or character references, no stray `<` or `&`, no forbidden characters) and to walk
 * the result. It throws on the first fault, saying where. No DOCTYPE, CDATA or processing
 * instructions: the renderer never writes them, so meeting one is itself a failure.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_:][\w:.-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function parseXml(text: string): XmlElement {
  const bad = FORBIDDEN.exec(text);
  if (bad)
    throw new Error(`forbidden character U+${bad[0].codePointAt(0)!.toString(16)} at ${bad.index}`);
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${i}: …${text.slice(Math.max(0, i - 40), i + 40)}…`);
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);?/g, (match, body: string) => {
      if (!match.endsWith(';')) fail(`bare & in "${raw}"`);
      if (body in ENTITIES) return ENTITIES[body]!;
      const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
      if (!m) fail(`unknown entity &${body};`);
      return String.fromCodePoint(
        m![1]!.startsWith('x') ? parseInt(m![1]!.slice(1), 16) : Number(m![1]),
      );
    });

  const skipSpace = () => {
    while (/\s/.test(text[i] ?? '')) i += 1;
  };
  const element = (): XmlElement => {
    if (text[i] !== '<') fail('expected <');
    i += 1;
    const name = NAME.exec(text.slice(i))?.[0] ?? fail('expected an element name');
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (text.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [] };
      }
      if (text[i] === '>') {
        i += 1;
        break;
      }
      if (i === before) fail('expected a space before an attribute');
      const attr = NAME.exec(text.slice(i))?.[0] ?? fail('expected an attribute name');
      i += attr.length;
      if (text[i] !== '=') fail(`attribute ${attr} has no =`);
      i += 1;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr} is not quoted`);
      const end = text.indexOf(quote!, i + 1);
      if (end < 0) fail('unterminated attribute');
      const raw = text.slice(i + 1, end);
      if (raw.includes('<')) fail(`< inside attribute ${attr}`);
      if (attr in attrs) fail(`duplicate attribute ${attr}`);
      attrs[attr] = decode(raw);
      i = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      const next = text.indexOf('<', i);
      if (next < 0) fail(`<${name}> is never closed`);
      if (next > i) children.push(decode(text.slice(i, next)));
      i = next;
      if (text.startsWith('</', i)) {
        i += 2;
        const close = NAME.exec(text.slice(i))?.[0];
        if (close !== name) fail(`</${close}> closes <${name}>`);
        i += name.length;
        skipSpace();
        if (text[i] !== '>') fail('expected >');
        i += 1;
        return { name, attrs, children };
      }
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
        continue;
      }
      if (text.startsWith('<!', i) || text.startsWith('<?', i)) fail('unexpected declaration');
      children.push(element());
    }
  };

  skipSpace();
  if (text.startsWith('<?xml', i)) {
    i = text.indexOf('?>', i) + 2;
    skipSpace();
  }
  const root = element();
  skipSpace();
  if (i !== text.length) fail('content after the root element');
  return root;
}

/** Every element below (and including) `node`, depth first, in document order. */
export function descendants(node: XmlElement): XmlElement[] {
  return [node, ...node.children.flatMap((c) => (typeof c === 'string' ? [] : descendants(c)))];
}

/** The text of an element, its child elements' text joined by spaces (one per line of a label). */
export function textOf(node: XmlElement): string {
  return node.children
    .map((c) => (typeof c === 'string' ? c : textOf(c)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
