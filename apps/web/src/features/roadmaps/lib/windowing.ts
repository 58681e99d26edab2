export type WindowInput = {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Space above the first row inside the scrolled content (a sticky header, a chart axis). */
  offset?: number;
  /** Rows rendered beyond each edge, so fast scrolling shows no gaps. */
  overscan?: number;
};

export type WindowRange = {
  /** First rendered row (inclusive) and the end (exclusive). */
  start: number;
  end: number;
  /** Space for the rows not rendered above and below. */
  paddingTop: number;
  paddingBottom: number;
};

/** Which rows of a fixed-height list intersect the viewport: only those are rendered. */
export function visibleWindow({
  scrollTop,
  viewportHeight,
  rowHeight,
  count,
  offset = 0,
  overscan = 8,
}: WindowInput): WindowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, paddingTop: 0, paddingBottom: 0 };
  const first = Math.floor(Math.max(0, scrollTop - offset) / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  return { start, end, paddingTop: start * rowHeight, paddingBottom: (count - end) * rowHeight };
}
