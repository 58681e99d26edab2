import { moveButtonId, moveId, movesOf } from './display-order';

describe('moveId', () => {
  const ids = ['a', 'b', 'c'];

  it('swaps the row with its upper or lower neighbour, leaving the input alone', () => {
    expect(moveId(ids, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(ids, 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveId(ids, 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('gives null for a move past an end or of an unknown row, so nothing is sent', () => {
    expect(moveId(ids, 'a', -1)).toBeNull();
    expect(moveId(ids, 'c', 1)).toBeNull();
    expect(moveId(ids, 'x', 1)).toBeNull();
    expect(moveId([], 'a', -1)).toBeNull();
  });

  it('always answers a permutation of the ids (what the API requires)', () => {
    for (const id of ids) {
      for (const delta of [-1, 1] as const) {
        const order = moveId(ids, id, delta);
        if (order) expect([...order].sort()).toEqual(ids);
      }
    }
  });
});

describe('movesOf', () => {
  it('disables "up" on the first row and "down" on the last', () => {
    expect(movesOf(0, 3)).toEqual({ canMoveUp: false, canMoveDown: true });
    expect(movesOf(1, 3)).toEqual({ canMoveUp: true, canMoveDown: true });
    expect(movesOf(2, 3)).toEqual({ canMoveUp: true, canMoveDown: false });
    expect(movesOf(0, 1)).toEqual({ canMoveUp: false, canMoveDown: false });
  });
});

describe('moveButtonId', () => {
  it('names each button of a row distinctly', () => {
    expect(moveButtonId('m1', -1)).toBe('move-m1-up');
    expect(moveButtonId('m1', 1)).toBe('move-m1-down');
  });
});
