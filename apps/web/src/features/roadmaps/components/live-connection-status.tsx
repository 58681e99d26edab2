import { useEffect, useState } from 'react';

import { useT } from '../../../i18n/i18n-provider';
import type { LiveStreamStatus } from '../lib/live-stream';

/** How long the stream may be down before the user is told: a normal reconnect takes less and does not flash. */
export const LIVE_STATUS_GRACE_MS = 4_000;

export type LiveConnectionStatusProps = {
  status: LiveStreamStatus;
  /** Overridable for specs; LIVE_STATUS_GRACE_MS otherwise. */
  graceMs?: number;
};

/** What the indicator says: the status itself once it is live or has lasted past the grace period. */
type Shown = LiveStreamStatus | 'pending';

/**
 * Whether colleagues' changes reach this view: a quiet "changes appear at once" while the roadmap's event stream is
 * open, and a noticeable warning once it has been down for longer than the grace period (the view may be stale).
 * A polite live region, so a screen reader hears when the connection is lost and when it is back.
 */
export function LiveConnectionStatus({ status, graceMs = LIVE_STATUS_GRACE_MS }: LiveConnectionStatusProps) {
  const t = useT();
  const live = status === 'live';
  const [hasBeenLive, setHasBeenLive] = useState(live);
  const [downTooLong, setDownTooLong] = useState(false);

  useEffect(() => {
    if (live) {
      setHasBeenLive(true);
      setDownTooLong(false);
      return;
    }
    const timer = window.setTimeout(() => setDownTooLong(true), graceMs);
    return () => window.clearTimeout(timer);
  }, [live, graceMs]);

  // Within the grace period keep saying what was true before: "live" after a blip, nothing while first connecting.
  const shown: Shown = live || !downTooLong ? (live || hasBeenLive ? 'live' : 'pending') : status;
  const alert = shown !== 'live' && shown !== 'pending';
  return (
    <span
      className={alert ? 'live-status live-status--alert' : 'live-status'}
      role="status"
      aria-live="polite"
      data-state={shown}
    >
      {shown === 'pending' ? null : (
        <>
          <span className="live-status__dot" aria-hidden="true" />
          {t(`roadmaps.liveStatus.${shown}`)}
        </>
      )}
    </span>
  );
}
