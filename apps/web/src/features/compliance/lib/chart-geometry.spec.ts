import { dayNumber, formatDay, horizonBars, percentY, trendGeometry } from './chart-geometry';
import type { ChartBox } from './chart-geometry';

// A plot area of 100 × 100 units starting at (10, 10).
const BOX: ChartBox = { width: 120, height: 130, left: 10, bottom: 20, top: 10, right: 10 };

describe('percentY', () => {
  it('maps 100 % to the top of the plot area and 0 % to its baseline, clamping outside values', () => {
    expect(percentY(BOX, 100)).toBe(10);
    expect(percentY(BOX, 0)).toBe(110);
    expect(percentY(BOX, 25)).toBe(85);
    expect(percentY(BOX, 150)).toBe(10);
    expect(percentY(BOX, -1)).toBe(110);
  });
});

describe('horizonBars', () => {
  const horizons = [
    { year: 2020, share: 0.25, plannedBasicMeasures: 1, basicMeasures: 4 },
    { year: 2024, share: 1, plannedBasicMeasures: 4, basicMeasures: 4 },
    { year: 2030, share: null, plannedBasicMeasures: 0, basicMeasures: 0 },
  ];

  it('draws one bar per year in evenly spaced slots, as tall as the share', () => {
    const bars = horizonBars(horizons, BOX);

    expect(bars.map((bar) => bar.year)).toEqual([2020, 2024, 2030]);
    expect(bars.map((bar) => bar.centerX)).toEqual([26.7, 60, 93.3]);
    expect(bars[0]).toMatchObject({ percent: 25, y: 85, height: 25, width: 20 });
    expect(bars[1]).toMatchObject({ percent: 100, y: 10, height: 100 });
  });

  it('keeps an empty slot for a year with nothing in scope', () => {
    expect(horizonBars(horizons, BOX)[2]).toMatchObject({ percent: null, height: 0, y: 110 });
  });

  it('puts value labels above the bar but never above the chart', () => {
    const [low, full] = horizonBars(horizons, BOX);
    expect(low.labelY).toBe(79);
    expect(full.labelY).toBe(6);
  });

  it('draws nothing without horizons', () => {
    expect(horizonBars([], BOX)).toEqual([]);
  });
});

describe('trendGeometry', () => {
  it('places days proportionally to the time between them, sorted, with a path through them', () => {
    const geometry = trendGeometry(
      [
        { day: '2026-01-05', score: 50 },
        { day: '2026-01-01', score: 0 },
        { day: '2026-01-02', score: 100 },
      ],
      BOX,
    );

    expect(geometry.points.map((p) => [p.day, p.x, p.y])).toEqual([
      ['2026-01-01', 10, 110],
      ['2026-01-02', 35, 10],
      ['2026-01-05', 110, 60],
    ]);
    expect(geometry.path).toBe('M 10 110 L 35 10 L 110 60');
    expect(geometry.xTicks.map((p) => p.day)).toEqual(['2026-01-01', '2026-01-02', '2026-01-05']);
  });

  it('centres a single day and labels it once', () => {
    const geometry = trendGeometry([{ day: '2026-03-01', score: 75 }], BOX);

    expect(geometry.points[0]).toMatchObject({ x: 60, y: 35 });
    expect(geometry.path).toBe('M 60 35');
    expect(geometry.xTicks).toHaveLength(1);
  });

  it('is empty without data', () => {
    expect(trendGeometry([], BOX)).toEqual({ points: [], path: '', xTicks: [] });
  });

  it('counts days across months and years in UTC', () => {
    expect(dayNumber('2025-01-01') - dayNumber('2024-12-31')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });
});

describe('formatDay', () => {
  it('names the UTC day in either language, long or short', () => {
    expect(formatDay('en', '2026-01-05', 'long')).toBe('5 January 2026');
    expect(formatDay('ru', '2026-01-05', 'long')).toMatch(/^5 января 2026/);
    expect(formatDay('en', '2026-01-05', 'short')).toBe('5 Jan');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDay('en', 'not a day', 'short')).toBe('not a day');
  });
});
