import { Global, Module } from '@nestjs/common';

import { OutboxPublisher } from '../queue/outbox.publisher';
import { RedisService } from './redis.service';

@Global()
@Module({ providers: [RedisService, OutboxPublisher], exports: [RedisService, OutboxPublisher] })
export class CommonModule {}
