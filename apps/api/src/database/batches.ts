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
