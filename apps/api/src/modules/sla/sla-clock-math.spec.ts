import { DAY_MS, dueAt, elapsedAt, remainingMsAt, toDays, wakeUp, type ClockState } from './sla-clock-math';

const start = new Date('2026-03-02T09:00:00Z');
const at = (days: number) => new Date(start.getTime() + days * DAY_MS);
const running = (overrides: Partial<ClockState> = {}): ClockState => ({
  status: 'running',
  slaDays: 10,
  elapsedMs: 0,
  runningSince: start,
  reminderSentAt: null,
  overdueAt: null,
  ...overrides,
});

describe('SLA clock arithmetic', () => {
  it('counts time only while running', () => {
    const paused: ClockState = running({ status: 'paused', runningSince: null, elapsedMs: 3 * DAY_MS });

    expect(elapsedAt(running(), at(4))).toBe(4 * DAY_MS);
    expect(elapsedAt(paused, at(40))).toBe(3 * DAY_MS);
    expect(remainingMsAt(paused, at(40))).toBe(7 * DAY_MS);
    expect(dueAt(paused, at(40))).toBeNull();
  });

  it('moves the due date by the paused time after resuming', () => {
    // Ran 3 days, paused, resumed on day 20 with 3 days already counted: due 7 days later.
    const resumed = running({ elapsedMs: 3 * DAY_MS, runningSince: at(20) });

    expect(dueAt(resumed, at(20))).toEqual(at(27));
  });

  it('schedules the reminder lead days before the due date, then the due date', () => {
    const first = wakeUp(running(), at(0), 2);
    const reminder = wakeUp(running(), at(8), 2);
    const early = wakeUp(running(), at(5), 2);

    expect(first).toEqual({ actions: [], nextWakeAt: at(8) });
    expect(reminder).toEqual({ actions: ['remind'], nextWakeAt: at(10) });
    expect(early.nextWakeAt).toEqual(at(8));
  });

  it('escalates once when the due date has passed, without a late reminder', () => {
    const late = wakeUp(running(), at(11), 2);
    const again = wakeUp(running({ overdueAt: at(11) }), at(12), 2);

    expect(late).toEqual({ actions: ['escalate'], nextWakeAt: null });
    expect(again).toEqual({ actions: [], nextWakeAt: null });
  });

  it('does nothing for a paused or stopped clock (a stale wake-up is harmless)', () => {
    expect(wakeUp(running({ status: 'paused', runningSince: null }), at(30), 2)).toEqual({
      actions: [],
      nextWakeAt: null,
    });
    expect(wakeUp(running({ status: 'stopped', runningSince: null }), at(30), 2).actions).toEqual([]);
  });

  it('does not remind twice', () => {
    expect(wakeUp(running({ reminderSentAt: at(8) }), at(9), 2)).toEqual({ actions: [], nextWakeAt: at(10) });
  });

  it('rounds days towards zero', () => {
    expect(toDays(1.26 * DAY_MS)).toBe(1.2);
    expect(toDays(-1.26 * DAY_MS)).toBe(-1.2);
  });
});
