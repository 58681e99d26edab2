import { useEffect, useState } from 'react';

import { useT } from '../../../i18n/i18n-provider';
import type { Person } from '../api/get-people';
import type { RemoteChange } from '../hooks/use-roadmap-events';

export type LiveNoticeProps = { change: RemoteChange | null; people: readonly Person[] };

const VISIBLE_MS = 8_000;

/** A subtle, polite "updated by …" line after someone else changes the roadmap; fades after a few seconds. */
export function LiveNotice({ change, people }: LiveNoticeProps) {
  const t = useT();
  const [shown, setShown] = useState<RemoteChange | null>(null);

  useEffect(() => {
    if (!change) return;
    setShown(change);
    const timer = window.setTimeout(() => setShown(null), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [change]);

  const name = shown ? people.find((person) => person.userId === shown.actorUserId)?.displayName : undefined;
  return (
    <p className="live-notice" role="status" aria-live="polite">
      {shown ? (name ? t('roadmaps.live.updatedBy', { name }) : t('roadmaps.live.updatedBySomeone')) : null}
    </p>
  );
}
