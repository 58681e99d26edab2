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

/** Per-tab flags (sessionStorage): gone when the tab closes. */
export function readTabFlag(key: string): boolean {
  try {
    return globalThis.sessionStorage?.getItem(key) === '1';
  } catch {
    return false;
  }
}

export function writeTabFlag(key: string, value: boolean): void {
  try {
    if (value) globalThis.sessionStorage?.setItem(key, '1');
    else globalThis.sessionStorage?.removeItem(key);
  } catch {
    // Not kept; only a convenience is lost.
  }
}

export const PREFERENCE_KEYS = {
  locale: 'scr.locale',
  organization: (userId: string) => `scr.organization.${userId}`,
  /** Set when a signed-out visitor picks a language: the next sign-in saves it instead of applying the profile's. */
  localeChosenSignedOut: 'scr.locale-chosen-signed-out',
} as const;
