import { describe, expect, it } from 'vitest';
import { fitLabel, textWidth, wrapToWidth } from '../../../../src/core/io/svg/text-measure';

describe('textWidth', () => {
  it('reads the face’s advance widths: digits share one width, bold is wider, Welsh letters count', () => {
    expect(textWidth('0', 10)).toBeCloseTo(6.36, 2); // DejaVu Sans: 1303 units of 2048
    expect(textWidth('1111', 10)).toBeCloseTo(textWidth('8888', 10), 5);
    expect(textWidth('Wrexham', 13, 'bold')).toBeGreaterThan(textWidth('Wrexham', 13));
    expect(textWidth('ŵ', 10)).toBeCloseTo(textWidth('w', 10), 0);
    expect(textWidth('ab', 20)).toBeCloseTo(2 * textWidth('ab', 10), 5);
  });

  it('takes an unknown character as an em wide, never narrower', () => {
    expect(textWidth('中', 10)).toBe(10);
  });
});

describe('fitLabel', () => {
  const box = {
    width: 196,
    height: 54,
    size: 13,
    minSize: 10,
    maxLines: 3,
    weight: 'bold',
  } as const;

  it('keeps a short name on one line at full size', () => {
    expect(fitLabel('Gwent LSCB', box)).toEqual({ lines: ['Gwent LSCB'], size: 13 });
  });

  it('wraps a long name onto up to three lines, each within the width, and keeps it whole', () => {
    const name = 'North Wales Criminal Justice, Reoffending and Substance Misuse Board';
    const { lines, size } = fitLabel(name, box);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe(name);
    for (const l of lines) expect(textWidth(l, size, 'bold')).toBeLessThanOrEqual(196);
  });

  it('sets a name smaller, down to the floor, before giving it a fourth line', () => {
    const name =
      'Bwrdd Cynllunio Ardal Camddefnyddio Sylweddau a Chyfiawnder Troseddol Rhanbarthol Gogledd Cymru';
    const { lines, size } = fitLabel(name, box);
    expect(size).toBeLessThan(13);
    expect(size).toBeGreaterThanOrEqual(10);
    expect(lines.join(' ')).toBe(name);
    const long = `${name} ${name}`;
    const floor = fitLabel(long, box);
    expect(floor.size).toBe(10);
    expect(floor.lines.join(' ')).toBe(long);
  });

  it('never cuts a word longer than the line', () => {
    expect(
      wrapToWidth('Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', 50, 13),
    ).toEqual(['Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch']);
  });
});
