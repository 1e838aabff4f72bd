import { describe, expect, it } from 'vitest';
import { listInWords } from '../../src/i18n/conjunction';

describe('names listed in a sentence', () => {
  it('joins the last with "and" in English', () => {
    expect(listInWords(['Conwy'], 'en')).toBe('Conwy');
    expect(listInWords(['Conwy', 'Gwynedd', 'Newport'], 'en')).toBe('Conwy, Gwynedd and Newport');
  });

  it('joins the last with "a", mutated after it, or "ac" before a vowel, in Welsh', () => {
    expect(listInWords(['Conwy', 'Casnewydd'], 'cy')).toBe('Conwy a Chasnewydd');
    expect(listInWords(['Conwy', 'Gwynedd', 'Ynys Môn'], 'cy')).toBe('Conwy, Gwynedd ac Ynys Môn');
  });
});
