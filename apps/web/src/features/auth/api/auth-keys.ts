export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
  logout: () => [...authKeys.all, 'logout'] as const,
  invitations: () => [...authKeys.all, 'invitation'] as const,
  invitation: (token: string) => [...authKeys.invitations(), token] as const,
};
