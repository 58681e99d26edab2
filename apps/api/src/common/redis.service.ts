import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';

import { EnvConfig } from '../config/env.config';

/**
 * A shared Redis connection for request-path use (rate limits, health, live-update fan-out). Commands fail fast
 * while Redis is down instead of queueing, so requests never hang on it.
 */
@Injectable()
export class RedisService implements OnModuleDestroy {
  private readonly logger = new Logger(RedisService.name);
  readonly client: Redis;

  constructor(readonly config: EnvConfig) {
    this.client = new Redis(config.REDIS_URL, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.client.on('error', (err: Error) =>
      this.logger.warn({ err: err.message }, 'Redis connection problem'),
    );
  }

  /** Namespaces a key with the deployment's queue prefix so several environments can share one Redis. */
  key(...parts: string[]): string {
    return [this.config.QUEUE_PREFIX, ...parts].join(':');
  }

  async isUp(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
