import {
  CATALOGUE_PROBLEM_CODES,
  CATALOGUE_PROBLEM_PARAM_NAMES,
  catalogueProblem,
  isCatalogueProblemCode,
} from './catalogue-problems';

describe('catalogueProblem', () => {
  it('carries the code, the params and the English reason', () => {
    expect(catalogueProblem('too-long', { max: 500, actual: 612 })).toEqual({
      code: 'too-long',
      params: { max: 500, actual: 612 },
      reason: 'must be at most 500 characters (has 612)',
    });
    expect(catalogueProblem('required')).toEqual({ code: 'required', params: {}, reason: 'is required' });
  });

  it('lists every code once, each with its param names', () => {
    expect(new Set(CATALOGUE_PROBLEM_CODES).size).toBe(CATALOGUE_PROBLEM_CODES.length);
    expect(Object.keys(CATALOGUE_PROBLEM_PARAM_NAMES).sort()).toEqual([...CATALOGUE_PROBLEM_CODES].sort());
  });

  it('recognises its codes only', () => {
    expect(isCatalogueProblemCode('not-one-of')).toBe(true);
    expect(isCatalogueProblemCode('toString')).toBe(false);
    expect(isCatalogueProblemCode(42)).toBe(false);
  });
});
