import fc from 'fast-check';

import type { DependencyNode } from './dependency-graph';
import { findDependencyCycles, findUnknownDependencies, topologicalOrder } from './dependency-graph';

const graph = (edges: Record<string, string[]>): DependencyNode[] =>
  Object.entries(edges).map(([id, dependsOn]) => ({ id, dependsOn }));

describe('findDependencyCycles', () => {
  it.each([
    ['no nodes', {}, []],
    ['no dependencies', { a: [], b: [] }, []],
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
    ['a self-dependency', { a: ['a'], b: ['a'] }, [{ itemIds: ['a'], path: ['a', 'a'] }]],
    [
      'two items depending on each other',
      { b: ['a'], a: ['b'] },
      [{ itemIds: ['a', 'b'], path: ['a', 'b', 'a'] }],
    ],
    [
      'a circle of three entered from outside',
      { x: ['c'], c: ['a'], a: ['b'], b: ['c'] },
      [{ itemIds: ['a', 'b', 'c'], path: ['a', 'b', 'c', 'a'] }],
    ],
    [
      'two separate circles, sorted by their smallest id',
      { z: ['y'], y: ['z'], b: ['a'], a: ['b'] },
      [
        { itemIds: ['a', 'b'], path: ['a', 'b', 'a'] },
        { itemIds: ['y', 'z'], path: ['y', 'z', 'y'] },
      ],
    ],
    [
      'two circles sharing an item form one component, with the shortest circle through its smallest id',
      { a: ['b'], b: ['c'], c: ['a', 'd'], d: ['c'] },
      [{ itemIds: ['a', 'b', 'c', 'd'], path: ['a', 'b', 'c', 'a'] }],
    ],
    [
      'a shortcut makes the shortest circle',
      { a: ['b', 'd'], b: ['c'], c: ['d'], d: ['a'] },
      [{ itemIds: ['a', 'b', 'c', 'd'], path: ['a', 'd', 'a'] }],
    ],
    ['dependencies on unknown ids are ignored', { a: ['ghost'], b: ['a', 'ghost'] }, []],
    [
      'a dependency listed twice',
      { a: ['b', 'b'], b: ['a'] },
      [{ itemIds: ['a', 'b'], path: ['a', 'b', 'a'] }],
    ],
  ])('finds in %s: %j → %j', (_name, edges, expected) => {
    expect(findDependencyCycles(graph(edges))).toEqual(expected);
  });

  it('handles a chain and a circle of 100 000 items without overflowing the stack', () => {
    const size = 100_000;
    const id = (i: number) => `n${String(i).padStart(6, '0')}`;
    const chain = Array.from({ length: size }, (_, i) => ({
      id: id(i),
      dependsOn: i + 1 < size ? [id(i + 1)] : [],
    }));
    const circle = chain.map((node, i) => (i === size - 1 ? { ...node, dependsOn: [id(0)] } : node));

    expect(findDependencyCycles(chain)).toEqual([]);
    const [cycle] = findDependencyCycles(circle);
    expect(cycle.itemIds).toHaveLength(size);
    expect(cycle.path).toHaveLength(size + 1);
  });

  it('refuses duplicate ids', () => {
    expect(() =>
      findDependencyCycles([
        { id: 'a', dependsOn: [] },
        { id: 'a', dependsOn: [] },
      ]),
    ).toThrow(RangeError);
  });
});

describe('findUnknownDependencies', () => {
  it('lists each unknown dependency once, sorted', () => {
    expect(findUnknownDependencies(graph({ b: ['x', 'a', 'x'], a: ['y', 'b'] }))).toEqual([
      { itemId: 'a', dependsOnId: 'y' },
      { itemId: 'b', dependsOnId: 'x' },
    ]);
  });
});

describe('topologicalOrder', () => {
  it.each([
    ['no nodes', {}, []],
    ['independent items by id', { c: [], a: [], b: [] }, ['a', 'b', 'c']],
    ['a chain, dependencies first', { a: ['b'], b: ['c'], c: [] }, ['c', 'b', 'a']],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, ['d', 'b', 'c', 'a']],
    ['unknown dependencies ignored', { a: ['ghost'] }, ['a']],
  ])('orders %s', (_name, edges, expected) => {
    expect(topologicalOrder(graph(edges))).toEqual({ ok: true, order: expected });
  });

  it('returns the cycles instead when there is one', () => {
    expect(topologicalOrder(graph({ a: ['b'], b: ['a'], c: [] }))).toEqual({
      ok: false,
      cycles: [{ itemIds: ['a', 'b'], path: ['a', 'b', 'a'] }],
    });
  });
});

describe('dependency graph (properties)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const graphArb = fc
    .subarray(ids, { minLength: 1 })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((id) =>
          fc
            .array(fc.constantFrom('ghost', ...ids), { maxLength: 4 })
            .map((dependsOn) => ({ id, dependsOn })),
        ),
      ),
    );
  const reorder = (nodes: DependencyNode[], keys: number[]) =>
    nodes
      .map((node, i) => ({ node: { ...node, dependsOn: [...node.dependsOn].reverse() }, key: keys[i] ?? 0 }))
      .sort((x, y) => x.key - y.key)
      .map(({ node }) => node);

  it('does not depend on the order of nodes or of their dependencies', () => {
    fc.assert(
      fc.property(graphArb, fc.array(fc.integer(), { minLength: 6, maxLength: 6 }), (nodes, keys) => {
        const permuted = reorder(nodes, keys);

        expect(findDependencyCycles(permuted)).toEqual(findDependencyCycles(nodes));
        expect(topologicalOrder(permuted)).toEqual(topologicalOrder(nodes));
        expect(findUnknownDependencies(permuted)).toEqual(findUnknownDependencies(nodes));
      }),
      { numRuns: 500 },
    );
  });

  it('returns real circles, and an order exactly when there is none', () => {
    fc.assert(
      fc.property(graphArb, (nodes) => {
        const edges = new Map(nodes.map((node) => [node.id, new Set(node.dependsOn)]));
        const cycles = findDependencyCycles(nodes);
        for (const { itemIds, path } of cycles) {
          expect(path[0]).toBe(itemIds[0]);
          expect(path[path.length - 1]).toBe(itemIds[0]);
          for (let i = 0; i + 1 < path.length; i++) expect(edges.get(path[i])!.has(path[i + 1])).toBe(true);
        }
        const result = topologicalOrder(nodes);
        expect(result.ok).toBe(cycles.length === 0);
        if (result.ok) {
          const position = new Map(result.order.map((id, i) => [id, i]));
          for (const node of nodes) {
            for (const target of node.dependsOn) {
              if (position.has(target) && target !== node.id) {
                expect(position.get(target)!).toBeLessThan(position.get(node.id)!);
              }
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
