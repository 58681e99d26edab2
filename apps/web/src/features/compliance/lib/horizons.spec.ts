import { horizonVerdict } from './horizons';

const horizon = (year: number, planned: number, total: number) => ({
  year,
  basicMeasures: total,
  plannedBasicMeasures: planned,
  share: total === 0 ? null : planned / total,
});

describe('horizonVerdict', () => {
  it('is on track when every basic measure is planned by the end of 2024', () => {
    expect(horizonVerdict([horizon(2020, 1, 5), horizon(2024, 5, 5), horizon(2030, 5, 5)])).toEqual({
      kind: 'on-track',
      year: 2024,
    });
  });

  it('counts what is missing at the 2024 horizon, whatever 2030 says', () => {
    expect(horizonVerdict([horizon(2020, 0, 5), horizon(2024, 3, 5), horizon(2030, 5, 5)])).toEqual({
      kind: 'at-risk',
      year: 2024,
      missing: 2,
      total: 5,
    });
  });

  it('has nothing to judge without basic measures in scope', () => {
    expect(horizonVerdict([horizon(2024, 0, 0)])).toEqual({ kind: 'nothing' });
    expect(horizonVerdict([])).toEqual({ kind: 'nothing' });
  });
});
