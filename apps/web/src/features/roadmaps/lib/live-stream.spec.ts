import type { RoadmapLiveEvent } from '@smartcity/contracts';

import type { EventSourceLike, LiveStreamOptions, LiveStreamStatus, NetworkLike } from './live-stream';
import {
  connectLiveStream,
  EVENT_SOURCE_CLOSED,
  OFFLINE_AFTER_FAILURES,
  parseLiveEvent,
  reconnectDelayMs,
} from './live-stream';

const CONNECTING = 0;
const OPEN = 1;

class FakeEventSource implements EventSourceLike {
  readyState = CONNECTING;
  closed = false;
  private readonly listeners = new Map<string, Set<(event: Event) => void>>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: Event) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }

  removeEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.get(type)?.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.readyState = EVENT_SOURCE_CLOSED;
  }

  listenerCount(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }

  open(): void {
    this.readyState = OPEN;
    this.emit('open', {});
  }

  /** A dropped connection: the browser retries (CONNECTING) or gives up (CLOSED). */
  fail(givesUp: boolean): void {
    this.readyState = givesUp ? EVENT_SOURCE_CLOSED : CONNECTING;
    this.emit('error', {});
  }

  message(type: string, data: unknown): void {
    this.emit(type, { data: typeof data === 'string' ? data : JSON.stringify(data) });
  }

  private emit(type: string, init: Record<string, unknown>): void {
    for (const listener of this.listeners.get(type) ?? []) listener(init as unknown as Event);
  }
}

const event: RoadmapLiveEvent = {
  type: 'roadmap.changed',
  roadmapId: 'r1',
  roadmapRevision: 7,
  action: 'roadmaps.item-updated',
  entityType: 'roadmap_item',
  entityId: 'i1',
  actorUserId: 'u2',
  occurredAt: '2026-11-22T08:00:00.000Z',
};

/** The browser's online/offline state, switched by the spec. */
class FakeNetwork implements NetworkLike {
  private readonly listeners = new Set<(online: boolean) => void>();

  constructor(private online: boolean) {}

  isOnline(): boolean {
    return this.online;
  }

