import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router-dom';

/**
 * The code of a page could not be loaded: the network dropped, or the app was redeployed and the chunk this
 * (older) page refers to no longer exists. Reloading fetches the current version; the route error page says so.
 */
export class PageLoadError extends Error {
  override readonly name = 'PageLoadError';

  constructor(cause: unknown) {
    super(`The page's code could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/**
 * A route's `lazy` property for a page component in its own chunk: `lazyPage(() => import('./x').then((m) =>
 * m.XRoute))`. A failed import becomes a PageLoadError, which the router hands to the route's errorElement.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyRouteFunction<RouteObject> {
  return async () => {
    try {
      return { Component: await load() };
    } catch (cause) {
      throw new PageLoadError(cause);
    }
  };
}
