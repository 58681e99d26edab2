// localStorage can be missing or throw (private mode, disabled storage): preferences are then simply not kept.

export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not persisted; the in-memory choice still applies for this visit.
  }
}

export const PREFERENCE_KEYS = {
  locale: 'scr.locale',
  membership: (userId: string) => `scr.membership.${userId}`,
} as const;
