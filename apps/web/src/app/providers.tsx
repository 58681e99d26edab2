import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';

import { authKeys } from '../features/auth/api/auth-keys';
import { forgetSession } from '../features/auth/api/logout';
import { I18nProvider } from '../i18n/i18n-provider';
import { createQueryClient } from '../lib/query-client';
import { ErrorBoundary } from './error-boundary';
import { ProfileLocaleSync } from './profile-locale-sync';

export type ProvidersProps = { children: ReactNode };

export function Providers({ children }: ProvidersProps) {
  const [queryClient] = useState(() => {
    const client = createQueryClient({
      // The session ended elsewhere (expired, or "sign out everywhere" on another device): forget it here too,
      // unless we already know we are signed out.
      onUnauthenticated: () => {
        if (client.getQueryData(authKeys.session())) forgetSession(client);
      },
    });
    return client;
  });
  return (
    <I18nProvider>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <ProfileLocaleSync />
          {children}
        </QueryClientProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
