import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';

import { AccessGuard } from './common/access.guard';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { CommonModule } from './common/common.module';
import { LoggingModule } from './common/logging.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ApplicationsModule } from './modules/applications/applications.module';
import { AuditModule } from './modules/audit/audit.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { ComplianceModule } from './modules/compliance/compliance.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { HealthController } from './modules/health/health.controller';
import { IdentityModule } from './modules/identity/identity.module';
import { MembersModule } from './modules/members/members.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { RoadmapsModule } from './modules/roadmaps/roadmaps.module';
import { SlaModule } from './modules/sla/sla.module';

/** Feature modules shared by the HTTP app and the worker. */
export const FEATURE_MODULES = [
  ConfigModule,
  LoggingModule,
  DatabaseModule,
  CommonModule,
  AuditModule,
  IdentityModule,
  OrganizationsModule,
  MembersModule,
  NotificationsModule,
  RoadmapsModule,
  CatalogueModule,
  ApplicationsModule,
  ComplianceModule,
  SlaModule,
  DocumentsModule,
  DashboardModule,
];

/** The HTTP application: no queue processors are registered here. */
@Module({
  imports: FEATURE_MODULES,
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule {}
