import { Link, useSearchParams } from 'react-router-dom';
import type { FrameworkResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useFrameworkDiff } from '../api/get-framework-diff';
import { useFrameworks } from '../api/get-frameworks';
import { CatalogueDiffView } from './catalogue-diff-view';
import { titleText } from './catalogue-text';

export type VersionCompareProps = {
  /** The framework whose versions are compared. */
  code: string;
};

/** Pick two versions of a framework (kept in `?from=&to=`) and see what changed between them. */
export function VersionCompare({ code }: VersionCompareProps) {
  const t = useT();
  const [locale] = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const versions = useFrameworks({ code });

  const sorted: FrameworkResponse[] = [...(versions.data?.items ?? [])].sort((a, b) => b.version - a.version);
  const byId = new Map(sorted.map((v) => [v.id, v]));
  const toParam = searchParams.get('to');
  const to = (toParam && byId.get(toParam)) || sorted[0] || null;
  const fromParam = searchParams.get('from');
  const from =
    (fromParam && byId.get(fromParam)) || sorted.find((v) => to !== null && v.version < to.version) || null;
  const diff = useFrameworkDiff(from?.id ?? null, to?.id ?? null);

  const choose = (which: 'from' | 'to', id: string) =>
    setSearchParams(
      (current) => {
        if (id) current.set(which, id);
        else current.delete(which);
        return current;
      },
      { replace: true },
    );

  const title = to ? titleText(t, locale, to) : code;
  const options = sorted.map((v) => ({
    value: v.id,
    label: t('catalogue.versionOption', {
      version: v.version,
      edition: v.edition,
      status: t(`frameworkStatus.${v.status}`),
    }),
  }));

  return (
    <div className="stack stack--large">
      <div className="stack">
        <p className="breadcrumb">
          <Link to="/catalogue">{t('frameworkPage.back')}</Link>
          {to ? (
            <>
              {' / '}
              <Link to={`/catalogue/frameworks/${to.id}`}>{title}</Link>
            </>
          ) : null}
        </p>
        <PageHeader
          title={t('catalogueDiff.titleFor', { framework: title })}
          intro={t('catalogueDiff.intro')}
        />
      </div>
      {versions.isPending ? (
        <Spinner block />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : sorted.length < 2 ? (
        <Alert tone="info">{t('catalogueDiff.needTwo')}</Alert>
      ) : (
        <>
          <form className="panel form__row form__row--pair" onSubmit={(event) => event.preventDefault()}>
            <SelectField
              label={t('catalogueDiff.from')}
              name="from"
              value={from?.id ?? ''}
              placeholder={t('catalogueDiff.pick')}
              options={options}
              onChange={(event) => choose('from', event.target.value)}
            />
            <SelectField
              label={t('catalogueDiff.to')}
              name="to"
              value={to?.id ?? ''}
              placeholder={t('catalogueDiff.pick')}
              options={options}
              onChange={(event) => choose('to', event.target.value)}
            />
          </form>
          <div aria-live="polite">
            {from && to && from.id === to.id ? (
              <Alert tone="info">{t('catalogueDiff.same')}</Alert>
            ) : diff.isPending && from && to ? (
              <Spinner block />
            ) : diff.isError ? (
              <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />
            ) : diff.data ? (
              <CatalogueDiffView diff={diff.data} contentLocale={locale} />
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
