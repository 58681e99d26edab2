import { REQUEST_ID_HEADER } from '@smartcity/contracts';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

import { requestContext } from './request-context';

const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Gives every request an id (a caller's X-Request-Id when well-formed), echoes it, and opens the request context. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header(REQUEST_ID_HEADER);
  const id = incoming && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
  (req as Request & { id: string }).id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  requestContext.run({ requestId: id }, next);
}
