import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isApiError } from './api-client';

const MAX_RETRIES = 2;

/** Retry only what may succeed on its own: network failures and 5xx. A 4xx answer will not change. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.isClientError) return false;
  return failureCount < MAX_RETRIES;
}

export type QueryClientOptions = {
  /** Called when a request answers `common.unauthenticated`: the session ended (expired, or "sign out everywhere" elsewhere). */
  onUnauthenticated?: () => void;
};

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const handleError = (error: unknown) => {
    if (isApiError(error) && error.code === 'common.unauthenticated') options.onUnauthenticated?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
