/**
 * Pure arithmetic of an SLA clock (no I/O, time passed in). A clock counts review time: it runs while the stage
 * is under review and pauses while the application is back with the municipality. Due = `slaDays` of counted
 * time; a reminder goes out `reminderDays` before that; past it the stage is overdue and escalated.
 */
export const DAY_MS = 24 * 3600 * 1000;

export type ClockState = {
  status: 'running' | 'paused' | 'stopped';
  slaDays: number;
  /** Counted before `runningSince`. */
  elapsedMs: number;
  runningSince: Date | null;
  reminderSentAt: Date | null;
  overdueAt: Date | null;
};

export function elapsedAt(clock: ClockState, now: Date): number {
  const running =
    clock.status === 'running' && clock.runningSince ? now.getTime() - clock.runningSince.getTime() : 0;
  return clock.elapsedMs + Math.max(0, running);
}

export function remainingMsAt(clock: ClockState, now: Date): number {
  return clock.slaDays * DAY_MS - elapsedAt(clock, now);
}

/** When the stage falls due if the clock keeps running; null unless it runs. */
export function dueAt(clock: ClockState, now: Date): Date | null {
  if (clock.status !== 'running') return null;
  return new Date(now.getTime() + remainingMsAt(clock, now));
}

export type ClockAction = 'remind' | 'escalate';

/**
 * What a wake-up at `now` must do, and when the next one is due. Only a running clock acts. A clock already past
 * its due date escalates without a reminder first (the reminder would only be noise by then).
 */
export function wakeUp(
  clock: ClockState,
  now: Date,
  reminderDays: number,
): { actions: ClockAction[]; nextWakeAt: Date | null } {
  if (clock.status !== 'running') return { actions: [], nextWakeAt: null };
  const remaining = remainingMsAt(clock, now);
  const lead = reminderDays * DAY_MS;
  const actions: ClockAction[] = [];
  if (remaining <= 0) {
    if (!clock.overdueAt) actions.push('escalate');
    return { actions, nextWakeAt: null };
  }
  if (remaining <= lead && !clock.reminderSentAt) actions.push('remind');
  const reminded = clock.reminderSentAt !== null || actions.includes('remind');
  const next = reminded || remaining <= lead ? remaining : remaining - lead;
  return { actions, nextWakeAt: new Date(now.getTime() + next) };
}

/** Days rounded towards zero to one decimal, for the board. */
export function toDays(ms: number): number {
  return Math.trunc((ms / DAY_MS) * 10) / 10;
}
