import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { ErrorCode, ErrorResponse } from '@smartcity/contracts';
import { COMMON_ERROR_CODES } from '@smartcity/contracts';
import type { Request, Response } from 'express';

import { AppException } from './app.exception';

/** Error codes for HTTP errors raised by the framework itself (unknown routes, etc.). */
const STATUS_CODES: Record<number, ErrorCode> = {
  401: COMMON_ERROR_CODES.unauthenticated,
  403: COMMON_ERROR_CODES.forbidden,
  404: COMMON_ERROR_CODES.notFound,
  413: COMMON_ERROR_CODES.payloadTooLarge,
  429: COMMON_ERROR_CODES.rateLimited,
};

/** Maps every error to the one envelope. Unexpected errors are logged with the request id and hidden. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = String(request.id ?? '');
    const { status, body } = this.toEnvelope(exception, requestId);

    if (status >= 500) {
      this.logger.error(
        { err: exception, requestId, path: request.url, method: request.method },
        'Request failed',
      );
    }
    if (exception instanceof AppException && exception.code === 'common.rate-limited') {
      response.setHeader('Retry-After', String(Number(exception.details?.retryAfterSeconds ?? 60)));
    }
    response.status(status).json(body);
  }

  private toEnvelope(exception: unknown, requestId: string): { status: number; body: ErrorResponse } {
    const envelope = (code: ErrorCode, message: string, details?: ErrorResponse['details']) => ({
      code,
      message,
      ...(details ? { details } : {}),
      requestId,
    });

    if (exception instanceof AppException) {
      return {
        status: exception.status,
        body: envelope(exception.code, exception.message, exception.details),
      };
    }

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code =
        STATUS_CODES[status] ??
        (status < 500 ? COMMON_ERROR_CODES.validationFailed : COMMON_ERROR_CODES.internal);
      const message = status === 404 ? 'No such endpoint or resource' : exception.message;
      return { status, body: envelope(code, message) };
    }

    return {
      status: 500,
      body: envelope(
        COMMON_ERROR_CODES.internal,
        'Something went wrong on our side. Quote the request id when reporting it.',
      ),
    };
  }
}
