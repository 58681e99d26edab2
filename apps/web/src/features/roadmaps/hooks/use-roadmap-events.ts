import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RoadmapLiveEvent } from '@smartcity/contracts';

import { API_BASE_PATH } from '../../../lib/api-client';
import { roadmapsPath } from '../api/paths';
import { roadmapKeys } from '../api/roadmap-keys';
import type { LiveStreamStatus, NetworkLike } from '../lib/live-stream';
import { connectLiveStream } from '../lib/live-stream';

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
 * Subscribes to the roadmap's server-sent events while mounted. Events say what changed, never the content: a
 * `roadmap.changed` refetches the document and the activity feed, a `comment.added` the comments. After the
 * stream drops and comes back, everything of the roadmap is refetched (events of the gap are lost). Returns the
 * last change made by someone other than `currentUserId` and the state of the connection.
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
    return connectLiveStream({
      url: `${API_BASE_PATH}${roadmapsPath(organizationId, roadmapId, '/events')}`,
      open: (url) => new EventSource(url, { withCredentials: true }),
      schedule: (task, ms) => {
        const timer = setTimeout(task, ms);
        return () => clearTimeout(timer);
      },
      onChanged: (event) => {
        invalidate(roadmapKeys.document(organizationId, roadmapId));
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
