import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { createServer } from 'node:http';

import { runOrExplain } from './bootstrap';
import { EnvConfig } from './config/env.config';
import { WorkerModule } from './worker.module';

runOrExplain('worker', async () => {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  const { WORKER_HEALTH_PORT } = app.get(EnvConfig);
  if (WORKER_HEALTH_PORT > 0) {
    // A liveness endpoint for orchestrators; the worker serves nothing else over HTTP.
    createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'),
    ).listen(WORKER_HEALTH_PORT);
  }
});
