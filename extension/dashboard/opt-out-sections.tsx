/**
 * The dashboard's "push back" sections: the access-request letter for a shop or a company, a
 * company's opt-out actions (curated pages, privacy policy, privacy contact), and the industry
 * opt-out pages with their caveat. The curated data file is read once per page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Organization, RetailerProfile } from '../../src/model';
import { companyOptOutActions, industryOptOutActions, type OptOutData } from '../../src/optouts';
import type { CompanyDossier, KnowledgeItem } from '../../src/profile';
import { AccessLetter } from '../ui/access-letter';
import { t, uiLanguage } from '../ui/i18n';
import { companyLetterInput, shopLetterInput } from '../ui/letter-inputs';
import { OptOutList } from '../ui/opt-out-list';
import { loadOptOutData } from '../storage/opt-out-data';

export function useOptOutData(): OptOutData | undefined {
  const [data, setData] = useState<OptOutData | undefined>();
  useEffect(() => {
    void loadOptOutData().then((result) => {
      if (result.ok) setData(result.data);
    });
  }, []);
  return data;
}

export function ShopLetter({
  profile,
  knowledge,
  nameOf,
  focus,
}: {
  profile: RetailerProfile;
  knowledge: readonly KnowledgeItem[];
  nameOf: (holder: string) => string;
  focus: boolean;
}) {
  const input = useMemo(
    () => shopLetterInput(profile, knowledge, nameOf, Date.now()),
    [profile, knowledge, nameOf],
  );
  useEffect(() => {
    if (focus) document.getElementById('letter')?.scrollIntoView();
  }, [focus]);
  return (
    <section id="letter" aria-labelledby="letter-heading" data-testid="shop-letter">
      <h3 id="letter-heading">{t('popupAskForData')}</h3>
      <AccessLetter input={input} />
    </section>
  );
}

export function CompanyOptOuts({
  dossier,
  organization,
  knowledge,
}: {
  dossier: CompanyDossier;
  organization: Organization | undefined;
  knowledge: readonly KnowledgeItem[];
}) {
  const data = useOptOutData();
  // Until the curated file is read, list nothing rather than a partial list that then grows.
  const actions = data ? companyOptOutActions(organization ?? { key: dossier.orgKey }, data) : undefined;
  const input = useMemo(
    () => companyLetterInput(dossier, organization, knowledge, Date.now()),
    [dossier, organization, knowledge],
  );
  return (
    <>
      {actions && <OptOutList actions={actions} testId="company-opt-outs" />}
      <section aria-labelledby="company-letter-heading" data-testid="company-letter">
        <h3 id="company-letter-heading">{t('companyAskForData')}</h3>
        <AccessLetter input={input} />
      </section>
    </>
  );
}

/** NAI, DAA, EDAA …, those of the user's region first. */
export function IndustryOptOuts() {
  const data = useOptOutData();
  if (!data) return null;
  const region = (uiLanguage().split('-')[1] ?? '').toUpperCase();
  const preferred = region ? [region, ...(EU_REGIONS.has(region) ? ['EU'] : [])] : [];
  return (
    <section aria-labelledby="industry-heading" data-testid="industry-opt-outs">
      <h3 id="industry-heading">{t('industryOptOutsHeading')}</h3>
      <OptOutList actions={industryOptOutActions(data, preferred)} testId="industry-opt-out-list" />
    </section>
  );
}

const EU_REGIONS = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);
