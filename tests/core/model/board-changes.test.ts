import { describe, expect, it } from 'vitest';
import { changeBoard } from '../../../src/core/model/board-changes';
import type { Board, SourceId } from '../../../src/core/model/types';
import { miniLandscape } from '../../fixtures/mini-landscape';

const user = { source: 'user-entry' as SourceId, confidence: 'illustrative' as const };
const translated = (): Board => ({
  ...miniLandscape().boards[0]!,
  nameCy: 'Bwrdd Cenedlaethol',
  nameCyStatus: 'unofficial',
});

describe('changeBoard', () => {
  it('drops the Welsh name’s status when a user types another Welsh name', () => {
    const next = changeBoard(translated(), { nameCy: 'Y Bwrdd Cenedlaethol' }, user);
    expect(next.nameCy).toBe('Y Bwrdd Cenedlaethol');
    expect(next).not.toHaveProperty('nameCyStatus');
  });

  it('keeps the Welsh name’s status when the Welsh name is left as it was', () => {
    const next = changeBoard(translated(), { name: 'Renamed', nameCy: 'Bwrdd Cenedlaethol' }, user);
    expect(next.nameCyStatus).toBe('unofficial');
  });
});
