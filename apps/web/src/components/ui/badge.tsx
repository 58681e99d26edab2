import type { ReactNode } from 'react';

export type BadgeTone = 'brand' | 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export type BadgeProps = {
  tone?: BadgeTone;
  /** A longer explanation, shown on hover and read by assistive technology after the label. */
  description?: string;
  children: ReactNode;
};

/** A short label (a status, a kind). Colour is never the only signal: the text says it. */
export function Badge({ tone = 'brand', description, children }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} title={description}>
      <span>{children}</span>
      {description ? <span className="visually-hidden">: {description}</span> : null}
    </span>
  );
}
