import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

import { bodyParsing } from './common/body-parsing';
import { createValidationPipe } from './common/validation';
import { requestIdMiddleware } from './common/request-id.middleware';
import { setupOpenApi } from './common/openapi';
import { EnvConfig } from './config/env.config';

export const API_PREFIX = 'api/v1';
export const JSON_BODY_LIMIT = '1mb';

/** Everything main.ts and the integration tests both need, so tests exercise the real HTTP stack. */
export function configureHttpApp(app: NestExpressApplication): NestExpressApplication {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  const { COOKIE_SECURE } = app.get(EnvConfig);
  app.use(
    helmet({
      // HSTS and upgrade-insecure-requests only where the deployment is served over HTTPS.
      hsts: COOKIE_SECURE,
      contentSecurityPolicy: {
        directives: {
          'upgrade-insecure-requests': COOKIE_SECURE ? [] : null,
          // Swagger UI at /api/docs needs inline styles and scripts of its own.
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  app.use(...bodyParsing(JSON_BODY_LIMIT));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
