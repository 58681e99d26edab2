import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { CSRF_HEADER, SESSION_COOKIE } from '@smartcity/contracts';
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

const ERROR_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'requestId'],
  properties: {
    code: { type: 'string', example: 'common.validation-failed' },
    message: { type: 'string' },
    details: {
      type: 'object',
      properties: {
        fields: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'reason'],
            properties: {
              field: { type: 'string' },
              reason: { type: 'string' },
              constraint: { type: 'string' },
            },
          },
        },
      },
      additionalProperties: true,
    },
    requestId: { type: 'string' },
  },
};

/** Builds the OpenAPI 3 document; request and response schemas come from the contracts' class-validator metadata. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Smart City Roadmaps API')
    .setDescription(
      'Municipal Smart City digitalization roadmaps: drafting, review, tracking. Errors use one envelope ' +
        '`{code, message, details, requestId}`. Writes with a session cookie need the X-CSRF-Token header.',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'session')
    .addApiKey({ type: 'apiKey', in: 'header', name: CSRF_HEADER }, 'csrf')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    refPointerPrefix: '#/components/schemas/',
  });
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ...(schemas as object),
      ErrorResponse: ERROR_RESPONSE_SCHEMA,
    },
  };
  return document;
}

export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
