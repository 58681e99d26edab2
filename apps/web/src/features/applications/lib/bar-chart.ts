/** Geometry of a horizontal bar chart in SVG user units: one row per datum, bars scaled to the largest value. */
export type BarGeometry = { label: string; value: number; y: number; width: number };

export type BarChartLayout = {
  bars: BarGeometry[];
  height: number;
  /** Where bars start (room for labels on the left). */
  barX: number;
  barHeight: number;
};

export function barChartLayout(
  data: readonly { label: string; value: number }[],
  { width = 600, labelWidth = 200, rowHeight = 28, barHeight = 18, valueRoom = 60 } = {},
): BarChartLayout {
  const max = Math.max(0, ...data.map((d) => d.value));
  const room = Math.max(0, width - labelWidth - valueRoom);
  return {
    bars: data.map((d, index) => ({
      label: d.label,
      value: d.value,
      y: index * rowHeight,
      width: max === 0 ? 0 : Math.round((Math.max(0, d.value) / max) * room * 10) / 10,
    })),
    height: data.length * rowHeight,
    barX: labelWidth,
    barHeight,
  };
}
