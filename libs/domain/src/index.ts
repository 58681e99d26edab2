export * from './shared/assert-never';
export * from './organizations/organization-kind';
export * from './organizations/population-group';
export * from './identity/roles';
export * from './identity/permissions';
export * from './identity/access-scope';
