import { scoreBand, scoreColour, shareToScore } from './score-scale';

describe('scoreBand', () => {
  it.each([
    [100, 'excellent'],
    [95, 'excellent'],
    [94, 'good'],
    [66, 'good'],
    [65, 'fair'],
    [33, 'fair'],
    [32, 'poor'],
    [0, 'poor'],
    [-5, 'poor'],
    [140, 'excellent'],
    [null, 'none'],
    [Number.NaN, 'none'],
  ] as const)('puts %p in %s', (score, band) => {
    expect(scoreBand(score)).toBe(band);
  });
});

describe('scoreColour', () => {
  it('runs from red at 0 through amber to green at 100, grey without a value', () => {
    expect(scoreColour(0)).toBe('hsl(0, 70%, 78%)');
    expect(scoreColour(50)).toBe('hsl(60, 70%, 78%)');
    expect(scoreColour(100)).toBe('hsl(120, 70%, 78%)');
    expect(scoreColour(250)).toBe('hsl(120, 70%, 78%)');
    expect(scoreColour(null)).toBe('hsl(0, 0%, 90%)');
  });

  it('is monotonic in hue', () => {
    const hues = [0, 10, 33, 66, 95, 100].map((score) => Number(/hsl\((\d+)/.exec(scoreColour(score))![1]));
    expect([...hues].sort((a, b) => a - b)).toEqual(hues);
  });
});

describe('shareToScore', () => {
  it('turns a 0–1 share into a rounded percentage and keeps null', () => {
    expect(shareToScore(2 / 3)).toBe(67);
    expect(shareToScore(1)).toBe(100);
    expect(shareToScore(null)).toBeNull();
  });
});
