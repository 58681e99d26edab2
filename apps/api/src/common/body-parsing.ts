import type { ErrorResponse } from '@smartcity/contracts';
import { COMMON_ERROR_CODES } from '@smartcity/contracts';
import express, { type NextFunction, type Request, type Response } from 'express';

type ParserError = Error & { type?: string; status?: number; limit?: number };

/** Turns body-parser failures into the error envelope before Nest's router ever sees them. */
function bodyParserErrors(err: ParserError, req: Request, res: Response, next: NextFunction): void {
  const requestId = String((req as Request & { id?: string }).id ?? '');
  const reply = (status: number, code: ErrorResponse['code'], message: string) =>
    res.status(status).json({ code, message, requestId } satisfies ErrorResponse);
  switch (err.type) {
    case 'entity.parse.failed':
      return void reply(
        400,
        COMMON_ERROR_CODES.malformedJson,
        `The request body is not valid JSON: ${err.message}`,
      );
    case 'entity.too.large':
      return void reply(
        413,
        COMMON_ERROR_CODES.payloadTooLarge,
        `The request body is larger than ${err.limit} bytes`,
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
    case 'request.aborted':
    case 'request.size.invalid':
      return void reply(400, COMMON_ERROR_CODES.validationFailed, err.message);
    case undefined:
    default:
      return next(err);
  }
}

/** JSON and form bodies up to `limit`, with parse errors answered as 400/413 envelopes. */
export function bodyParsing(limit: string) {
  return [express.json({ limit }), express.urlencoded({ limit, extended: false }), bodyParserErrors];
}
