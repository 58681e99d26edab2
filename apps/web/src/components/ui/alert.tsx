import type { ReactNode } from 'react';

export type AlertProps = {
  tone: 'info' | 'success' | 'error';
  children: ReactNode;
};

/**
 * A message about something that just happened. Errors are announced assertively (role=alert), the rest politely
 * (role=status), so screen-reader users hear the outcome of an action without moving focus.
 */
export function Alert({ tone, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
