import type { Locale } from '@smartcity/contracts';

import { useT } from '../../../i18n/i18n-provider';
import { pickTitle } from './catalogue-text';
import type { Titled } from './catalogue-text';

export type LocalizedTitleProps = {
  item: Titled & { code: string };
  /** The language of catalogue content chosen on the page (may differ from the interface language). */
  locale: Locale;
};

/** A title in the chosen language, falling back to the other language with its `lang` and a marker. */
export function LocalizedTitle({ item, locale }: LocalizedTitleProps) {
  const t = useT();
  const title = pickTitle(locale, item);
  if (!title) return <span className="muted">{t('catalogue.untitled', { code: item.code })}</span>;
  return (
    <>
      <span lang={title.lang}>{title.text}</span>
      {title.fallback ? <span className="catalogue-fallback"> ({t('catalogue.noTranslation')})</span> : null}
    </>
  );
}
