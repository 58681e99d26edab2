import type { FrameworkProvenanceResponse } from '@smartcity/contracts';

import { useT } from '../../../i18n/i18n-provider';
import { textLang } from './catalogue-text';
import { ProvenanceBadge } from './provenance-badge';

export type FrameworkProvenanceProps = {
  provenance: FrameworkProvenanceResponse;
};

/**
 * Where a version's data comes from, said plainly next to the content: what the status means, then (on
 * request) the curator's note and the sources. A reconstruction is highlighted as such.
 */
export function FrameworkProvenance({ provenance }: FrameworkProvenanceProps) {
  const t = useT();
  const tone =
    provenance.status === 'official' ? 'official' : provenance.status === 'partial' ? 'partial' : 'warning';
  return (
    <section className={`provenance provenance--${tone}`} aria-labelledby="provenance-heading">
      <h2 id="provenance-heading" className="provenance__title">
        {t('frameworkPage.provenanceHeading')} <ProvenanceBadge provenance={provenance.status} />
      </h2>
      <p className="provenance__lead">{t(`frameworkProvenanceHint.${provenance.status}`)}</p>
      <details className="provenance__details">
        <summary>
          {t('frameworkPage.provenanceDetails')} <span className="count">{provenance.sources.length}</span>
        </summary>
        {provenance.note ? (
          <p>
            <strong>{t('frameworkPage.provenanceNote')}:</strong>{' '}
            <span lang={textLang(provenance.note)}>{provenance.note}</span>
          </p>
        ) : null}
        <h3 className="provenance__subtitle">{t('frameworkPage.sources')}</h3>
        {provenance.sources.length === 0 ? (
          <p className="muted">{t('frameworkPage.noSources')}</p>
        ) : (
          <ul>
            {provenance.sources.map((source) => (
              <li key={source} lang={textLang(source)}>
                {/^https?:\/\//.test(source) ? (
                  <a href={source} target="_blank" rel="noopener noreferrer">
                    {source}
                  </a>
                ) : (
                  source
                )}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
