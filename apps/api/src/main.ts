import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module';
import { runOrExplain } from './bootstrap';
import { EnvConfig } from './config/env.config';
import { configureHttpApp } from './http-app';

runOrExplain('api', async () => {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  configureHttpApp(app);
  const { PORT } = app.get(EnvConfig);
  await app.listen(PORT, '0.0.0.0');
});
