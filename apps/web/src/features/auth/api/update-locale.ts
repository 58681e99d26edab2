import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, SessionResponse, UpdateProfileDto, UserResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export function updateProfile(body: UpdateProfileDto): Promise<UserResponse> {
  return apiClient.patch<UserResponse>('/me', body);
}

/** Saves the interface language in the signed-in user's profile, so it follows them to other devices. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => updateProfile({ locale }),
    onSuccess: (user) => {
      queryClient.setQueryData<SessionResponse | null>(authKeys.session(), (session) =>
        session ? { ...session, user } : session,
      );
    },
  });
}
