import { ApiError } from '../../../lib/api-client';
import {
  checkedReviewers,
  refusedReviewers,
  selectionChanged,
  toggleReviewer,
  withAssigned,
} from './reviewer-selection';

const anna = { userId: 'u-anna', displayName: 'Анна Петрова', assigned: true };
const boris = { userId: 'u-boris', displayName: 'Борис Иванов', assigned: false };
const vera = { userId: 'u-vera', displayName: 'Вера Смирнова', assigned: true };

describe('reviewer selection', () => {
  it('checks the people assigned now until the coordinator changes the choice', () => {
    expect(checkedReviewers([anna, boris, vera], undefined)).toEqual(['u-anna', 'u-vera']);
    expect(checkedReviewers([anna, boris, vera], ['u-boris'])).toEqual(['u-boris']);
    expect(checkedReviewers([anna, boris, vera], [])).toEqual([]);
  });

  it('adds a person once and removes them', () => {
    expect(toggleReviewer(['u-anna'], 'u-boris', true)).toEqual(['u-anna', 'u-boris']);
    expect(toggleReviewer(['u-anna'], 'u-anna', true)).toEqual(['u-anna']);
    expect(toggleReviewer(['u-anna', 'u-boris'], 'u-anna', false)).toEqual(['u-boris']);
  });

  it('has nothing to save while the checked people are the assigned ones, in any order', () => {
    expect(selectionChanged([anna, boris, vera], ['u-vera', 'u-anna'])).toBe(false);
    expect(selectionChanged([anna, boris, vera], ['u-anna'])).toBe(true);
    expect(selectionChanged([anna, boris, vera], ['u-anna', 'u-vera', 'u-boris'])).toBe(true);
    expect(selectionChanged([anna, boris, vera], ['u-anna', 'u-boris'])).toBe(true);
  });

  it('marks exactly the saved people as assigned', () => {
    expect(withAssigned([anna, boris, vera], ['u-boris']).map((c) => [c.userId, c.assigned])).toEqual([
      ['u-anna', false],
      ['u-boris', true],
      ['u-vera', false],
    ]);
  });

  it('names the people the API refused from the field indexes of the ids sent', () => {
    const error = new ApiError({
      code: 'common.validation-failed',
      status: 400,
      message: 'Invalid request',
      fields: [
        { field: 'userIds.1', reason: 'Борис Иванов is not an active regional coordinator' },
        { field: 'userIds.2', reason: 'no user has the id u-gone' },
        { field: 'stage', reason: 'stage must be one of: regional, ministry' },
      ],
    });

    expect(refusedReviewers(error, ['u-anna', 'u-boris', 'u-gone'], [anna, boris, vera])).toEqual([
      'Борис Иванов',
      'u-gone',
    ]);
    expect(refusedReviewers(error, undefined, [anna])).toEqual([]);
    expect(refusedReviewers(new Error('network'), ['u-anna'], [anna])).toEqual([]);
  });
});
