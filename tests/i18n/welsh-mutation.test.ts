import { describe, expect, it } from 'vitest';
import { afterJoiner, mutate } from '../../src/i18n/welsh-mutation';

describe('Welsh mutation after â, a, i, o and yn', () => {
  it('aspirates after â and a, and turns them to ag and ac before a vowel', () => {
    expect(afterJoiner('â', 'trais difrifol')).toBe('â thrais difrifol');
    expect(afterJoiner('â', 'camddefnyddio sylweddau')).toBe('â chamddefnyddio sylweddau');
    expect(afterJoiner('â', 'ymddygiad gwrthgymdeithasol')).toBe('ag ymddygiad gwrthgymdeithasol');
    expect(afterJoiner('a', 'Partneriaeth Diogelwch Cymunedol')).toBe(
      'a Phartneriaeth Diogelwch Cymunedol',
    );
    expect(afterJoiner('a', 'Ardaloedd heddluoedd')).toBe('ac Ardaloedd heddluoedd');
    expect(afterJoiner('â', 'Bwrdd Cyfiawnder Troseddol De Cymru')).toBe(
      'â Bwrdd Cyfiawnder Troseddol De Cymru',
    );
  });

  it('softens after i and o, keeping the capital and leaving digraphs alone', () => {
    expect(afterJoiner('i', 'Bwrdd Cymunedau Mwy Diogel')).toBe('i Fwrdd Cymunedau Mwy Diogel');
    expect(afterJoiner('i', 'Gwent Fwy Diogel')).toBe('i Went Fwy Diogel');
    expect(afterJoiner('o', 'Caerdydd')).toBe('o Gaerdydd');
    expect(afterJoiner('o', 'Llandudno')).toBe('o Landudno');
    expect(afterJoiner('i', 'Rhondda Cynon Taf')).toBe('i Rondda Cynon Taf');
    expect(afterJoiner('o', 'Theatr')).toBe('o Theatr');
    expect(afterJoiner('i', 'Dinbych')).toBe('i Ddinbych');
    expect(afterJoiner('o', 'Ffestiniog')).toBe('o Ffestiniog');
  });

  it('nasalises after yn, and yn becomes ym or yng', () => {
    expect(afterJoiner('yn', 'Caerdydd')).toBe('yng Nghaerdydd');
    expect(afterJoiner('yn', 'Powys')).toBe('ym Mhowys');
    expect(afterJoiner('yn', 'Torfaen')).toBe('yn Nhorfaen');
    expect(afterJoiner('yn', 'Abertawe')).toBe('yn Abertawe');
    expect(afterJoiner('yn', 'Merthyr Tudful')).toBe('ym Merthyr Tudful');
  });

  it('leaves acronyms and numbers as they are', () => {
    expect(mutate('CONTEST', 'aspirate')).toBe('CONTEST');
    expect(afterJoiner('i', 'VAWDASV')).toBe('i VAWDASV');
    expect(afterJoiner('o', '3 bwrdd')).toBe('o 3 bwrdd');
  });
});
