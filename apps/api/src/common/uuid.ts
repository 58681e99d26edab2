const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Guards queries against non-UUID ids that PostgreSQL would reject with an error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
