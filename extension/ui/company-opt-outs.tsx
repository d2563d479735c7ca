/**
 * In the popup: the curated opt-out pages of the companies this shop shares data with ("Google
 * My Ad Center", "Criteo user choices"), from the dated data file. Only curated pages: privacy
 * policies are already listed with each company.
 */
import { useEffect, useState } from 'preact/hooks';
import { companyOptOutActions, type OptOutAction, type OptOutData } from '../../src/optouts';
import type { OptOutCandidate } from '../../src/profile';
import { OptOutList } from './opt-out-list';
import { loadOptOutData } from './opt-outs-data';

export function CompanyOptOutLinks({ companies }: { companies: readonly OptOutCandidate[] }) {
  const [data, setData] = useState<OptOutData | undefined>();
  useEffect(() => {
    void loadOptOutData().then((result) => result.ok && setData(result.data));
  }, []);
  if (!data) return null;
  const actions: OptOutAction[] = companies.flatMap((company) =>
    companyOptOutActions(
      // Curated pages need only the key and, for some, the policy the listing carries.
      { key: company.orgKey, privacyPolicyUrl: company.privacyPolicyUrl },
      data,
    )
      .filter((action) => action.origin === 'curated')
      .map((action) => ({ ...action, name: action.name ?? company.name })),
  );
  if (actions.length === 0) return null;
  return <OptOutList actions={actions} testId="company-opt-out-links" />;
}
