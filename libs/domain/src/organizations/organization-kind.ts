// Durable: stored in the database (organizations.kind). Never rename a value.
export const ORGANIZATION_KINDS = ['ministry', 'region', 'municipality'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
