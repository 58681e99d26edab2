import { useT } from '../../i18n/i18n-provider';

export function AppFooter() {
  const t = useT();
  return (
    <footer className="app-footer">
      <div className="container">
        <p>{t('app.footer')}</p>
      </div>
    </footer>
  );
}
