import type { AccessScope } from '@smartcity/domain';
import type { Request } from 'express';

export type RequestAuth = {
  sessionId: string;
  userId: string;
  csrfToken: string;
  scope: AccessScope;
};

export type AuthenticatedRequest = Request & { id?: string; auth: RequestAuth };
