import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value !== '' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

/** Variables whose values must never be logged. */
export const SENSITIVE_VARIABLES = new Set(['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'S3_SECRET_ACCESS_KEY']);

/**
 * The one place that reads process.env. Validated at boot: a bad variable stops the process with a message
 * naming it. Defaults suit local development.
 */
export class EnvConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 0;

  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'] },
    { message: 'PUBLIC_WEB_URL must be an http(s) URL' },
  )
  PUBLIC_WEB_URL = 'http://localhost:4200';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsIn(['mailbox', 'smtp'])
  MAIL_TRANSPORT: 'mailbox' | 'smtp' = 'mailbox';

  @ValidateIf((c: EnvConfig) => c.MAIL_TRANSPORT === 'smtp')
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// URL when MAIL_TRANSPORT=smtp' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Умный город <noreply@smartcity.local>';

  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE = false;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(60 * 24 * 90)
  SESSION_TTL_MINUTES = 60 * 24 * 14;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  INVITATION_TTL_HOURS = 24 * 7;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_RATE_WINDOW_SECONDS = 60;

  @Matches(/^[a-z0-9_-]{1,40}$/i, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, - or _' })
  QUEUE_PREFIX = 'scr';

  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60_000)
  OUTBOX_POLL_MS = 500;

  @IsOptional()
  @IsString()
  APP_VERSION?: string;

  /** How many days before a review stage's SLA due date its reviewers are reminded. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  SLA_REMINDER_DAYS = 2;

  /**
   * How long a worker may hold a document render before another worker takes it over (it died mid-render); the
   * documents sweeper runs at half this interval.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  DOCUMENT_RENDER_LEASE_MS = 120_000;

  /** Where evidence files live: `local` disk (STORAGE_DIR) or an S3-compatible bucket (S3_*). */
  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  /** For the local driver; relative paths are resolved against the working directory. */
  @IsString()
  STORAGE_DIR = '.data/storage';

  /** Largest evidence file accepted, in bytes (default 20 MB). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

  /** S3-compatible endpoint, e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000. */
  @ValidateIf((c: EnvConfig) => c.STORAGE_DRIVER === 's3')
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'S3_ENDPOINT must be an http(s) URL when STORAGE_DRIVER=s3' },
  )
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @ValidateIf((c: EnvConfig) => c.STORAGE_DRIVER === 's3')
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET must be a bucket name when STORAGE_DRIVER=s3',
  })
  S3_BUCKET?: string;

  @ValidateIf((c: EnvConfig) => c.STORAGE_DRIVER === 's3')
  @Matches(/^\S+$/, { message: 'S3_ACCESS_KEY_ID is required when STORAGE_DRIVER=s3' })
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((c: EnvConfig) => c.STORAGE_DRIVER === 's3')
  @Matches(/^\S+$/, { message: 'S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3' })
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style URLs (endpoint/bucket/key), which MinIO and most S3-compatible stores need. */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;
}

export class ConfigValidationError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(EnvConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const reasons = Object.values(e.constraints ?? {}).join('; ');
      return `  - ${e.property}: ${reasons}`;
    });
    throw new ConfigValidationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
