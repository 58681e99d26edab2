import { useCallback, useEffect, useRef, useState } from 'react';

import type { WindowRange } from '../lib/windowing';
import { visibleWindow } from '../lib/windowing';

/**
 * Tracks a scroll container and returns the rows of a fixed-height list that are in view (plus overscan), so
 * a list of thousands renders a few dozen rows. `offset`: what sits above the first row in the scrolled content.
 */
export function useWindowedRows(count: number, rowHeight: number, offset = 0) {
  const ref = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ scrollTop: 0, scrollLeft: 0, height: 600 });

  const measure = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    setViewport((current) =>
      current.scrollTop === element.scrollTop &&
      current.scrollLeft === element.scrollLeft &&
      current.height === element.clientHeight
        ? current
        : { scrollTop: element.scrollTop, scrollLeft: element.scrollLeft, height: element.clientHeight },
    );
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    measure();
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [measure]);

  const range: WindowRange = visibleWindow({
    scrollTop: viewport.scrollTop,
    viewportHeight: viewport.height,
    rowHeight,
    count,
    offset,
  });
  return { ref, range, scrollLeft: viewport.scrollLeft };
}
