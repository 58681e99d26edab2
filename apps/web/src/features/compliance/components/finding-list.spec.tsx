/** @jest-environment jsdom */
// react-router reads TextEncoder when it loads, and jest's jsdom environment lacks it: take Node's, before the router
// (ts-jest keeps the imports in this order).
import { TextDecoder, TextEncoder } from 'node:util';
Object.assign(globalThis, { TextDecoder, TextEncoder });

import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { ComplianceFinding } from '@smartcity/domain';
import * as domain from '@smartcity/domain';

import { I18nProvider, useLocale } from '../../../i18n/i18n-provider';
import { PREFERENCE_KEYS, writePreference } from '../../../lib/storage';
import { FINDINGS_SHOWN } from '../lib/findings';
import { FindingList } from './finding-list';

jest.mock('@smartcity/domain', () => {
  const actual = jest.requireActual<typeof domain>('@smartcity/domain');
  return { ...actual, formatFinding: jest.fn(actual.formatFinding) };
});
const formatFinding = jest.mocked(domain.formatFinding);

/** An item without a responsible person: an error linking to the item's page. */
const personMissing = (index: number, title = `Мероприятие ${index}`): ComplianceFinding => ({
  rule: 'item.responsible-missing',
  severity: 'error',
  refs: { itemIds: [`item-${index}`], measureIds: [] },
  params: { itemTitle: title, missing: 'person' },
});

/** A basic measure not covered: a warning linking to the coverage tab at the measure. */
const measureMissing = (index: number): ComplianceFinding => ({
  rule: 'coverage.basic-measure-missing',
  severity: 'warning',
  refs: { itemIds: [], measureIds: [`measure-${index}`] },
  params: { measureCode: `SC-${index}`, measureTitle: `Мера ${index}` },
});

/** A new report's findings: new objects with the same content, as every edit produces. */
const copies = (findings: readonly ComplianceFinding[]) =>
  findings.map((finding) => ({ ...finding, refs: { ...finding.refs }, params: { ...finding.params } }));

// A new object per render, as the route builds it.
const links = () => ({
  item: (id: string) => `/roadmap/items/${id}`,
  measure: (id: string) => `/roadmap?tab=coverage&measure=${id}`,
});

/** The app shell's language switch, through the provider's context. */
function LanguageSwitch() {
  const [, setLocale] = useLocale();
  return (
    <button type="button" onClick={() => setLocale('en')}>
      English
    </button>
  );
}

function renderList(findings: readonly ComplianceFinding[], { withLanguageSwitch = false } = {}) {
  const tree = (list: readonly ComplianceFinding[]) => (
    <I18nProvider>
      <MemoryRouter>
        {withLanguageSwitch ? <LanguageSwitch /> : null}
        <FindingList findings={list} links={links()} />
      </MemoryRouter>
    </I18nProvider>
  );
  const view = render(tree(findings));
  return { rerender: (next: readonly ComplianceFinding[]) => view.rerender(tree(next)) };
}

const groupOf = (heading: RegExp) => {
  const section = screen.getByRole('heading', { name: heading }).closest('section');
  if (!section) throw new Error(`no group ${String(heading)}`);
  return within(section);
};

const ERRORS = Array.from({ length: 75 }, (_, index) => personMissing(index));
const WARNINGS = [measureMissing(1), measureMissing(2), measureMissing(3)];

beforeEach(() => {
  writePreference(PREFERENCE_KEYS.locale, 'ru');
  formatFinding.mockClear();
});

describe(FindingList.name, () => {
  it('shows the first findings of a long group and a collapsed "show all" toggle; short groups in full', () => {
    renderList([...ERRORS, ...WARNINGS]);

    const errors = groupOf(/^Ошибки: 75$/);
    expect(errors.getAllByRole('listitem')).toHaveLength(FINDINGS_SHOWN);
    const toggle = errors.getByRole('button', { name: 'Показать все (75)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBe(
      errors.getByRole('list'),
    );
    const warnings = groupOf(/^Предупреждения: 3$/);
    expect(warnings.getAllByRole('listitem')).toHaveLength(3);
    expect(warnings.queryByRole('button')).toBeNull();
    expect(document.querySelectorAll('li')).toHaveLength(FINDINGS_SHOWN + 3);
  });

  it('expands a group to every finding, each linking to its item or measure, and collapses it again', () => {
    renderList([...ERRORS, ...WARNINGS]);
    const errors = groupOf(/^Ошибки: 75$/);

    fireEvent.click(errors.getByRole('button', { name: 'Показать все (75)' }));

    const rows = errors.getAllByRole('listitem');
    expect(rows).toHaveLength(75);
    const lastLink = within(rows[74]).getByRole('link', {
      name: 'У мероприятия «Мероприятие 74» не указано ответственное лицо.',
    });
    expect(lastLink.getAttribute('href')).toBe('/roadmap/items/item-74');
    const measureLink = groupOf(/^Предупреждения/).getAllByRole('link')[0];
    expect(measureLink.getAttribute('href')).toBe('/roadmap?tab=coverage&measure=measure-1');
    const toggle = errors.getByRole('button', { name: `Свернуть (оставить первые ${FINDINGS_SHOWN})` });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    // A native button: focusable, and Enter/Space activate it (a click event), so the keyboard can collapse it.
    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);

    expect(errors.getAllByRole('listitem')).toHaveLength(FINDINGS_SHOWN);
    expect(document.activeElement).toBe(errors.getByRole('button', { name: 'Показать все (75)' }));
  });

  it('keeps a group expanded across edits', () => {
    const { rerender } = renderList(ERRORS);
    fireEvent.click(screen.getByRole('button', { name: 'Показать все (75)' }));

    rerender(copies(ERRORS.slice(1)));

    expect(screen.getAllByRole('listitem')).toHaveLength(74);
    expect(screen.getByRole('heading', { name: 'Ошибки: 74' })).toBeTruthy();
  });

  it('renders again only the findings an edit changed', () => {
    const { rerender } = renderList([...ERRORS, ...WARNINGS]);
    expect(formatFinding).toHaveBeenCalledTimes(FINDINGS_SHOWN + 3);
    formatFinding.mockClear();

    // The edit renames item 2: a new report, every finding a new object, one of them with new content.
    const edited = copies([...ERRORS, ...WARNINGS]);
    edited[2] = personMissing(2, 'Переименованное мероприятие');
    rerender(edited);

    expect(formatFinding).toHaveBeenCalledTimes(1);
    screen.getByRole('link', {
      name: 'У мероприятия «Переименованное мероприятие» не указано ответственное лицо.',
    });
    expect(screen.queryByText('У мероприятия «Мероприятие 2» не указано ответственное лицо.')).toBeNull();
  });

  it('renders every row again in the other language', () => {
    renderList(WARNINGS, { withLanguageSwitch: true });
    formatFinding.mockClear();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { name: 'Warnings: 3' })).toBeTruthy();
    expect(formatFinding.mock.calls.map(([, locale]) => locale)).toEqual(['en', 'en', 'en']);
    expect(screen.getAllByRole('link')[0].textContent).toMatch(/^Basic measure /);
  });

  it('says so when there are no findings', () => {
    renderList([]);

    expect(screen.getByText('Замечаний нет.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
