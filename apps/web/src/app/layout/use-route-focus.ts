import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * After client-side navigation, moves focus to the main region so keyboard and screen-reader users start at the
 * new page's content (as a full page load would), not at the link they clicked. Not on the first render.
 */
export function useRouteFocus(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus({ preventScroll: false });
  }, [pathname, target]);
}
