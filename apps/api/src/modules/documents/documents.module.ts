import { Module } from '@nestjs/common';

import { RoadmapsModule } from '../roadmaps/roadmaps.module';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';

/**
 * Application PDFs (issue 6): listing and download over HTTP. The worker adds the transition effect
 * (DocumentsEffect), the render handler and the sweeper (worker.module.ts). Files live in the roadmaps module's
 * FileStorage (local disk or S3).
 */
@Module({
  imports: [RoadmapsModule],
  controllers: [DocumentsController],
  providers: [DocumentsRepository, DocumentsService],
  exports: [DocumentsRepository],
})
export class DocumentsModule {}
