import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { RoadmapLiveEvent } from '@smartcity/contracts';
import Redis from 'ioredis';
import { Observable } from 'rxjs';

import { RedisService } from '../../common/redis.service';
import { EnvConfig } from '../../config/env.config';

type Listener = (event: RoadmapLiveEvent) => void;

/**
 * Live updates for people viewing a roadmap. After a write commits, the API instance that made it publishes a
 * small event on the roadmap's Redis channel; every API instance holding an open event stream for that roadmap
 * receives it on its one dedicated subscriber connection and fans it out to its local streams. Events are
 * hints to refetch, not durable jobs: a missed one costs a stale screen until the next event or reload.
 */
@Injectable()
export class RoadmapLiveService implements OnModuleDestroy {
  private readonly logger = new Logger(RoadmapLiveService.name);
  private subscriber?: Redis;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly redis: RedisService,
    private readonly config: EnvConfig,
  ) {}

  channel(roadmapId: string): string {
    return this.redis.key('roadmap-events', roadmapId);
  }

  /** Publishes after commit; failures are logged, never thrown (the write has already succeeded). */
  async publish(event: RoadmapLiveEvent): Promise<void> {
    try {
      await this.redis.client.publish(this.channel(event.roadmapId), JSON.stringify(event));
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message, roadmapId: event.roadmapId },
        'Live update not published',
      );
    }
  }

  /** A stream of the roadmap's events; subscribing to Redis on the first viewer, unsubscribing after the last. */
  events(roadmapId: string): Observable<RoadmapLiveEvent> {
    return new Observable<RoadmapLiveEvent>((observer) => {
      const channel = this.channel(roadmapId);
      const listener: Listener = (event) => observer.next(event);
      let set = this.listeners.get(channel);
      if (!set) {
        set = new Set();
        this.listeners.set(channel, set);
        this.connection()
          .subscribe(channel)
          .catch((err: Error) => this.logger.warn({ err: err.message, channel }, 'Live subscribe failed'));
      }
      set.add(listener);
      return () => {
        const current = this.listeners.get(channel);
        current?.delete(listener);
        if (current && current.size === 0) {
          this.listeners.delete(channel);
          this.subscriber?.unsubscribe(channel).catch(() => undefined);
        }
      };
    });
  }

  /** Resolves once the subscriber connection is subscribed to the roadmap's channel (tests wait on this). */
  async ready(roadmapId: string): Promise<void> {
    const channel = this.channel(roadmapId);
    const connection = this.connection();
    for (let attempt = 0; attempt < 50; attempt++) {
      const [, count] = (await this.redis.client.pubsub('NUMSUB', channel)) as [string, number];
      if (Number(count) > 0 && connection.status === 'ready') return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
  }

  private connection(): Redis {
    if (!this.subscriber) {
      // Subscriber mode blocks other commands, so it gets a connection of its own; it resubscribes on reconnect.
      const subscriber = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
      subscriber.on('error', (err: Error) =>
        this.logger.warn({ err: err.message }, 'Live subscriber problem'),
      );
      subscriber.on('message', (channel: string, message: string) => {
        const set = this.listeners.get(channel);
        if (!set) return;
        let event: RoadmapLiveEvent;
        try {
          event = JSON.parse(message) as RoadmapLiveEvent;
        } catch {
          return;
        }
        for (const listener of set) listener(event);
      });
      this.subscriber = subscriber;
    }
    return this.subscriber;
  }
}
