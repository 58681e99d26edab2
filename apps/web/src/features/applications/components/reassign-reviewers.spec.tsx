/** @jest-environment jsdom */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApplicationDetailResponse, ReviewerCandidateListResponse } from '@smartcity/contracts';

import { I18nProvider } from '../../../i18n/i18n-provider';
import { apiClient, ApiError } from '../../../lib/api-client';
import { PREFERENCE_KEYS, writePreference } from '../../../lib/storage';
import { ReassignReviewers } from './reassign-reviewers';

jest.mock('../../../lib/api-client', () => ({
  ...jest.requireActual<typeof import('../../../lib/api-client')>('../../../lib/api-client'),
  apiClient: { get: jest.fn(), put: jest.fn() },
}));

const get = apiClient.get as jest.Mock;
const put = apiClient.put as jest.Mock;

const ORG = 'org-city';
const APPLICATION = {
  id: 'app-1',
  status: 'regional_review',
  currentStage: 'regional',
} as ApplicationDetailResponse;
const at = (
  status: ApplicationDetailResponse['status'],
  currentStage: ApplicationDetailResponse['currentStage'],
): ApplicationDetailResponse => ({ ...APPLICATION, status, currentStage });
const stageOptions = () =>
  within(screen.getByLabelText('Этап'))
    .getAllByRole<HTMLOptionElement>('option')
    .map((option) => [option.value, option.textContent]);
const PATH = `/organizations/${ORG}/applications/${APPLICATION.id}`;

const anna = { userId: 'u-anna', displayName: 'Анна Петрова', email: 'anna@region.test', assigned: true };
const boris = { userId: 'u-boris', displayName: 'Борис Иванов', email: 'boris@region.test', assigned: false };
const maria = {
  userId: 'u-maria',
  displayName: 'Мария Экспертова',
  email: 'maria@minstroy.test',
  assigned: false,
};

const listOf = (stage: 'regional' | 'ministry', items: ReviewerCandidateListResponse['items']) => ({
  stage,
  items,
});

/** Answers the candidates request of each stage from `lists` (a function may fail or hang). */
function serveCandidates(
  lists: Record<string, () => ReviewerCandidateListResponse | Promise<ReviewerCandidateListResponse>>,
) {
  get.mockImplementation((path: string) => {
    const stage = new URL(path, 'http://x').searchParams.get('stage') ?? '';
    return Promise.resolve().then(() => lists[stage]());
  });
}

function renderReassign(application: ApplicationDetailResponse = APPLICATION) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const ui = (current: ApplicationDetailResponse) => (
    <QueryClientProvider client={client}>
      <I18nProvider>
        <ReassignReviewers organizationId={ORG} application={current} />
      </I18nProvider>
    </QueryClientProvider>
  );
  const view = render(ui(application));
  /** The page's detail refreshed: the same component, the application as it is now. */
  const update = (current: ApplicationDetailResponse) => view.rerender(ui(current));
  return { ...view, update };
}

const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });
const assignButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Назначить' });

beforeEach(() => {
  writePreference(PREFERENCE_KEYS.locale, 'ru');
  get.mockReset();
  put.mockReset();
});

