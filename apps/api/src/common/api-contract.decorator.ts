import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiOperation, ApiResponse } from '@nestjs/swagger';

type Shape = abstract new (...args: never[]) => unknown;

const ref = (shape: Shape) => ({ $ref: `#/components/schemas/${shape.name}` });
const ERROR = { $ref: '#/components/schemas/ErrorResponse' };

/**
 * Documents an endpoint in OpenAPI from the contracts classes. Their JSON schemas are generated from the
 * class-validator metadata at startup (see openapi.ts), so request validation and documentation share one source.
 */
export function ApiContract(options: {
  summary: string;
  body?: Shape;
  /** A class, or `[Class]` for an array of it. Omit for 204 No Content. */
  response?: Shape | [Shape];
  status?: number;
}) {
  const status = options.status ?? (options.response ? 200 : 204);
  const decorators = [
    ApiOperation({ summary: options.summary }),
    HttpCode(status),
    ApiResponse({
      status,
      description: options.response ? 'Success' : 'Done, no content',
      ...(options.response
        ? {
            schema: Array.isArray(options.response)
              ? { type: 'array', items: ref(options.response[0]) }
              : ref(options.response),
          }
        : {}),
    }),
    ApiResponse({ status: 'default', description: 'Error envelope', schema: ERROR }),
  ];
  if (options.body) {
    decorators.push(
      ApiBody({ schema: ref(options.body) }),
      ApiBadRequestResponse({ description: 'Invalid field (`common.validation-failed`)', schema: ERROR }),
    );
  }
  return applyDecorators(...decorators);
}
