import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Membership } from '../modules/identity/membership.entity';
import { Session } from '../modules/identity/session.entity';
import { User } from '../modules/identity/user.entity';
import { Invitation } from '../modules/members/invitation.entity';
import { MailMessage } from '../modules/notifications/mail-message.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { Organization } from '../modules/organizations/organization.entity';
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
];
