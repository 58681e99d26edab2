import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** PostgreSQL's limit on bind parameters in one statement (the wire protocol counts them in 16 bits). */
export const MAX_BIND_PARAMETERS = 65_535;

/**
 * Splits rows for multi-row INSERTs of `parametersPerRow` bind parameters each, so that no statement goes over
 * PostgreSQL's parameter limit. Pass the table's column count when some columns may be left to their defaults: it
 * is an upper bound of what a row binds.
 */
export function inParameterChunks<T>(rows: readonly T[], parametersPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_BIND_PARAMETERS / Math.max(1, parametersPerRow)));
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/**
 * Inserts the rows into the entity's table in multi-row INSERTs, in order and in chunks under the parameter limit,
 * reading nothing back (use the repository's insert where generated values are needed).
 */
export async function insertRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: readonly QueryDeepPartialEntity<E>[],
): Promise<void> {
  const columns = manager.connection.getMetadata(entity).columns.length;
  for (const chunk of inParameterChunks(rows, columns)) {
    await manager.createQueryBuilder().insert().into(entity).values(chunk).updateEntity(false).execute();
  }
}