  subscribe(onChange: (online: boolean) => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  set(online: boolean): void {
    this.online = online;
    for (const listener of this.listeners) listener(online);
  }

  subscriberCount(): number {
    return this.listeners.size;
  }
}

function setup(network?: FakeNetwork) {
  const sources: FakeEventSource[] = [];
  const timers: { task: () => void; ms: number; cancelled: boolean }[] = [];
  const calls = { changed: [] as RoadmapLiveEvent[], comment: [] as RoadmapLiveEvent[], resync: 0 };
  const statuses: LiveStreamStatus[] = [];
  const options: LiveStreamOptions = {
    url: '/api/v1/organizations/o/roadmaps/r1/events',
    open: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    schedule: (task, ms) => {
      const timer = { task, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    onChanged: (e) => calls.changed.push(e),
    onComment: (e) => calls.comment.push(e),
    onResync: () => {
      calls.resync += 1;
    },
    onStatus: (status) => statuses.push(status),
    network,
  };
  const close = connectLiveStream(options);
  const runTimers = () => {
    for (const timer of timers.splice(0)) if (!timer.cancelled) timer.task();
  };
  return { sources, timers, calls, statuses, close, runTimers };
}

describe(connectLiveStream.name, () => {
  it('does not refetch on the first clean connection', () => {
    const { sources, calls, statuses } = setup();

    sources[0].open();

    expect(sources).toHaveLength(1);
    expect(sources[0].url).toBe('/api/v1/organizations/o/roadmaps/r1/events');
    expect(calls.resync).toBe(0);
    expect(statuses).toEqual(['connecting', 'live']);
  });

  it('refetches once when the browser reconnects by itself after a drop', () => {
    const { sources, calls, statuses, timers } = setup();
    sources[0].open();

    sources[0].fail(false);
    expect(calls.resync).toBe(0);
    sources[0].open();

    expect(calls.resync).toBe(1);
    expect(sources).toHaveLength(1);
    expect(timers).toHaveLength(0);
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'live']);
  });

  it('refetches after a connection that only succeeded after failures', () => {
    const { sources, calls } = setup();

    sources[0].fail(false);
    sources[0].open();

    expect(calls.resync).toBe(1);
  });

  it('opens a new stream with back-off when the browser gives up, and refetches once it is open', () => {
    const { sources, calls, timers, runTimers } = setup();
    sources[0].open();

    sources[0].fail(true);

    expect(sources[0].closed).toBe(true);
    expect(sources[0].listenerCount()).toBe(0);
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    runTimers();
    expect(sources).toHaveLength(2);
    sources[1].fail(true);
    expect(timers.map((t) => t.ms)).toEqual([2000]);
    runTimers();
    sources[2].open();
    expect(calls.resync).toBe(1);
    // A later drop starts the back-off from the beginning again.
    sources[2].fail(true);
    expect(timers.map((t) => t.ms)).toEqual([1000]);
  });

  it('reports offline once reopening has failed repeatedly, and live again when a stream opens', () => {
    const { sources, calls, statuses, runTimers } = setup();
    sources[0].open();

    for (let attempt = 0; attempt < OFFLINE_AFTER_FAILURES; attempt++) {
      sources[attempt].fail(true);
      runTimers();
    }
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'offline']);

    sources[OFFLINE_AFTER_FAILURES].open();
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'offline', 'live']);
    expect(calls.resync).toBe(1);
  });

  it('counts the browser’s own failed retries towards offline, and starts counting anew after an open', () => {
    const { sources, statuses } = setup();
    sources[0].open();

    sources[0].fail(false);
    sources[0].fail(false);
    sources[0].open();
    sources[0].fail(false);
    sources[0].fail(false);
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'live', 'reconnecting']);

    sources[0].fail(false);
    expect(statuses.at(-1)).toBe('offline');
    expect(sources).toHaveLength(1);
  });

  it('closes the stream when the browser goes offline and reopens it at once when the network is back', () => {
    const network = new FakeNetwork(true);
    const { sources, calls, statuses, timers } = setup(network);
    sources[0].open();

    network.set(false);
    expect(statuses).toEqual(['connecting', 'live', 'offline']);
    expect(sources[0].closed).toBe(true);
    expect(sources[0].listenerCount()).toBe(0);

    network.set(true);
    expect(sources).toHaveLength(2);
    expect(timers).toHaveLength(0);
    expect(statuses).toEqual(['connecting', 'live', 'offline', 'reconnecting']);
    sources[1].open();
    expect(statuses.at(-1)).toBe('live');
    // What was published while offline is lost: everything is refetched.
    expect(calls.resync).toBe(1);
  });

  it('cancels a pending back-off when the browser goes offline', () => {
    const network = new FakeNetwork(true);
    const { sources, timers, runTimers } = setup(network);
    sources[0].open();
    sources[0].fail(true);
    expect(timers).toHaveLength(1);

    network.set(false);
    runTimers();
    expect(sources).toHaveLength(1);

    network.set(true);
    expect(sources).toHaveLength(2);
  });

  it('waits for the network before the first connection when the page starts offline', () => {
    const network = new FakeNetwork(false);
    const { sources, calls, statuses } = setup(network);

    expect(sources).toHaveLength(0);
    expect(statuses).toEqual(['offline']);

    network.set(true);
    sources[0].open();
    expect(statuses).toEqual(['offline', 'connecting', 'live']);
    expect(calls.resync).toBe(0);
  });

  it('stops following the network when closed', () => {
    const network = new FakeNetwork(true);
    const { sources, statuses, close } = setup(network);
    sources[0].open();

    close();
    network.set(false);
    network.set(true);

    expect(network.subscriberCount()).toBe(0);
    expect(sources).toHaveLength(1);
    expect(statuses).toEqual(['connecting', 'live']);
  });

  it('passes parsed events on and ignores malformed ones', () => {
    const { sources, calls } = setup();
    sources[0].open();

    sources[0].message('roadmap.changed', event);
    sources[0].message('comment.added', { ...event, type: 'comment.added' });
    sources[0].message('roadmap.changed', 'not json');
    sources[0].message('roadmap.changed', { roadmapId: 'r1' });

    expect(calls.changed).toEqual([event]);
    expect(calls.comment).toEqual([{ ...event, type: 'comment.added' }]);
  });

  it('closes the stream and cancels a pending reconnect on close', () => {
    const { sources, timers, close, runTimers } = setup();
    sources[0].fail(true);
    expect(timers).toHaveLength(1);

    close();
    runTimers();

    expect(timers).toHaveLength(0);
    expect(sources).toHaveLength(1);
  });

  it('stops listening when closed while open', () => {
    const { sources, calls, close } = setup();
    sources[0].open();

    close();
    sources[0].message('roadmap.changed', event);

    expect(sources[0].closed).toBe(true);
    expect(sources[0].listenerCount()).toBe(0);
    expect(calls.changed).toEqual([]);
  });
});

describe(reconnectDelayMs.name, () => {
  it('doubles from one second up to thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(reconnectDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});

describe(parseLiveEvent.name, () => {
  it('reads the JSON data of a message', () => {
    expect(parseLiveEvent({ data: JSON.stringify(event) } as unknown as Event)).toEqual(event);
    expect(parseLiveEvent({ data: 'null' } as unknown as Event)).toBeNull();
    expect(parseLiveEvent({} as Event)).toBeNull();
  });
});
