/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';

import { I18nProvider } from '../../../i18n/i18n-provider';
import { PREFERENCE_KEYS, writePreference } from '../../../lib/storage';
import type { LiveStreamStatus } from '../lib/live-stream';
import { LiveConnectionStatus } from './live-connection-status';

const GRACE_MS = 4_000;

function renderStatus(status: LiveStreamStatus) {
  const view = render(
    <I18nProvider>
      <LiveConnectionStatus status={status} graceMs={GRACE_MS} />
    </I18nProvider>,
  );
  const rerender = (next: LiveStreamStatus) =>
    view.rerender(
      <I18nProvider>
        <LiveConnectionStatus status={next} graceMs={GRACE_MS} />
      </I18nProvider>,
    );
  return { rerender };
}

const advance = (ms: number) => act(() => void jest.advanceTimersByTime(ms));
const indicator = () => screen.getByRole('status');
const isAlert = () => indicator().classList.contains('live-status--alert');

beforeEach(() => {
  jest.useFakeTimers();
  writePreference(PREFERENCE_KEYS.locale, 'ru');
});

afterEach(() => {
  jest.useRealTimers();
});

describe(LiveConnectionStatus.name, () => {
  it('is a polite live region that quietly says changes arrive while the stream is live', () => {
    renderStatus('live');

    expect(indicator()).toHaveProperty('textContent', 'Изменения коллег видны сразу');
    expect(indicator().getAttribute('aria-live')).toBe('polite');
    expect(indicator().dataset.state).toBe('live');
    expect(isAlert()).toBe(false);
  });

  it('says nothing while first connecting, and warns once connecting takes longer than the grace period', () => {
    const { rerender } = renderStatus('connecting');
    expect(indicator().textContent).toBe('');

    advance(GRACE_MS - 1);
    expect(indicator().textContent).toBe('');
    advance(1);
    expect(indicator().textContent).toBe('Подключаемся к обновлениям…');
    expect(isAlert()).toBe(true);

    rerender('live');
    expect(indicator().textContent).toBe('Изменения коллег видны сразу');
    expect(isAlert()).toBe(false);
  });

  it('does not flash on a reconnect shorter than the grace period', () => {
    const { rerender } = renderStatus('live');

    rerender('reconnecting');
    advance(GRACE_MS - 500);
    expect(indicator().textContent).toBe('Изменения коллег видны сразу');
    expect(isAlert()).toBe(false);
    rerender('live');
    advance(GRACE_MS * 2);

    expect(indicator().dataset.state).toBe('live');
    expect(isAlert()).toBe(false);
  });

  it('warns when the stream stays down, follows it to offline, and calms down as soon as it is live again', () => {
    const { rerender } = renderStatus('live');

    rerender('reconnecting');
    advance(GRACE_MS);
    expect(indicator().textContent).toBe('Связь потеряна — переподключаемся…');
    expect(indicator().dataset.state).toBe('reconnecting');
    expect(isAlert()).toBe(true);

    rerender('offline');
    expect(indicator().textContent).toBe(
      'Нет связи — изменения коллег не видны, данные могут быть устаревшими',
    );

    rerender('live');
    expect(indicator().textContent).toBe('Изменения коллег видны сразу');
    expect(isAlert()).toBe(false);
  });

  it('speaks English when the interface does', () => {
    writePreference(PREFERENCE_KEYS.locale, 'en');
    const { rerender } = renderStatus('live');
    expect(indicator().textContent).toBe('Colleagues’ changes appear at once');

    rerender('offline');
    advance(GRACE_MS);
    expect(indicator().textContent).toBe(
      'No connection — colleagues’ changes are not shown, the data may be out of date',
    );
  });
});
