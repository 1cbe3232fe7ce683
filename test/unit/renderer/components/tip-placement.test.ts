import { describe, expect, it } from 'vitest';
import { placeTip } from '../../../../renderer/components/tip-placement';

const viewport = { width: 1280, height: 720 };
const tip = { width: 260, height: 80 };

describe('tip-placement', () => {
  it('puts the tip under its anchor with the right edges aligned', () => {
    expect(placeTip({ left: 270, top: 100, right: 288, bottom: 118 }, tip, viewport)).toEqual({ left: 28, top: 124 });
  });

  it('flips the tip above an anchor near the bottom of the window', () => {
    expect(placeTip({ left: 270, top: 660, right: 288, bottom: 678 }, tip, viewport)).toEqual({ left: 28, top: 574 });
  });

  it('keeps the tip inside the window sideways', () => {
    expect(placeTip({ left: 2, top: 100, right: 20, bottom: 118 }, tip, viewport).left).toBe(8);
    expect(placeTip({ left: 1270, top: 100, right: 1300, bottom: 118 }, tip, viewport).left).toBe(1280 - 8 - 260);
  });

  it('keeps a tip taller than the room above and below inside the window', () => {
    expect(placeTip({ left: 270, top: 40, right: 288, bottom: 58 }, { width: 260, height: 700 }, viewport).top).toBe(720 - 8 - 700);
  });
});