describe(ReassignReviewers.name, () => {
  it("loads the current stage's candidates with the people assigned now checked, and has nothing to save yet", async () => {
    let answer!: (list: ReviewerCandidateListResponse) => void;
    serveCandidates({ regional: () => new Promise((resolve) => (answer = resolve)) });
    renderReassign();

    expect(screen.getByRole('status').textContent).toContain('Загружаем список экспертов…');
    await waitFor(() => expect(typeof answer).toBe('function'));
    answer(listOf('regional', [anna, boris]));

    expect(await screen.findByRole('group', { name: 'Координаторы региона' })).toBeTruthy();
    expect(get).toHaveBeenCalledWith(`${PATH}/reviewer-candidates?stage=regional`, expect.anything());
    expect(box('Анна Петрова').checked).toBe(true);
    expect(box('Борис Иванов').checked).toBe(false);
    expect(screen.getByText('anna@region.test · назначен(а) сейчас')).toBeTruthy();
    expect(screen.getByText('boris@region.test')).toBeTruthy();
    expect(assignButton().disabled).toBe(true);
  });

  it('loads the ministry stage’s candidates when that stage is chosen (no regional-only note)', async () => {
    serveCandidates({
      regional: () => listOf('regional', [anna]),
      ministry: () => listOf('ministry', [maria]),
    });
    renderReassign();
    await screen.findByRole('group', { name: 'Координаторы региона' });

    fireEvent.change(screen.getByLabelText('Этап'), { target: { value: 'ministry' } });

    const group = await screen.findByRole('group', { name: 'Эксперты министерства' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    expect(box('Мария Экспертова').checked).toBe(false);
    expect(get).toHaveBeenCalledWith(`${PATH}/reviewer-candidates?stage=ministry`, expect.anything());
    expect(screen.queryByText(/автоматически по региону/)).toBeNull();
  });

  it('offers both stages during the regional review: its own and the ministry one not started yet', async () => {
    serveCandidates({ regional: () => listOf('regional', [anna]) });
    renderReassign();
    await screen.findByRole('group', { name: 'Координаторы региона' });

    expect(stageOptions()).toEqual([
      ['regional', 'Региональный этап'],
      ['ministry', 'Этап министерства'],
    ]);
  });

  it.each([
    ['ministry_review', 'ministry'],
    ['changes_requested', 'ministry'],
    ['resubmitted', 'ministry'],
  ] as const)(
    'offers only the ministry stage once the regional one is over (%s at the %s stage)',
    async (status, currentStage) => {
      serveCandidates({ ministry: () => listOf('ministry', [maria]) });
      renderReassign(at(status, currentStage));

      expect(await screen.findByRole('group', { name: 'Эксперты министерства' })).toBeTruthy();
      expect(stageOptions()).toEqual([['ministry', 'Этап министерства']]);
      expect(get).toHaveBeenCalledTimes(1);
      expect(get).toHaveBeenCalledWith(`${PATH}/reviewer-candidates?stage=ministry`, expect.anything());
    },
  );

  it('starts at the regional stage before any review, with the ministry one offered too', async () => {
    serveCandidates({ regional: () => listOf('regional', [anna]) });
    renderReassign(at('submitted', null));

    expect(await screen.findByRole('group', { name: 'Координаторы региона' })).toBeTruthy();
    expect(stageOptions().map(([value]) => value)).toEqual(['regional', 'ministry']);
  });

  it.each(['approved', 'rejected', 'withdrawn', 'agreement_signed'] as const)(
    'shows nothing and asks for nobody once the application is %s',
    (status) => {
      const { container } = renderReassign(at(status, null));

      expect(container.innerHTML).toBe('');
      expect(get).not.toHaveBeenCalled();
    },
  );

  it('moves to the ministry stage when the application passes the regional one while it is open', async () => {
    serveCandidates({
      regional: () => listOf('regional', [anna]),
      ministry: () => listOf('ministry', [maria]),
    });
    const view = renderReassign();
    await screen.findByRole('group', { name: 'Координаторы региона' });

    view.update(at('ministry_review', 'ministry'));

    expect(await screen.findByRole('group', { name: 'Эксперты министерства' })).toBeTruthy();
    expect(stageOptions()).toEqual([['ministry', 'Этап министерства']]);
  });

  it('says so when nobody can be assigned at the stage', async () => {
    serveCandidates({ regional: () => listOf('regional', []) });
    renderReassign();

    expect(
      await screen.findByText('В регионе муниципалитета нет активных координаторов: назначить некого.'),
    ).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(assignButton().disabled).toBe(true);
  });

  it('shows a failed load with a retry that asks again', async () => {
    let calls = 0;
    serveCandidates({
      regional: () => {
        calls += 1;
        if (calls === 1) {
          throw new ApiError({ code: 'common.internal', status: 500, message: 'boom', requestId: 'req-1' });
        }
        return listOf('regional', [anna]);
      },
    });
    renderReassign();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('req-1');
    fireEvent.click(within(alert).getByRole('button'));

    expect(await screen.findByRole('checkbox', { name: 'Анна Петрова' })).toBeTruthy();
    expect(calls).toBe(2);
  });

  it('saves the checked people for the stage and shows them as assigned', async () => {
    // A fake server that keeps the assignment, as the API does.
    let regional = [anna, boris];
    serveCandidates({ regional: () => listOf('regional', regional) });
    put.mockImplementation((_path: string, body: { userIds: string[] }) => {
      regional = regional.map((c) => ({ ...c, assigned: body.userIds.includes(c.userId) }));
      return Promise.resolve({ ...APPLICATION, reviews: [] });
    });
    renderReassign();
    await screen.findByRole('group', { name: 'Координаторы региона' });

    fireEvent.click(box('Борис Иванов'));
    expect(assignButton().disabled).toBe(false);
    fireEvent.click(assignButton());

    expect(await screen.findByText('Эксперты назначены.')).toBeTruthy();
    expect(put).toHaveBeenCalledWith(`${PATH}/reviewers`, {
      stage: 'regional',
      userIds: ['u-anna', 'u-boris'],
    });
    await waitFor(() => expect(screen.getByText('boris@region.test · назначен(а) сейчас')).toBeTruthy());
    expect(box('Борис Иванов').checked).toBe(true);
  });

  it('asks for at least one reviewer before saving', async () => {
    serveCandidates({ regional: () => listOf('regional', [anna, boris]) });
    renderReassign();
    await screen.findByRole('group', { name: 'Координаторы региона' });

    fireEvent.click(box('Анна Петрова'));

    expect(screen.getByText('Отметьте хотя бы одного эксперта.')).toBeTruthy();
    expect(assignButton().disabled).toBe(true);
  });

  it('names the people the API refused', async () => {
    serveCandidates({ regional: () => listOf('regional', [anna, boris]) });
    put.mockRejectedValue(
      new ApiError({
        code: 'common.validation-failed',
        status: 400,
        message: 'Invalid request',
        fields: [{ field: 'userIds.1', reason: 'Борис Иванов is not an active regional coordinator' }],
      }),
    );
    renderReassign();
    await screen.findByRole('group', { name: 'Координаторы региона' });

    fireEvent.click(box('Борис Иванов'));
    fireEvent.click(assignButton());

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Не могут рецензировать этот этап: Борис Иванов. Обновите список и выберите снова.',
    );
  });

  it('speaks English when the interface does', async () => {
    writePreference(PREFERENCE_KEYS.locale, 'en');
    serveCandidates({ regional: () => listOf('regional', [anna]) });
    renderReassign();

    expect(await screen.findByRole('group', { name: 'The region’s coordinators' })).toBeTruthy();
    expect(screen.getByText('anna@region.test · assigned now')).toBeTruthy();
    expect(screen.getByText('Newly assigned reviewers are notified in the app and by e-mail.')).toBeTruthy();
  });
});
