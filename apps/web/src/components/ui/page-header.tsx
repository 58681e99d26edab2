import type { ReactNode } from 'react';

export type PageHeaderProps = {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
};

/** The page's one <h1>, with an optional lead paragraph and actions on the right. */
export function PageHeader({ title, intro, actions }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div className="page-header__text">
        <h1 className="page-header__title">{title}</h1>
        {intro ? <p className="page-header__intro">{intro}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
