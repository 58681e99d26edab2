import { describeOrderProblem, orderProblem, reorderWithin } from './display-order';

describe('orderProblem', () => {
  it('accepts a permutation, including the unchanged order', () => {
    expect(orderProblem(['a', 'b', 'c'], ['c', 'a', 'b'])).toBeNull();
    expect(orderProblem(['a', 'b', 'c'], ['a', 'b', 'c'])).toBeNull();
    expect(orderProblem([], [])).toBeNull();
  });

  it.each([
    ['a left-out id', ['a', 'b'], { missing: ['c'], unknown: [], repeated: [] }],
    ['an unknown id', ['a', 'b', 'c', 'x'], { missing: [], unknown: ['x'], repeated: [] }],
    ['a repeated id', ['a', 'b', 'b', 'c'], { missing: [], unknown: [], repeated: ['b'] }],
    ['a swap of one id for another', ['a', 'b', 'x'], { missing: ['c'], unknown: ['x'], repeated: [] }],
  ])('names %s', (_, proposed, problem) => {
    expect(orderProblem(['a', 'b', 'c'], proposed)).toEqual(problem);
  });
});

describe('describeOrderProblem', () => {
  it('says what is missing, unknown and repeated', () => {
    expect(describeOrderProblem({ missing: ['c'], unknown: ['x'], repeated: ['b'] }, 'measures')).toBe(
      'must list every one of its measures exactly once: it leaves out c; names x, which are not measures of it; repeats b',
    );
  });

  it('shortens long lists', () => {
    expect(
      describeOrderProblem({ missing: ['a', 'b', 'c', 'd', 'e'], unknown: [], repeated: [] }, 'KPIs'),
    ).toBe('must list every one of its KPIs exactly once: it leaves out a, b, c and 2 more');
  });
});

describe('reorderWithin', () => {
  it("reorders one group's members in their own slots and leaves the others in place", () => {
    // Items of two directions interleaved in the version's sequence: x1 y1 x2 y2 x3.
    expect(reorderWithin(['x1', 'y1', 'x2', 'y2', 'x3'], ['x3', 'x1', 'x2'])).toEqual([
      'x3',
      'y1',
      'x1',
      'y2',
      'x2',
    ]);
  });

  it('reorders the whole sequence when the group is all of it', () => {
    expect(reorderWithin(['a', 'b', 'c'], ['b', 'c', 'a'])).toEqual(['b', 'c', 'a']);
  });
});
