import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@smartcity/contracts';
import type { Response } from 'supertest';

import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { hashPassword } from '../src/modules/identity/passwords';
import { User } from '../src/modules/identity/user.entity';
import { TestApp } from './test-app';

function cookiesOf(res: Response): Record<string, string> {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return Object.fromEntries(header.map((c) => c.split(';')[0].split('=') as [string, string]));
}

describe('sign-in and sessions', () => {
  let t: TestApp;
  let user: User;

  beforeAll(async () => {
    t = await TestApp.start();
    const { city } = await t.regionWithCity();
    user = await t.member(city, 'municipal_editor', {
      email: 'editor@city.test',
      passwordHash: await hashPassword('correct horse battery'),
    });
  });

  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    t.http.post('/api/v1/auth/login').send({ email, password });

  it('signs in with e-mail (any case) and password, setting an httpOnly SameSite session cookie', async () => {
    const res = await login('Editor@City.TEST', 'correct horse battery');

    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: 'editor@city.test', locale: 'ru' });
    expect(res.body.memberships).toEqual([expect.objectContaining({ role: 'municipal_editor' })]);
    expect(res.body.permissions).toContain('organizations.read');
    const raw = ([] as string[]).concat(res.headers['set-cookie']).join('\n');
    expect(raw).toMatch(new RegExp(`${SESSION_COOKIE}=[^;]+;.*HttpOnly.*SameSite=Lax`));
    expect(cookiesOf(res)[CSRF_COOKIE]).toBe(res.body.csrfToken);
  });

  it('stores the password as argon2id only', async () => {
    const row = await t.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();

    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password and an unknown e-mail with the same answer', async () => {
    const wrong = await login('editor@city.test', 'nope');
    const unknown = await login('nobody@city.test', 'nope');

    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('identity.invalid-credentials');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const res = await login('editor@city.test', 'correct horse battery');
    const cookie = `${SESSION_COOKIE}=${cookiesOf(res)[SESSION_COOKIE]}`;

    const without = await t.http.patch('/api/v1/me').set('Cookie', cookie).send({ locale: 'en' });
    const wrong = await t.http
      .patch('/api/v1/me')
      .set('Cookie', cookie)
      .set(CSRF_HEADER, 'forged')
      .send({ locale: 'en' });
    const right = await t.http
      .patch('/api/v1/me')
      .set('Cookie', cookie)
      .set(CSRF_HEADER, res.body.csrfToken)
      .send({ locale: 'en' });

    expect(without.status).toBe(403);
    expect(without.body.code).toBe('common.csrf-failed');
    expect(wrong.status).toBe(403);
    expect(right.status).toBe(200);
    expect(right.body.locale).toBe('en');
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'users.locale-changed', entityId: user.id });
    expect(audit).toMatchObject({ actorUserId: user.id, before: { locale: 'ru' }, after: { locale: 'en' } });
  });

  it('signs out this session only, and everywhere on request', async () => {
    const a = await login('editor@city.test', 'correct horse battery');
    const b = await login('editor@city.test', 'correct horse battery');
    const c = await login('editor@city.test', 'correct horse battery');
    const callerOf = (res: Response) =>
      t.caller(user.id, cookiesOf(res)[SESSION_COOKIE], res.body.csrfToken as string);

    expect((await callerOf(a).post('/api/v1/auth/logout')).status).toBe(204);
    expect((await callerOf(a).get('/api/v1/auth/session')).status).toBe(401);
    expect((await callerOf(b).get('/api/v1/auth/session')).status).toBe(200);

    expect((await callerOf(b).post('/api/v1/auth/logout-all')).status).toBe(204);
    expect((await callerOf(b).get('/api/v1/auth/session')).status).toBe(401);
    expect((await callerOf(c).get('/api/v1/auth/session')).status).toBe(401);
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'auth.signed-out-everywhere' });
    expect((audit.after as { revokedSessions: number }).revokedSessions).toBeGreaterThanOrEqual(2);
  });

  it('refuses a disabled account', async () => {
    await t.dataSource.getRepository(User).update({ id: user.id }, { disabledAt: new Date() });

    const res = await login('editor@city.test', 'correct horse battery');

    expect(res.status).toBe(401);
    await t.dataSource.getRepository(User).update({ id: user.id }, { disabledAt: null });
  });
});
