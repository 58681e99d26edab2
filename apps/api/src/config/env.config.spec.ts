import { ConfigValidationError, loadConfig } from './env.config';

const valid = { DATABASE_URL: 'postgres://localhost/x', REDIS_URL: 'redis://localhost:6379' };

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    const config = loadConfig(valid);

    expect(config.PORT).toBe(3000);
    expect(config.MAIL_TRANSPORT).toBe('mailbox');
    expect(config.COOKIE_SECURE).toBe(false);
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ ...valid, PORT: '3100', COOKIE_SECURE: 'true' });

    expect(config.PORT).toBe(3100);
    expect(config.COOKIE_SECURE).toBe(true);
  });

  it('names a missing variable', () => {
    expect(() => loadConfig({ REDIS_URL: valid.REDIS_URL })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgres/,
    );
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ ...valid, PORT: 'eighty', MAIL_TRANSPORT: 'smtp' });
    } catch (e) {
      error = e;
    }

    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as Error).message).toMatch(/PORT:/);
    expect((error as Error).message).toMatch(/SMTP_URL: SMTP_URL must be an smtp/);
  });
});
