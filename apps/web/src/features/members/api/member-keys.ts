export const memberKeys = {
  all: ['members'] as const,
  pages: () => [...memberKeys.all, 'page'] as const,
  page: (organizationId: string) => [...memberKeys.pages(), organizationId] as const,
};
