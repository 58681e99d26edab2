/**
 * Finish-to-start dependencies between roadmap items: an item lists the ids of the items it depends on, and may
 * start only once they have ended. Every function here is deterministic and independent of the order of nodes and
 * of their `dependsOn` lists: ids are visited in sorted order.
 */
export type DependencyNode = { id: string; dependsOn: readonly string[] };

/**
 * Items that depend on each other in a circle. `itemIds` are all items of the strongly connected component, sorted;
 * `path` is one concrete circle through it, starting and ending at the smallest id, following "depends on" edges
 * (`['a', 'b', 'a']`: a depends on b, b depends on a). A self-dependency is a cycle of one: `['a', 'a']`.
 */
export type DependencyCycle = { itemIds: string[]; path: string[] };

export type UnknownDependency = { itemId: string; dependsOnId: string };

export type TopologicalOrder = { ok: true; order: string[] } | { ok: false; cycles: DependencyCycle[] };

/** Ids sorted, and per id the sorted, de-duplicated positions (in `ids`) of its known dependencies. */
type Graph = { ids: string[]; edges: number[][] };

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildGraph(nodes: readonly DependencyNode[]): Graph {
  const byId = new Map<string, DependencyNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new RangeError(`Duplicate item id in dependency graph: ${node.id}`);
    byId.set(node.id, node);
  }
  const ids = [...byId.keys()].sort(compareIds);
  const position = new Map<string, number>();
  ids.forEach((id, index) => position.set(id, index));
  const edges = ids.map((id) => {
    const targets: number[] = [];
    for (const dependsOnId of byId.get(id)!.dependsOn) {
      const target = position.get(dependsOnId);
      if (target !== undefined) targets.push(target);
    }
    if (targets.length < 2) return targets;
    targets.sort((a, b) => a - b);
    return targets.filter((target, i) => i === 0 || target !== targets[i - 1]);
  });
  return { ids, edges };
}

/** Dependencies that name an id which is not among the nodes, sorted by item id then dependency id. */
export function findUnknownDependencies(nodes: readonly DependencyNode[]): UnknownDependency[] {
  const known = new Set(nodes.map((node) => node.id));
  const unknown: UnknownDependency[] = [];
  for (const node of nodes) {
    for (const dependsOnId of new Set(node.dependsOn)) {
      if (!known.has(dependsOnId)) unknown.push({ itemId: node.id, dependsOnId });
    }
  }
  return unknown.sort((a, b) => compareIds(a.itemId, b.itemId) || compareIds(a.dependsOnId, b.dependsOnId));
}

/**
 * Every dependency cycle, one per strongly connected component that contains a circle, sorted by their smallest
 * id. Dependencies on unknown ids are ignored (see `findUnknownDependencies`). Iterative Tarjan, so long chains
 * cannot overflow the call stack.
 */
export function findDependencyCycles(nodes: readonly DependencyNode[]): DependencyCycle[] {
  const graph = buildGraph(nodes);
  return cyclesOf(graph);
}

function cyclesOf(graph: Graph): DependencyCycle[] {
  const cycles: { first: number; cycle: DependencyCycle }[] = [];
  for (const component of stronglyConnectedComponents(graph)) {
    const first = component[0];
    const isCycle = component.length > 1 || graph.edges[first].includes(first);
    if (!isCycle) continue;
    cycles.push({
      first,
      cycle: {
        itemIds: component.map((v) => graph.ids[v]),
        path: shortestCircle(graph, component, first).map((v) => graph.ids[v]),
      },
    });
  }
  return cycles.sort((a, b) => a.first - b.first).map(({ cycle }) => cycle);
}

/**
 * Ids ordered so that every item comes after everything it depends on (ties broken by id), or the cycles that make
 * such an order impossible.
 */
export function topologicalOrder(nodes: readonly DependencyNode[]): TopologicalOrder {
  const graph = buildGraph(nodes);
  const count = graph.ids.length;
  const remaining = new Int32Array(count);
  const dependents: number[][] = graph.ids.map(() => []);
  for (let v = 0; v < count; v++) {
    remaining[v] = graph.edges[v].length;
    for (const target of graph.edges[v]) dependents[target].push(v);
  }
  // Kahn's algorithm; `ready` is kept sorted descending so pop() yields the smallest position, i.e. the smallest id.
  const ready: number[] = [];
  for (let v = count - 1; v >= 0; v--) if (remaining[v] === 0) ready.push(v);
  const order: string[] = [];
  while (ready.length > 0) {
    const v = ready.pop()!;
    order.push(graph.ids[v]);
    for (const dependent of dependents[v]) {
      if (--remaining[dependent] === 0) insertDescending(ready, dependent);
    }
  }
  if (order.length === count) return { ok: true, order };
  return { ok: false, cycles: cyclesOf(graph) };
}

function insertDescending(list: number[], value: number): void {
  let index = list.length;
  while (index > 0 && list[index - 1] < value) index--;
  list.splice(index, 0, value);
}

/** Tarjan's algorithm without recursion; each component comes back sorted. */
function stronglyConnectedComponents(graph: Graph): number[][] {
  const count = graph.ids.length;
  const index = new Int32Array(count).fill(-1);
  const lowLink = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack = new Int32Array(count);
  let stackSize = 0;
  // The depth-first path: node and the position of its next dependency to look at.
  const frameNode = new Int32Array(count);
  const frameNext = new Int32Array(count);
  const components: number[][] = [];
  let counter = 0;

  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    frameNode[0] = root;
    frameNext[0] = 0;
    index[root] = lowLink[root] = counter++;
    stack[stackSize++] = root;
    onStack[root] = 1;

    while (depth >= 0) {
      const v = frameNode[depth];
      const targets = graph.edges[v];
      if (frameNext[depth] < targets.length) {
        const w = targets[frameNext[depth]++];
        if (index[w] === -1) {
          index[w] = lowLink[w] = counter++;
          stack[stackSize++] = w;
          onStack[w] = 1;
          depth++;
          frameNode[depth] = w;
          frameNext[depth] = 0;
        } else if (onStack[w] === 1 && index[w] < lowLink[v]) {
          lowLink[v] = index[w];
        }
        continue;
      }
      depth--;
      if (depth >= 0) {
        const parent = frameNode[depth];
        if (lowLink[v] < lowLink[parent]) lowLink[parent] = lowLink[v];
      }
      if (lowLink[v] === index[v]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack[--stackSize];
          onStack[member] = 0;
          component.push(member);
        } while (member !== v);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}

/** Shortest circle from `start` back to itself inside one component (breadth-first, neighbours in id order). */
function shortestCircle(graph: Graph, component: readonly number[], start: number): number[] {
  const members = new Set(component);
  const previous = new Map<number, number>();
  const queue: number[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const w of graph.edges[v]) {
      if (!members.has(w)) continue;
      if (w === start) {
        const backwards: number[] = [];
        for (let at = v; at !== start; at = previous.get(at)!) backwards.push(at);
        return [start, ...backwards.reverse(), start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  // Unreachable for a strongly connected component, which always has a circle through each member.
  return [start, start];
}
