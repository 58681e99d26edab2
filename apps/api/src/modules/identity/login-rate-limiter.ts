import { Injectable, Logger } from '@nestjs/common';

import { AppException } from '../../common/app.exception';
import { RedisService } from '../../common/redis.service';
import { EnvConfig } from '../../config/env.config';

/**
 * Fixed-window limit on sign-in attempts per client address and per e-mail, kept in Redis so every API
 * instance shares it. Fails open (logged) while Redis is down: availability of sign-in beats the limit.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly logger = new Logger(LoginRateLimiter.name);

  constructor(
    private readonly redis: RedisService,
    private readonly config: EnvConfig,
  ) {}

  async consume(ip: string, email: string): Promise<void> {
    const window = this.config.LOGIN_RATE_WINDOW_SECONDS;
    const keys = [this.redis.key('rl', 'login', 'ip', ip), this.redis.key('rl', 'login', 'email', email)];
    let results: [number, number][];
    try {
      const pipeline = this.redis.client.multi();
      for (const key of keys) pipeline.incr(key).expire(key, window, 'NX').ttl(key);
      const replies = (await pipeline.exec()) ?? [];
      results = keys.map((_, i) => [Number(replies[i * 3]?.[1]), Number(replies[i * 3 + 2]?.[1])]);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'Sign-in rate limit skipped: Redis unavailable');
      return;
    }
    const exceeded = results.find(([count]) => count > this.config.LOGIN_RATE_LIMIT);
    if (exceeded) {
      const retryAfterSeconds = Math.max(exceeded[1], 1);
      throw new AppException(
        'common.rate-limited',
        `Too many sign-in attempts. Try again in ${retryAfterSeconds} s.`,
        {
          retryAfterSeconds,
        },
      );
    }
  }
}
