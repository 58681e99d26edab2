import type { RoadmapLiveEvent } from '@smartcity/contracts';

/** The part of the browser's EventSource the roadmap stream uses (a fake in unit specs). */
export type EventSourceLike = {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
};

/** `EventSource.CLOSED`: the browser gave up and will not reconnect by itself. */
export const EVENT_SOURCE_CLOSED = 2;

/**
 * - `connecting`: the first connection is being opened;
 * - `live`: the stream is open, changes by others arrive as they happen;
 * - `reconnecting`: the stream dropped and is being reopened (by the browser or with back-off);
 * - `offline`: the browser reports no network, or reconnecting has failed OFFLINE_AFTER_FAILURES times in a row.
 */
export type LiveStreamStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Consecutive failed connection attempts after which a drop is no longer a blip but `offline`. */
export const OFFLINE_AFTER_FAILURES = 3;

/** The browser's idea of the network (navigator.onLine and the online/offline events); a fake in unit specs. */
export type NetworkLike = {
  isOnline(): boolean;
  /** Calls `onChange` when the browser goes offline or back online; returns unsubscribe. */
  subscribe(onChange: (online: boolean) => void): () => void;
};

export type LiveStreamOptions = {
  url: string;
  open: (url: string) => EventSourceLike;
  /** Runs `task` after `ms`; returns a cancel function. */
  schedule: (task: () => void, ms: number) => () => void;
  onChanged: (event: RoadmapLiveEvent) => void;
  onComment: (event: RoadmapLiveEvent) => void;
  /**
   * The stream is back after a drop. Events are not durable (nothing replays what was published while the
   * connection was down), so everything shown must be refetched.
   */
  onResync: () => void;
  /** Called when the status changes (not repeated for the same status). */
  onStatus?: (status: LiveStreamStatus) => void;
  /** Without it the network is assumed to be up. */
  network?: NetworkLike;
};

/** Waits before opening a new stream once the browser gave up: 1 s, 2 s, 4 s … at most 30 s. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}

export function parseLiveEvent(event: Event): RoadmapLiveEvent | null {
  const data = (event as MessageEvent<unknown>).data;
  if (typeof data !== 'string') return null;
  try {
    const parsed = JSON.parse(data) as Partial<RoadmapLiveEvent> | null;
    return parsed && typeof parsed.roadmapId === 'string' && typeof parsed.actorUserId === 'string'
      ? (parsed as RoadmapLiveEvent)
      : null;
  } catch {
    return null;
  }
}

/**
 * Keeps one roadmap's event stream open. The browser's EventSource retries a dropped connection by itself; when
 * it gives up (`readyState` CLOSED, e.g. the API answered 502 while restarting) a new one is opened with back-off.
 * Every (re)connection that follows a drop calls `onResync`; the first clean connection does not (the page has
 * just loaded what it shows). When the browser reports the network gone, the stream is closed (nothing can arrive)
 * and reopened at once when it is back, without waiting for the back-off. Returns `close`.
 */
export function connectLiveStream(options: LiveStreamOptions): () => void {
  let source: EventSourceLike | null = null;
  let hasOpened = false;
  let dropped = false;
  let attempt = 0;
  let failures = 0;
  let cancelRetry: (() => void) | null = null;
  let closed = false;
  let status: LiveStreamStatus | null = null;

  const setStatus = (next: LiveStreamStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus?.(next);
  };
  const onOpen = () => {
    if (hasOpened || dropped) options.onResync();
    hasOpened = true;
    dropped = false;
    attempt = 0;
    failures = 0;
    setStatus('live');
  };
  const onError = () => {
    dropped = true;
    failures += 1;
    setStatus(failures >= OFFLINE_AFTER_FAILURES ? 'offline' : 'reconnecting');
    if (!source || source.readyState !== EVENT_SOURCE_CLOSED || closed) return;
    detach();
    const delay = reconnectDelayMs(attempt++);
    cancelRetry = options.schedule(() => {
      cancelRetry = null;
      if (!closed) attach();
    }, delay);
  };
  const onChanged = (event: Event) => {
    const parsed = parseLiveEvent(event);
    if (parsed) options.onChanged(parsed);
  };
  const onComment = (event: Event) => {
    const parsed = parseLiveEvent(event);
    if (parsed) options.onComment(parsed);
  };
  const listeners: [string, (event: Event) => void][] = [
    ['open', onOpen],
    ['error', onError],
    ['roadmap.changed', onChanged],
    ['comment.added', onComment],
  ];

  function attach() {
    source = options.open(options.url);
    for (const [type, listener] of listeners) source.addEventListener(type, listener);
  }
  function detach() {
    if (!source) return;
    for (const [type, listener] of listeners) source.removeEventListener(type, listener);
    source.close();
    source = null;
  }

  const onNetwork = (online: boolean) => {
    if (closed) return;
    if (!online) {
      // Nothing can arrive; whatever is published meanwhile is lost, so the next open resyncs.
      if (source || cancelRetry) dropped = true;
      cancelRetry?.();
      cancelRetry = null;
      detach();
      setStatus('offline');
    } else if (!source && !cancelRetry) {
      attempt = 0;
      failures = 0;
      setStatus(hasOpened || dropped ? 'reconnecting' : 'connecting');
      attach();
    }
  };
  const unsubscribeNetwork = options.network?.subscribe(onNetwork);

  if (options.network && !options.network.isOnline()) {
    setStatus('offline');
  } else {
    setStatus('connecting');
    attach();
  }
  return () => {
    closed = true;
    unsubscribeNetwork?.();
    cancelRetry?.();
    cancelRetry = null;
    detach();
  };
}
