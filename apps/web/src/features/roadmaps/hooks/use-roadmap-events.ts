import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { RoadmapDocumentResponse, RoadmapLiveEvent } from '@smartcity/contracts';

import { API_BASE_PATH } from '../../../lib/api-client';
import { getItem } from '../api/get-item';
import { getProblem } from '../api/get-problem';
import { roadmapsPath } from '../api/paths';
import { roadmapKeys } from '../api/roadmap-keys';
import type { LiveStreamStatus, NetworkLike } from '../lib/live-stream';
import { connectLiveStream } from '../lib/live-stream';
import type { LiveChange } from '../lib/live-update';
import { applyLiveChange, planLiveUpdate } from '../lib/live-update';

/** A change made by someone else, for the "updated by …" notice. */
export type RemoteChange = { actorUserId: string; action: string; entityId: string; at: number };

export type RoadmapEvents = {
  /** The last change made by someone other than the current user. */
  remoteChange: RemoteChange | null;
  /** Whether changes by others arrive now; a view that is not `live` may be stale. */
  connection: LiveStreamStatus;
};

/** navigator.onLine and the window's online/offline events. */
const browserNetwork: NetworkLike = {
  isOnline: () => navigator.onLine,
  subscribe: (onChange) => {
    const online = () => onChange(true);
    const offline = () => onChange(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};

/**
 * Brings the cached document to the event's revision: one item or problem fetched and spliced in, a deletion
 * applied, or (whenever `planLiveUpdate` / `applyLiveChange` cannot vouch for the result) the whole document
 * refetched.
 */
async function updateDocument(
  queryClient: QueryClient,
  organizationId: string,
  roadmapId: string,
  event: RoadmapLiveEvent,
): Promise<void> {
  const queryKey = roadmapKeys.document(organizationId, roadmapId);
  const refetch = () => void queryClient.invalidateQueries({ queryKey });
  const documentFetching = () => queryClient.isFetching({ queryKey }) > 0;
  const plan = planLiveUpdate(queryClient.getQueryData<RoadmapDocumentResponse>(queryKey), event, {
    documentFetching: documentFetching(),
  });
  let change: LiveChange;
  switch (plan.kind) {
    case 'ignore':
      return;
    case 'refetch':
      return refetch();
    case 'apply':
      change = plan.change;
      break;
    case 'fetch-item':
      try {
        change = { kind: 'item', item: await getItem(organizationId, roadmapId, plan.itemId) };
      } catch {
        return refetch(); // deleted meanwhile (404), network: the document tells what is there
      }
      break;
    case 'fetch-problem':
      try {
        change = { kind: 'problem', problem: await getProblem(organizationId, roadmapId, plan.problemId) };
      } catch {
        return refetch();
      }
      break;
  }
  // The document may have moved while the item or problem was on its way: decide again against what is cached now.
  const current = queryClient.getQueryData<RoadmapDocumentResponse>(queryKey);
  const next = current && !documentFetching() ? applyLiveChange(current, event, change) : 'refetch';
  if (next === 'refetch') return refetch();
  if (next !== current) queryClient.setQueryData(queryKey, next);
}

/**
 * Subscribes to the roadmap's server-sent events while mounted. Events say what changed, never the content: a
 * `roadmap.changed` of one item or problem at the next revision fetches just that one and splices it into the
 * cached document (a deletion needs no fetch); anything else refetches the document (see `planLiveUpdate`).
 * Events are handled one after another, so each is judged against the document its predecessors left. Every change
 * also refetches the activity feed, a `comment.added` the comments. After the stream drops and comes back,
 * everything of the roadmap is refetched (events of the gap are lost). Returns the last change made by someone
 * other than `currentUserId` and the state of the connection.
 */
export function useRoadmapEvents(
  organizationId: string,
  roadmapId: string,
  currentUserId: string,
): RoadmapEvents {
  const queryClient = useQueryClient();
  const [lastRemote, setLastRemote] = useState<RemoteChange | null>(null);
  const [connection, setConnection] = useState<LiveStreamStatus>('connecting');
  const userRef = useRef(currentUserId);
  useEffect(() => {
    userRef.current = currentUserId;
  }, [currentUserId]);

  useEffect(() => {
    if (typeof EventSource === 'undefined' || !organizationId || !roadmapId) return;
    const remember = (event: RoadmapLiveEvent) => {
      if (event.actorUserId === userRef.current) return;
      setLastRemote({
        actorUserId: event.actorUserId,
        action: event.action,
        entityId: event.entityId,
        at: Date.now(),
      });
    };
    const invalidate = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
    let pending: Promise<void> = Promise.resolve();
    return connectLiveStream({
      url: `${API_BASE_PATH}${roadmapsPath(organizationId, roadmapId, '/events')}`,
      open: (url) => new EventSource(url, { withCredentials: true }),
      schedule: (task, ms) => {
        const timer = setTimeout(task, ms);
        return () => clearTimeout(timer);
      },
      onChanged: (event) => {
        pending = pending
          .then(() => updateDocument(queryClient, organizationId, roadmapId, event))
          .catch(() => invalidate(roadmapKeys.document(organizationId, roadmapId)));
        invalidate(roadmapKeys.activity(organizationId, roadmapId));
        remember(event);
      },
      onComment: (event) => {
        invalidate(roadmapKeys.comments(organizationId, roadmapId));
        invalidate(roadmapKeys.activity(organizationId, roadmapId));
        remember(event);
      },
      // Document, comments, activity and snapshots: whatever the gap hid.
      onResync: () => invalidate(roadmapKeys.detail(organizationId, roadmapId)),
      onStatus: setConnection,
      network: browserNetwork,
    });
  }, [queryClient, organizationId, roadmapId]);

  return { remoteChange: lastRemote, connection };
}
