import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { randomBytes } from 'node:crypto';

import { TestApp } from './test-app';
import { admin } from './test-database';

describe('audit trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  const appRole = `scr_app_${randomBytes(4).toString('hex')}`;

  afterAll(async () => {
    await t.close();
    // Roles are cluster-wide: drop ours once its database (and so its grants) is gone.
    await admin((c) => c.query(`DROP ROLE IF EXISTS ${appRole}`));
  });

  async function anEvent(): Promise<string> {
    await t.dataSource.transaction((m) =>
      new AuditService().record(m, {
        actorUserId: null,
        organizationId: null,
        action: 'test.happened',
        entityType: 'thing',
        entityId: '1',
        after: { a: 1 },
      }),
    );
    const row = await t.dataSource
      .getRepository(AuditEvent)
      .findOneOrFail({ where: { action: 'test.happened' }, order: { id: 'DESC' } });
    return row.id;
  }

  it.each([
    ['UPDATE', (id: string) => `UPDATE audit_events SET action = 'forged' WHERE id = ${id}`],
    ['DELETE', (id: string) => `DELETE FROM audit_events WHERE id = ${id}`],
    ['TRUNCATE', () => `TRUNCATE audit_events`],
  ])('is refused by PostgreSQL: %s', async (_, sql) => {
    const id = await anEvent();

    await expect(t.dataSource.query(sql(id))).rejects.toThrow(/append-only/);
    expect(await t.dataSource.getRepository(AuditEvent).findOneBy({ id })).toMatchObject({
      action: 'test.happened',
    });
  });

  it('is refused for a non-owner application role too', async () => {
    const id = await anEvent();
    await t.dataSource.query(`CREATE ROLE ${appRole} NOLOGIN`);
    await t.dataSource.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON audit_events TO ${appRole}`);

    await expect(
      t.dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL ROLE ${appRole}`);
        await m.query(`DELETE FROM audit_events WHERE id = ${id}`);
      }),
    ).rejects.toThrow(/append-only/);
  });

  it('writes nothing when the business transaction rolls back', async () => {
    await expect(
      t.dataSource.transaction(async (m) => {
        await new AuditService().record(m, {
          actorUserId: null,
          organizationId: null,
          action: 'test.rolled-back',
          entityType: 'thing',
          entityId: '2',
        });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');

    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: 'test.rolled-back' })).toBe(0);
  });
});
