import type { ReactNode } from 'react';

export type ToolbarProps = {
  /** A short live summary on the left (announced politely when it changes). */
  summary?: ReactNode;
  /** A "Refresh" button on the right, disabled while the data is being fetched. */
  refresh?: { label: string; onRefresh: () => void; busy: boolean };
  children?: ReactNode;
};

/** The strip above a list: a summary and actions. */
export function Toolbar({ summary, refresh, children }: ToolbarProps) {
  return (
    <div className="toolbar">
      {summary !== undefined ? (
        <p aria-live="polite" className="toolbar__summary">
          {summary}
        </p>
      ) : (
        <span />
      )}
      {refresh || children ? (
        <div className="toolbar__actions">
          {children}
          {refresh ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={refresh.onRefresh}
              disabled={refresh.busy}
            >
              {refresh.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
