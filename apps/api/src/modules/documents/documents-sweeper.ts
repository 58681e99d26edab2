import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { EnvConfig } from '../../config/env.config';
import { TransactionRunner } from '../../database/transaction';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { DocumentsRepository } from './documents.repository';

/**
 * Restarts renders that nobody finishes: a claim whose lease ran out (its worker died mid-render) or a pending
 * document whose job was lost. Runs in the worker at start and every half lease; each pass publishes one fresh
 * `documents.render` job per stuck document. The render claim makes extra jobs harmless.
 */
@Injectable()
export class DocumentsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DocumentsSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly documents: DocumentsRepository,
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxPublisher,
    private readonly config: EnvConfig,
  ) {}

  onApplicationBootstrap(): void {
    const interval = Math.max(500, Math.floor(this.config.DOCUMENT_RENDER_LEASE_MS / 2));
    this.timer = setInterval(() => this.trigger(), interval);
    this.trigger();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private trigger(): void {
    if (this.running) return;
    this.running = this.sweep()
      .then(() => undefined)
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'Documents sweep failed'))
      .finally(() => (this.running = undefined));
  }

  /** Publishes a render job for every stuck document; returns how many. */
  async sweep(): Promise<number> {
    const ids = await this.documents.findStuck(this.config.DOCUMENT_RENDER_LEASE_MS);
    if (ids.length === 0) return 0;
    await this.tx.run(async (manager) => {
      for (const documentId of ids)
        await this.outbox.publish(manager, 'documents.render', { v: 1, documentId });
    });
    this.logger.warn({ documents: ids.length }, 'Restarted stuck document renders');
    return ids.length;
  }
}
