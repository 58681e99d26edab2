// class-transformer's @Type reads decorator metadata: load the polyfill wherever contracts are used (API, web).
import 'reflect-metadata';

export * from './http/error-codes';
export * from './http/error-response';
export * from './http/headers';
export * from './identity/login.dto';
export * from './identity/session.response';
export * from './organizations/organization.response';
export * from './members/members.dto';
export * from './members/members.response';
export * from './notifications/notifications.response';
export * from './health/health.response';
export * from './catalogue/catalogue.dto';
export * from './catalogue/catalogue.response';
export * from './catalogue/catalogue-diff.response';
export * from './catalogue/catalogue-import.response';
export * from './jobs/queues';
export * from './jobs/job-registry';
export * from './roadmaps/roadmaps.dto';
export * from './roadmaps/roadmap-items.dto';
export * from './roadmaps/roadmap-parts.dto';
export * from './roadmaps/roadmaps.response';
export * from './roadmaps/roadmap-evidence';
export * from './roadmaps/roadmap-imports';
export * from './compliance/compliance.response';
export * from './compliance/compliance.dto';
export * from './compliance/compliance-input.mapper';
