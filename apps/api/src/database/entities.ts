import { APPLICATION_ENTITIES } from '../modules/applications/application.entities';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { CatalogueImport } from '../modules/catalogue/catalogue-import.entity';
import { ComplianceDailyScore, ComplianceReportRow } from '../modules/compliance/compliance-report.entity';
import { ComplianceRun } from '../modules/compliance/compliance-run.entity';
import { Direction } from '../modules/catalogue/direction.entity';
import { ApplicationDocument } from '../modules/documents/document.entity';
import { Framework } from '../modules/catalogue/framework.entity';
import { KpiDefinition } from '../modules/catalogue/kpi-definition.entity';
import { Measure } from '../modules/catalogue/measure.entity';
import { Membership } from '../modules/identity/membership.entity';
import { Session } from '../modules/identity/session.entity';
import { User } from '../modules/identity/user.entity';
import { Invitation } from '../modules/members/invitation.entity';
import { MailMessage } from '../modules/notifications/mail-message.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { NotificationPreference } from '../modules/notifications/notification-preference.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { RoadmapEvidence } from '../modules/roadmaps/roadmap-evidence.entity';
import { RoadmapImport } from '../modules/roadmaps/roadmap-import.entity';
import { ROADMAP_PART_ENTITIES } from '../modules/roadmaps/roadmap-parts.entity';
import { Roadmap } from '../modules/roadmaps/roadmap.entity';
import { SlaClock } from '../modules/sla/sla-clock.entity';
import { OutboxEvent } from '../queue/outbox-event.entity';

/** Every entity class. TypeORM gets classes, not globs, so bundling and jest both work. */
export const ENTITIES = [
  Organization,
  User,
  Membership,
  Session,
  Invitation,
  AuditEvent,
  OutboxEvent,
  Notification,
  MailMessage,
  Framework,
  Direction,
  Measure,
  KpiDefinition,
  CatalogueImport,
  Roadmap,
  ...ROADMAP_PART_ENTITIES,
  RoadmapEvidence,
  RoadmapImport,
  ComplianceReportRow,
  ComplianceDailyScore,
  ComplianceRun,
  ...APPLICATION_ENTITIES,
  NotificationPreference,
  SlaClock,
  ApplicationDocument,
];
