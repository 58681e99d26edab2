import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthResponse } from '@smartcity/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { RedisService } from '../../common/redis.service';
import { EnvConfig } from '../../config/env.config';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisService,
    private readonly config: EnvConfig,
  ) {}

  @Get()
  @Public()
  @ApiContract({
    summary: 'Liveness and dependencies: 200 when PostgreSQL and Redis answer, 503 otherwise',
    response: HealthResponse,
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const [database, redis] = await Promise.all([
      this.dataSource
        .query('SELECT 1')
        .then(() => 'up' as const)
        .catch(() => 'down' as const),
      this.redis.isUp().then((up) => (up ? ('up' as const) : ('down' as const))),
    ]);
    const status = database === 'up' && redis === 'up' ? 'ok' : 'degraded';
    if (status !== 'ok') res.status(503);
    return { status, checks: { database, redis }, version: this.config.APP_VERSION ?? 'dev' };
  }
}
