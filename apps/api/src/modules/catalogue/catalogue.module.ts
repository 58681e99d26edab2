import { Module } from '@nestjs/common';

import { CatalogueContentController } from './catalogue-content.controller';
import { CatalogueContentService } from './catalogue-content.service';
import { CatalogueDraftWriter } from './catalogue-draft-writer';
import { CatalogueDraftsService } from './catalogue-drafts.service';
import { CatalogueFileCodec } from './catalogue-file-codec';
import { CatalogueFrameworksController } from './catalogue-frameworks.controller';
import { CatalogueImportsController } from './catalogue-imports.controller';
import { CatalogueImportsRepository } from './catalogue-imports.repository';
import { CatalogueImportsService } from './catalogue-imports.service';
import { CatalogueOrderController } from './catalogue-order.controller';
import { CatalogueOrderService } from './catalogue-order.service';
import { CatalogueSearchController } from './catalogue-search.controller';
import { CatalogueSearchRepository } from './catalogue-search.repository';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';

/** The standards catalogue: framework versions, drafts, search, imports and exports. */
@Module({
  controllers: [
    CatalogueSearchController,
    CatalogueImportsController,
    CatalogueFrameworksController,
    CatalogueContentController,
    CatalogueOrderController,
  ],
  providers: [
    CatalogueRepository,
    CatalogueSearchRepository,
    CatalogueImportsRepository,
    CatalogueFileCodec,
    CatalogueService,
    CatalogueDraftWriter,
    CatalogueDraftsService,
    CatalogueContentService,
    CatalogueOrderService,
    CatalogueImportsService,
  ],
  exports: [CatalogueRepository, CatalogueImportsService],
})
export class CatalogueModule {}
