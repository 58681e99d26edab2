import { AppException } from '../../common/app.exception';
import { isUniqueViolation } from '../../database/postgres-errors';
import type { Framework } from './framework.entity';

/** SQLSTATE raised by the freeze triggers of the CreateCatalogue migration. */
export const FROZEN_VERSION_SQLSTATE = 'CAT01';

export function isFrozenVersionError(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e?.driverError?.code ?? e?.code) === FROZEN_VERSION_SQLSTATE;
}

export function versionPublished(framework: Pick<Framework, 'code' | 'version' | 'status'>): AppException {
  return new AppException(
    'catalogue.version-published',
    `Version ${framework.version} of ${framework.code} is ${framework.status} and cannot be changed; ` +
      'create a new draft edition from it instead',
    { frameworkId: (framework as Partial<Framework>).id, status: framework.status },
  );
}

/**
 * Turns database refusals into the catalogue's errors: the freeze triggers (a version published while this
 * write was under way) and unique keys (a code taken concurrently). Anything else is rethrown as is.
 */
export function mapCatalogueDatabaseError(error: unknown): never {
  if (error instanceof AppException) throw error;
  if (isFrozenVersionError(error)) {
    throw new AppException('catalogue.version-published', `${(error as Error).message.replace(/\s+/g, ' ')}`);
  }
  if (isUniqueViolation(error, 'frameworks_one_draft_uq')) {
    throw new AppException(
      'catalogue.draft-exists',
      'This framework already has a draft; edit or publish it first',
    );
  }
  for (const constraint of ['directions_code_uq', 'measures_code_uq', 'kpi_definitions_code_uq']) {
    if (isUniqueViolation(error, constraint)) {
      throw new AppException('catalogue.code-taken', 'This code is already used in this version', {
        fields: [{ field: 'code', reason: 'code is already used in this version', constraint: 'code-taken' }],
      });
    }
  }
  throw error;
}
