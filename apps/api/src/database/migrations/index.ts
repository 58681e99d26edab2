import { CreateIdentityAndPipeline1763780000000 } from './1763780000000-CreateIdentityAndPipeline';
import { CreateCatalogue1763790000000 } from './1763790000000-CreateCatalogue';
import { CreateRoadmaps1763800000000 } from './1763800000000-CreateRoadmaps';
import { AddRoadmapEvidenceAndImports1763810000000 } from './1763810000000-AddRoadmapEvidenceAndImports';
import { CreateCompliance1763820000000 } from './1763820000000-CreateCompliance';
import { CreateApplications1763830000000 } from './1763830000000-CreateApplications';
import { AddSlaClocksDocumentsAndNotificationPreferences1763840000000 } from './1763840000000-AddSlaClocksDocumentsAndNotificationPreferences';

/** Every migration class, in order. */
export const MIGRATIONS = [
  CreateIdentityAndPipeline1763780000000,
  CreateCatalogue1763790000000,
  CreateRoadmaps1763800000000,
  AddRoadmapEvidenceAndImports1763810000000,
  CreateCompliance1763820000000,
  CreateApplications1763830000000,
  AddSlaClocksDocumentsAndNotificationPreferences1763840000000,
];
