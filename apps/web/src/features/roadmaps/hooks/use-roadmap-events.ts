import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RoadmapLiveEvent } from '@smartcity/contracts';

import { API_BASE_PATH } from '../../../lib/api-client';
import { roadmapsPath } from '../api/paths';
import { roadmapKeys } from '../api/roadmap-keys';

/** A change made by someone else, for the "updated by …" notice. */
export type RemoteChange = { actorUserId: string; action: string; entityId: string; at: number };

function parseEvent(message: MessageEvent): RoadmapLiveEvent | null {
  try {
    const data = JSON.parse(String(message.data)) as Partial<RoadmapLiveEvent>;
    return typeof data.roadmapId === 'string' && typeof data.actorUserId === 'string'
      ? (data as RoadmapLiveEvent)
      : null;
  } catch {
    return null;
  }
}

/**
 * Subscribes to the roadmap's server-sent events while mounted. Events say what changed, never the content: a
 * `roadmap.changed` refetches the document and the activity feed, a `comment.added` the comments. Returns the last
 * change made by someone other than `currentUserId`. EventSource reconnects by itself after a network failure.
 */
export function useRoadmapEvents(
  organizationId: string,
  roadmapId: string,
  currentUserId: string,
): RemoteChange | null {
  const queryClient = useQueryClient();
  const [lastRemote, setLastRemote] = useState<RemoteChange | null>(null);
  const userRef = useRef(currentUserId);
  useEffect(() => {
    userRef.current = currentUserId;
  }, [currentUserId]);

  useEffect(() => {
    if (typeof EventSource === 'undefined' || !organizationId || !roadmapId) return;
    const source = new EventSource(`${API_BASE_PATH}${roadmapsPath(organizationId, roadmapId, '/events')}`, {
      withCredentials: true,
    });
    const remember = (event: RoadmapLiveEvent) => {
      if (event.actorUserId === userRef.current) return;
      setLastRemote({
        actorUserId: event.actorUserId,
        action: event.action,
        entityId: event.entityId,
        at: Date.now(),
      });
    };
    const onChanged = (message: MessageEvent) => {
      const event = parseEvent(message);
      if (!event) return;
      void queryClient.invalidateQueries({ queryKey: roadmapKeys.document(organizationId, roadmapId) });
      void queryClient.invalidateQueries({ queryKey: roadmapKeys.activity(organizationId, roadmapId) });
      remember(event);
    };
    const onComment = (message: MessageEvent) => {
      const event = parseEvent(message);
      if (!event) return;
      void queryClient.invalidateQueries({ queryKey: roadmapKeys.comments(organizationId, roadmapId) });
      void queryClient.invalidateQueries({ queryKey: roadmapKeys.activity(organizationId, roadmapId) });
      remember(event);
    };
    source.addEventListener('roadmap.changed', onChanged);
    source.addEventListener('comment.added', onComment);
    return () => {
      source.removeEventListener('roadmap.changed', onChanged);
      source.removeEventListener('comment.added', onComment);
      source.close();
    };
  }, [queryClient, organizationId, roadmapId]);

  return lastRemote;
}
