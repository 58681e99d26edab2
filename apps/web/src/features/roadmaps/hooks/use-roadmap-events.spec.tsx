/** @jest-environment jsdom */
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { RoadmapDocumentResponse, RoadmapItemResponse } from '@smartcity/contracts';

import { roadmapKeys } from '../api/roadmap-keys';
import { A, B, liveDocument, liveEvent, liveItem, ME, ORG, ROADMAP, THEM } from '../testing/live-fixtures';
import { useRoadmapEvents } from './use-roadmap-events';

const DOCUMENT_PATH = `/api/v1/organizations/${ORG}/roadmaps/${ROADMAP}`;

class FakeEventSource {
  static last: FakeEventSource | null = null;
  readyState = 0;
  private readonly listeners = new Map<string, Set<(event: Event) => void>>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.get(type)?.delete(listener);
  }
  close(): void {
    this.readyState = 2;
  }
  emit(type: string, data?: unknown): void {
    const event = new MessageEvent(type, { data: data === undefined ? undefined : JSON.stringify(data) });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

const item = (id: string, overrides: Partial<RoadmapItemResponse> = {}) =>
  liveItem(id, { startMonth: null, endMonth: null, ...overrides });
const doc = (revision: number) => liveDocument(revision, [item(A), item(B)]);
const event = liveEvent;

type Answer = { status: number; body: unknown };

describe('useRoadmapEvents', () => {
  let queryClient: QueryClient;
  let requested: string[];
  let answers: Map<string, Answer>;
  const documentKey = roadmapKeys.document(ORG, ROADMAP);
  const cached = () => queryClient.getQueryData<RoadmapDocumentResponse>(documentKey)!;
  const invalidated = () => queryClient.getQueryState(documentKey)?.isInvalidated ?? false;

  beforeEach(() => {
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClient.setQueryData(documentKey, doc(5));
    requested = [];
    answers = new Map();
    (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
    globalThis.fetch = jest.fn((input: string) => {
      requested.push(input);
      const answer = answers.get(input) ?? { status: 500, body: { code: 'x', message: 'unexpected' } };
      return Promise.resolve({
        ok: answer.status < 300,
        status: answer.status,
        headers: { get: () => null },
        text: () => Promise.resolve(JSON.stringify(answer.body)),
      } as unknown as Response);
    }) as unknown as typeof fetch;
  });

  function mount() {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const view = renderHook(() => useRoadmapEvents(ORG, ROADMAP, ME), { wrapper });
    const source = FakeEventSource.last!;
    source.readyState = 1;
    act(() => source.emit('open'));
    return { view, source };
  }

  it('splices a colleague’s item edit in after fetching only that item', async () => {
    const renamed = item(A, { title: 'Renamed', revision: 2 });
    answers.set(`${DOCUMENT_PATH}/items/${A}`, { status: 200, body: renamed });
    const { view, source } = mount();

    act(() => source.emit('roadmap.changed', event(6)));

    await waitFor(() => expect(cached().roadmap.revision).toBe(6));
    expect(cached().items.map((i) => i.title)).toEqual(['Renamed', 'Item b']);
    expect(requested).toEqual([`${DOCUMENT_PATH}/items/${A}`]);
    expect(invalidated()).toBe(false);
    expect(view.result.current.remoteChange).toMatchObject({ actorUserId: THEM, entityId: A });
  });

  it('handles events in order: the second is judged against the document the first left', async () => {
    answers.set(`${DOCUMENT_PATH}/items/${A}`, {
      status: 200,
      body: item(A, { title: 'Renamed', revision: 2 }),
    });
    const { source } = mount();

    act(() => source.emit('roadmap.changed', event(6)));
    act(() => source.emit('roadmap.changed', event(7, { action: 'roadmaps.item-deleted', entityId: B })));
    act(() => source.emit('roadmap.changed', event(7, { action: 'roadmaps.item-deleted', entityId: B }))); // duplicate

    await waitFor(() => expect(cached().roadmap.revision).toBe(7));
    expect(cached().items.map((i) => i.title)).toEqual(['Renamed']);
    expect(requested).toEqual([`${DOCUMENT_PATH}/items/${A}`]);
    expect(invalidated()).toBe(false);
  });

  it('refetches the document after a gap, and leaves the cached revision alone', async () => {
    const { source } = mount();

    act(() => source.emit('roadmap.changed', event(7)));

    await waitFor(() => expect(invalidated()).toBe(true));
    expect(cached().roadmap.revision).toBe(5);
    expect(requested.filter((url) => url.includes('/items/'))).toEqual([]);
  });

  it('refetches the document when the item cannot be fetched (deleted meanwhile)', async () => {
    answers.set(`${DOCUMENT_PATH}/items/${A}`, {
      status: 404,
      body: { code: 'common.not-found', message: 'Item not found' },
    });
    const { source } = mount();

    act(() => source.emit('roadmap.changed', event(6)));

    await waitFor(() => expect(invalidated()).toBe(true));
    expect(cached().roadmap.revision).toBe(5);
    expect(cached().items[0].title).toBe('Item a');
  });

  it('appends a colleague’s new problem after fetching only it, and refetches when a problem is gone (404)', async () => {
    const P = '00000000-0000-4000-8000-0000000000f1';
    const Q = '00000000-0000-4000-8000-0000000000f2';
    const created = {
      id: P,
      title: 'Few digital services',
      description: null,
      evidenceLinks: [],
      severity: 'high' as const,
      directionId: null,
      revision: 1,
      updatedAt: '2026-12-07T01:00:00.000Z',
    };
    answers.set(`${DOCUMENT_PATH}/problems/${P}`, { status: 200, body: created });
    answers.set(`${DOCUMENT_PATH}/problems/${Q}`, {
      status: 404,
      body: { code: 'common.not-found', message: 'Problem was not found' },
    });
    const { source } = mount();
    const problemEvent = (revision: number, action: string, entityId: string) =>
      event(revision, { action, entityType: 'roadmap_problem', entityId });

    act(() => source.emit('roadmap.changed', problemEvent(6, 'roadmaps.problem-created', P)));

    await waitFor(() => expect(cached().roadmap.revision).toBe(6));
    expect(cached().problems).toEqual([created]);
    expect(requested).toEqual([`${DOCUMENT_PATH}/problems/${P}`]);
    expect(invalidated()).toBe(false);

    act(() => source.emit('roadmap.changed', problemEvent(7, 'roadmaps.problem-created', Q)));

    await waitFor(() => expect(invalidated()).toBe(true));
    expect(requested).toEqual([`${DOCUMENT_PATH}/problems/${P}`, `${DOCUMENT_PATH}/problems/${Q}`]);
    expect(cached().roadmap.revision).toBe(6);
  });

  it('ignores the event of the current user’s own write already in the cache', async () => {
    queryClient.setQueryData(documentKey, doc(6));
    const { view, source } = mount();

    act(() => source.emit('roadmap.changed', event(6, { actorUserId: ME })));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(requested).toEqual([]);
    expect(invalidated()).toBe(false);
    expect(view.result.current.remoteChange).toBeNull();
  });
});
