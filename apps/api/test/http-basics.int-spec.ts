import { REQUEST_ID_HEADER } from '@smartcity/contracts';

import { routeTable } from './route-table';
import { TestApp, type Caller } from './test-app';

describe('HTTP basics', () => {
  let t: TestApp;
  let lead: Caller;
  let cityId: string;

  beforeAll(async () => {
    t = await TestApp.start({ env: { LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' } });
    const { city } = await t.regionWithCity();
    cityId = city.id;
    lead = await t.asMember(city, 'municipal_lead');
  });

  afterAll(() => t.close());

  describe('health', () => {
    it('reports PostgreSQL and Redis up', async () => {
      const res = await t.http.get('/api/v1/health');

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', checks: { database: 'up', redis: 'up' } });
    });
  });

  describe('OpenAPI', () => {
    it('describes every route with its request and response schemas', async () => {
      const res = await t.http.get('/api/docs-json');
      const doc = res.body as {
        openapi: string;
        paths: Record<
          string,
          Record<string, { requestBody?: unknown; responses: Record<string, { content?: unknown }> }>
        >;
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      };

      expect(res.status).toBe(200);
      expect(doc.openapi).toMatch(/^3\./);
      for (const route of routeTable(t.app)) {
        const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
        const operation = doc.paths[path]?.[route.method];
        expect({ route: route.handler, documented: Boolean(operation) }).toEqual({
          route: route.handler,
          documented: true,
        });
        if (
          ['post', 'patch', 'put'].includes(route.method) &&
          !route.path.endsWith('/read') &&
          !route.path.includes('logout')
        ) {
          expect({ route: route.handler, body: Boolean(operation.requestBody) }).toEqual({
            route: route.handler,
            body: true,
          });
        }
      }
      expect(doc.components.schemas.CreateInvitationDto.properties).toHaveProperty('email');
      expect(doc.components.schemas.SessionResponse.properties).toHaveProperty('csrfToken');
      expect(doc.components.schemas.ErrorResponse.properties).toHaveProperty('requestId');
    });

    it('serves the interactive documentation', async () => {
      const res = await t.http.get('/api/docs');

      expect(res.status).toBe(200);
      expect(res.text).toContain('swagger');
    });
  });

  describe('bad input', () => {
    const invite = (body: string | object, type = 'application/json') =>
      lead.post(`/api/v1/organizations/${cityId}/invitations`).set('content-type', type).send(body);

    it('refuses unknown fields, naming them', async () => {
      const res = await invite({ email: 'a@b.test', role: 'municipal_editor', admin: true });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('common.validation-failed');
      expect(res.body.details.fields).toEqual([
        expect.objectContaining({ field: 'admin', reason: 'admin is not an allowed field' }),
      ]);
      expect(res.body.requestId).toBeTruthy();
    });

    it('refuses wrong types, naming the field and the reason', async () => {
      const res = await invite({ email: 42, role: ['municipal_editor'] });

      expect(res.status).toBe(400);
      const fields = (res.body.details.fields as { field: string; reason: string }[]).map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'role']));
      expect(res.body.message).toMatch(/email must be an e-mail address/);
    });

    it('refuses malformed JSON with 400', async () => {
      const res = await invite('{"email": "a@b.test", ', 'application/json');

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('common.malformed-json');
    });

    it('refuses an oversized body with 413', async () => {
      const res = await invite({ email: `${'a'.repeat(1_100_000)}@b.test`, role: 'municipal_editor' });

      expect(res.status).toBe(413);
      expect(res.body.code).toBe('common.payload-too-large');
    });

    it('answers an unknown route with a 404 envelope', async () => {
      const res = await t.http.get('/api/v1/no-such-thing');

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('common.not-found');
    });

    it('answers a malformed id with 404, not 500', async () => {
      const res = await lead.get(`/api/v1/organizations/not-a-uuid/members`);

      expect(res.status).toBe(404);
    });
  });

  describe('request ids and headers', () => {
    it('echoes a caller-supplied request id and sets security headers', async () => {
      const res = await t.http.get('/api/v1/health').set(REQUEST_ID_HEADER, 'trace-1234567');

      expect(res.headers[REQUEST_ID_HEADER]).toBe('trace-1234567');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('sign-in rate limit', () => {
    it('answers 429 with Retry-After after too many attempts for one e-mail', async () => {
      const attempt = () =>
        t.http
          .post('/api/v1/auth/login')
          .set('x-forwarded-for', '10.0.0.9')
          .send({ email: 'victim@x.test', password: 'guess' });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await attempt()).status);
      const limited = await attempt();

      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(limited.status).toBe(429);
      expect(limited.body.code).toBe('common.rate-limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    });
  });
});
