import { useNavigation } from 'react-router-dom';

import { Spinner } from '../../components/ui/spinner';
import { useT } from '../../i18n/i18n-provider';

/** The first page of a visit while its code is loading (the router's hydrate fallback for lazy routes). */
export function PageLoading() {
  const t = useT();
  return (
    <div className="page-center">
      <Spinner block label={t('app.loadingPage')} />
    </div>
  );
}

/**
 * While the router loads the next page's code the current page stays on screen; this says something is happening.
 * Renders nothing when no navigation is pending.
 */
export function NavigationProgress() {
  const t = useT();
  const navigation = useNavigation();
  if (navigation.state !== 'loading') return null;
  return (
    <div className="navigation-progress">
      <Spinner label={t('app.loadingPage')} />
    </div>
  );
}
