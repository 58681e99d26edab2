import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MailboxResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { mailboxKeys } from './mailbox-keys';

/** The development mailbox (platform admins; only when no SMTP server is configured). */
export function getMailbox(signal?: AbortSignal): Promise<MailboxResponse> {
  return apiClient.get<MailboxResponse>('/dev/mailbox', signal);
}

export const mailboxQueryOptions = () =>
  queryOptions({
    queryKey: mailboxKeys.list(),
    queryFn: ({ signal }) => getMailbox(signal),
    // Mail is written by the worker a moment after the action: keep the list fresh while it is open.
    staleTime: 0,
    refetchInterval: 10_000,
  });

export function useMailbox() {
  return useQuery(mailboxQueryOptions());
}
