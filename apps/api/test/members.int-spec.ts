import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Membership } from '../src/modules/identity/membership.entity';
import { hashPassword } from '../src/modules/identity/passwords';
import { User } from '../src/modules/identity/user.entity';
import { Invitation } from '../src/modules/members/invitation.entity';
import { MailMessage } from '../src/modules/notifications/mail-message.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { OutboxEvent } from '../src/queue/outbox-event.entity';
import { TestApp, type Caller } from './test-app';

/** The one-time link is only in the composed e-mail; tests read it from there, as the invitee would. */
async function linkTokenFor(t: TestApp, email: string): Promise<string> {
  const mail = await t.dataSource
    .getRepository(MailMessage)
    .findOneOrFail({ where: { toAddress: email }, order: { createdAt: 'DESC' } });
  const match = /\/invitations\/([A-Za-z0-9_-]{20,})/.exec(mail.textBody);
  if (!match) throw new Error('No invitation link in the e-mail');
  return match[1];
}

describe('members and invitations', () => {
  let t: TestApp;
  let city: Organization;
  let region: Organization;
  let lead: Caller;
  let editor: Caller;

  beforeAll(async () => {
    t = await TestApp.start();
    ({ city, region } = await t.regionWithCity());
    lead = await t.asMember(city, 'municipal_lead');
    editor = await t.asMember(city, 'municipal_editor');
  });

  afterAll(() => t.close());

  const invite = (caller: Caller, body: object, org = city) =>
    caller.post(`/api/v1/organizations/${org.id}/invitations`, body);

  it('lets a municipal lead invite an editor: invitation, e-mail, outbox job and audit event in one go', async () => {
    const res = await invite(lead, { email: 'New.Editor@City.test', role: 'municipal_editor' });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'new.editor@city.test',
      role: 'municipal_editor',
      status: 'pending',
    });
    const mail = await t.dataSource
      .getRepository(MailMessage)
      .findOneByOrFail({ toAddress: 'new.editor@city.test' });
    expect(mail.textBody).toContain('/invitations/');
    expect(await t.dataSource.getRepository(OutboxEvent).countBy({ jobName: 'mail.send-message' })).toBe(1);
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'members.invited', entityId: res.body.id });
    expect(audit).toMatchObject({
      actorUserId: lead.userId,
      organizationId: city.id,
      after: { role: 'municipal_editor' },
    });
    const stored = await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: res.body.id });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(mail.textBody).not.toContain(stored.tokenHash);
  });

  it('refuses a second open invitation for the same person and role, and writes nothing', async () => {
    const outboxBefore = await t.dataSource.getRepository(OutboxEvent).count();

    const res = await invite(lead, { email: 'new.editor@city.test', role: 'municipal_editor' });

    expect(res.status).toBe(409);
    expect(res.body.code).toBe('members.already-invited');
    expect(await t.dataSource.getRepository(OutboxEvent).count()).toBe(outboxBefore);
  });

  it('refuses roles that cannot be granted in a municipality', async () => {
    const res = await invite(lead, { email: 'x@city.test', role: 'platform_admin' });

    expect(res.status).toBe(403);
    expect(res.body.code).toBe('members.role-not-allowed');
    expect(res.body.details.fields[0].field).toBe('role');
  });

  it('refuses inviting someone who already holds the role', async () => {
    const member = await t.dataSource.getRepository(User).findOneByOrFail({ id: editor.userId });

    const res = await invite(lead, { email: member.email, role: 'municipal_editor' });

    expect(res.status).toBe(409);
    expect(res.body.code).toBe('members.already-member');
  });

  it('does not let an editor invite (403) and shows the editor a read-only page', async () => {
    const res = await invite(editor, { email: 'y@city.test', role: 'municipal_editor' });
    const page = await editor.get(`/api/v1/organizations/${city.id}/members`);

    expect(res.status).toBe(403);
    expect(page.status).toBe(200);
    expect(page.body.assignableRoles).toEqual([]);
    expect(page.body.members.length).toBe(2);
  });

  it('lets the invitee preview and accept the link, creating the account and signing them in', async () => {
    const token = await linkTokenFor(t, 'new.editor@city.test');

    const preview = await t.http.get(`/api/v1/invitations/${token}`);
    const accepted = await t.http
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ displayName: 'Новый Редактор', password: 'a long enough password' });
    const reused = await t.http
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ displayName: 'Again', password: 'a long enough password' });

    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      email: 'new.editor@city.test',
      role: 'municipal_editor',
      hasAccount: false,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.displayName).toBe('Новый Редактор');
    expect(accepted.body.memberships).toEqual([
      expect.objectContaining({
        role: 'municipal_editor',
        organization: expect.objectContaining({ id: city.id }),
      }),
    ]);
    expect(accepted.headers['set-cookie']).toBeDefined();
    expect(reused.status).toBe(404);
    expect(reused.body.code).toBe('invitations.invalid');
    expect(
      await t.dataSource.getRepository(OutboxEvent).countBy({ jobName: 'invitations.notify-accepted' }),
    ).toBe(1);
  });

  it('asks an existing account for its current password and adds the membership', async () => {
    const coordinator = await t.asMember(region, 'regional_coordinator');
    const existing = await t.user({
      email: 'existing@person.test',
      passwordHash: await hashPassword('my current password'),
    });
    expect(
      (await invite(coordinator, { email: 'existing@person.test', role: 'regional_coordinator' }, region))
        .status,
    ).toBe(201);
    const token = await linkTokenFor(t, 'existing@person.test');

    const preview = await t.http.get(`/api/v1/invitations/${token}`);
    const wrong = await t.http
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ displayName: 'Existing', password: 'not the password' });
    const right = await t.http
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ displayName: 'Existing', password: 'my current password' });

    expect(preview.body.hasAccount).toBe(true);
    expect(wrong.status).toBe(401);
    expect(right.status).toBe(200);
    expect(
      await t.dataSource
        .getRepository(Membership)
        .countBy({ userId: existing.id, organizationId: region.id }),
    ).toBe(1);
  });

  it('accepts a link once even when two requests race', async () => {
    expect((await invite(lead, { email: 'racer@city.test', role: 'municipal_editor' })).status).toBe(201);
    const token = await linkTokenFor(t, 'racer@city.test');
    const body = { displayName: 'Racer', password: 'a long enough password' };

    const results = await Promise.all(
      [1, 2, 3].map(() => t.http.post(`/api/v1/invitations/${token}/accept`).send(body)),
    );

    expect(results.map((r) => r.status).sort()).toEqual([200, 404, 404]);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'racer@city.test' })).toBe(1);
  });

  it('revokes a pending invitation so its link stops working', async () => {
    const created = await invite(lead, { email: 'revoked@city.test', role: 'municipal_editor' });
    const token = await linkTokenFor(t, 'revoked@city.test');

    const revoked = await lead.delete(`/api/v1/organizations/${city.id}/invitations/${created.body.id}`);
    const preview = await t.http.get(`/api/v1/invitations/${token}`);

    expect(revoked.status).toBe(204);
    expect(preview.status).toBe(404);
  });

  it('refuses a missing display name and a weak new password, naming the field', async () => {
    expect((await invite(lead, { email: 'weak@city.test', role: 'municipal_editor' })).status).toBe(201);
    const token = await linkTokenFor(t, 'weak@city.test');

    const noName = await t.http
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: 'a long enough password' });
    const weak = await t.http
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ displayName: 'Weak', password: 'short' });

    expect(noName.status).toBe(400);
    expect(noName.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['displayName']);
    expect(weak.status).toBe(400);
    expect(weak.body.details.fields).toEqual([
      expect.objectContaining({ field: 'password', reason: 'password must be at least 10 characters' }),
    ]);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'weak@city.test' })).toBe(0);
  });

  it('removes a member and records who it was', async () => {
    const member = await t.member(city, 'municipal_editor');
    const membership = await t.dataSource.getRepository(Membership).findOneByOrFail({ userId: member.id });

    const res = await lead.delete(`/api/v1/organizations/${city.id}/members/${membership.id}`);

    expect(res.status).toBe(204);
    expect(await t.dataSource.getRepository(Membership).countBy({ id: membership.id })).toBe(0);
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'members.removed', entityId: membership.id });
    expect(audit.before).toMatchObject({ email: member.email, role: 'municipal_editor' });
  });
});
