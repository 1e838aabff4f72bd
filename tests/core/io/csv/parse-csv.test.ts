import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/core/io/csv/parse-csv';
import { writeCsv } from '../../../../src/core/io/csv/write-csv';

const ok = (text: string) => {
  const r = parseCsv(text, { file: 't.csv' });
  if (!r.ok)
    throw new Error(r.problems.map((p) => `${p.record} ${p.field} ${p.message}`).join('\n'));
  return r.value;
};
const problems = (text: string, opts = {}) => {
  const r = parseCsv(text, { file: 't.csv', ...opts });
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};

describe('parseCsv', () => {
  it('reads UTF-8 with a byte-order mark and CRLF line ends', () => {
    const t = ok('\uFEFFid,name\r\na,Ŵyn\r\nb,Ynys Môn\r\n');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['a', 'Ŵyn'] },
      { row: 3, cells: ['b', 'Ynys Môn'] },
    ]);
  });

  it('reads LF files without a final newline, and keeps Welsh diacritics', () => {
    expect(ok('a,b\nŵ,ŷ â').rows[0]!.cells).toEqual(['ŵ', 'ŷ â']);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const t = ok('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nnext,2,3\r\n');
    expect(t.rows[0]!.cells).toEqual(['x, y', 'say "hi"', 'two\r\nlines']);
    // A multi-line cell is one spreadsheet row, so the next record is row 3.
    expect(t.rows[1]!.row).toBe(3);
  });

  it('keeps empty trailing cells and skips blank lines while still counting them', () => {
    const t = ok('a,b\n1,\n\n3,4\n');
    expect(t.rows).toEqual([
      { row: 2, cells: ['1', ''] },
      { row: 4, cells: ['3', '4'] },
    ]);
  });

  it('names the row and column of an unterminated quote', () => {
    const [p] = problems('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(p!.record).toBe('t.csv, row 3');
    expect(p!.field).toBe('column B');
    expect(p!.message).toMatch(/quoted field is never closed/);
  });

  it('names the row and column of a row with too many or too few fields', () => {
    const ps = problems('a,b,c\n1,2,3\n1,2,3,4\n1,2\n');
    expect(ps.map((p) => `${p.record} ${p.field}`)).toEqual([
      't.csv, row 3 column D',
      't.csv, row 4 column C',
    ]);
    expect(ps[0]!.message).toMatch(/4 fields but the header has 3; is there an unquoted comma/);
    expect(ps[1]!.message).toMatch(/column C \(c\) and after are missing/);
  });

  it('refuses text after a closing quote', () => {
    expect(problems('a\n"x"y\n')[0]!.message).toMatch(/after a closing quote/);
  });

  it('refuses binary data and an empty file', () => {
    expect(problems('PK\u0003\u0004\u0000\u0000')[0]!.message).toMatch(/not CSV text/);
    expect(problems('')[0]!.message).toMatch(/empty/);
  });

  it('stops at the row limit without reading the rest of the file', () => {
    // Past the limit the text is broken (an unclosed quote); reading on would report that.
    const rows = Array.from({ length: 100_001 }, (_, i) => `${i},x`).join('\n');
    const ps = problems(`a,b\n${rows}\n"unclosed,\n${'z,z\n'.repeat(50_000)}`);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.message).toMatch(
      /more than 100,000 data rows \(stopped reading at row 100,002\)/,
    );
    expect(ps[0]!.record).toBe('t.csv, row 100002');
  });

  it('reads exactly 100,000 data rows', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `${i},x`).join('\n');
    expect(ok(`a,b\n${rows}\n`).rows).toHaveLength(100_000);
  });

  it('refuses a file over 50 MB before parsing it', () => {
    const big = `a,b\n"${'x'.repeat(52 * 1024 * 1024)}`; // unclosed quote, never reached
    const started = performance.now();
    const ps = problems(big);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ps[0]!.message).toMatch(/the file is 52 MB, over the 50 MB limit/);
  });

  it('counts UTF-8 bytes, not characters, against the size limit', () => {
    expect(problems(`a\n${'ŵ'.repeat(60)}`, { maxBytes: 100 })[0]!.message).toMatch(/over/);
    expect(parseCsv(`a\n${'w'.repeat(60)}`, { maxBytes: 100 }).ok).toBe(true);
  });
});

describe('writeCsv', () => {
  it('quotes only when needed, ends rows with CRLF and starts with a BOM', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          ['x, y', 'plain'],
          ['say "hi"', 'two\nlines'],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x, y",plain\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('guards formulas with a leading quote, which the reader takes off again', () => {
    const values = ['=1+1', '+44', '-x', '@me', "'=x", "''+y", "'t Hooft", 'plain', '\tlead', ''];
    const text = writeCsv(
      ['v'],
      values.map((v) => [v]),
    );
    expect(text).toContain("'=1+1");
    expect(text).toContain("''=x");
    expect(text).toContain("'t Hooft\r\n"); // not a formula: left as it is
    const back = ok(text).rows.map((r) => r.cells[0]);
    expect(back).toEqual(values.filter((v) => v !== ''));
  });

  it('round-trips awkward cells exactly', () => {
    const cells = [' edge ', 'a\r\nb', 'c\rd', '"', ',', 'ŵŷâ', '<b>]]></b>', 'שלום', 'x\u0001y'];
    const text = writeCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], [cells]);
    expect(ok(text).rows[0]!.cells).toEqual(cells);
  });
});
