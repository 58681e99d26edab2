/** Pure geometry of the compliance charts (SVG user units), so the components only draw. */

export type ChartBox = {
  width: number;
  height: number;
  /** Room for axis labels: left (y ticks), bottom (x labels), top and right margins. */
  left: number;
  bottom: number;
  top: number;
  right: number;
};

export const HORIZON_CHART_BOX: ChartBox = {
  width: 420,
  height: 240,
  left: 44,
  bottom: 28,
  top: 20,
  right: 12,
};
export const TREND_CHART_BOX: ChartBox = {
  width: 640,
  height: 220,
  left: 44,
  bottom: 28,
  top: 12,
  right: 16,
};

/** Y ticks shared by both charts: 0–100 %. */
export const PERCENT_TICKS = [0, 25, 50, 75, 100] as const;

/** The y coordinate of a 0–100 value inside the box (100 at the top of the plot area). */
export function percentY(box: ChartBox, value: number): number {
  const plot = box.height - box.top - box.bottom;
  const clamped = Math.max(0, Math.min(100, value));
  return round(box.top + plot * (1 - clamped / 100));
}

export type HorizonInput = {
  year: number;
  share: number | null;
  plannedBasicMeasures: number;
  basicMeasures: number;
};

export type HorizonBar = {
  year: number;
  /** 0–100, or null when no basic measure is in scope (drawn as an empty slot). */
  percent: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, for the year label and the value label. */
  centerX: number;
  /** Baseline y of the value label, above the bar. */
  labelY: number;
};

/** One bar per horizon year, evenly spaced; bar height is the share of basic measures planned by that year. */
export function horizonBars(
  horizons: readonly HorizonInput[],
  box: ChartBox = HORIZON_CHART_BOX,
): HorizonBar[] {
  if (horizons.length === 0) return [];
  const plotWidth = box.width - box.left - box.right;
  const slot = plotWidth / horizons.length;
  const barWidth = Math.min(72, slot * 0.6);
  const baseline = percentY(box, 0);
  return horizons.map((horizon, index) => {
    const percent = horizon.share === null ? null : round(horizon.share * 100);
    const top = percentY(box, percent ?? 0);
    const centerX = round(box.left + slot * index + slot / 2);
    return {
      year: horizon.year,
      percent,
      x: round(centerX - barWidth / 2),
      y: top,
      width: round(barWidth),
      height: round(baseline - top),
      centerX,
      labelY: round(Math.max(box.top - 4, top - 6)),
    };
  });
}

export type TrendInput = { day: string; score: number };

export type TrendPoint = TrendInput & { x: number; y: number };

export type TrendGeometry = {
  points: TrendPoint[];
  /** SVG path `M x y L x y …` through the points in date order; empty when there is no point. */
  path: string;
  /** Days labelled on the x axis: the first, the last and (when they differ) the middle one. */
  xTicks: TrendPoint[];
};

/**
 * Daily scores on a time axis: x is proportional to the number of days since the first snapshot (gaps in the
 * history stay visible as longer segments), y to the score. Points are sorted by day; a single point is centred.
 */
export function trendGeometry(series: readonly TrendInput[], box: ChartBox = TREND_CHART_BOX): TrendGeometry {
  const sorted = [...series].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  if (sorted.length === 0) return { points: [], path: '', xTicks: [] };
  const first = dayNumber(sorted[0].day);
  const span = dayNumber(sorted[sorted.length - 1].day) - first;
  const plotWidth = box.width - box.left - box.right;
  const points = sorted.map((entry) => ({
    ...entry,
    x: round(
      span === 0 ? box.left + plotWidth / 2 : box.left + (plotWidth * (dayNumber(entry.day) - first)) / span,
    ),
    y: percentY(box, entry.score),
  }));
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'} ${point.x} ${point.y}`).join(' ');
  const middle = points[Math.floor((points.length - 1) / 2)];
  const xTicks = [points[0], middle, points[points.length - 1]].filter(
    (point, index, all) => all.findIndex((other) => other.day === point.day) === index,
  );
  return { points, path, xTicks };
}

/** Days since 1970-01-01 of an ISO date (UTC, so no daylight-saving jumps). */
export function dayNumber(isoDay: string): number {
  const [year, month, day] = isoDay.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const INTL_LOCALES = { ru: 'ru-RU', en: 'en-GB' } as const;

/** A snapshot day (`YYYY-MM-DD`, UTC) for people: long for tables, short for axis ticks; never shifted by time zone. */
export function formatDay(locale: 'ru' | 'en', isoDay: string, style: 'long' | 'short'): string {
  const [year, month, day] = isoDay.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: style === 'long' ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(date);
}
