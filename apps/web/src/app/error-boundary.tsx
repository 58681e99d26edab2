import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

import { useT } from '../i18n/i18n-provider';

export type ErrorPageProps = {
  error: unknown;
  /** Override the generic title and text when the cause is known (e.g. the page's code could not be loaded). */
  title?: string;
  text?: string;
};

/** Shown when rendering failed: nothing on the page can be trusted, so offer a reload and the way home. */
export function ErrorPage({ error, title, text }: ErrorPageProps) {
  const t = useT();
  const detail = import.meta.env.DEV && error instanceof Error ? error.message : null;
  return (
    <main id="main-content" className="app-main">
      <div className="container container--narrow">
        <div className="stack message-page" role="alert">
          <h1>{title ?? t('errorPage.title')}</h1>
          <p>{text ?? t('errorPage.text')}</p>
          {detail ? <pre className="error-detail">{detail}</pre> : null}
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('errorPage.reload')}
            </button>
            <a className="button button--secondary" href="/">
              {t('common.backHome')}
            </a>
          </div>
        </div>
      </div>
    </main>
  );
}

export type ErrorBoundaryProps = { children: ReactNode };
type ErrorBoundaryState = { error: unknown; hasError: boolean };

/** The last line of defence outside the router (the router's own errorElement handles route errors). */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unhandled render error', error, info.componentStack);
  }

  override render() {
    return this.state.hasError ? <ErrorPage error={this.state.error} /> : this.props.children;
  }
}
