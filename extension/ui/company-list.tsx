/**
 * A list of companies a shop shares data with: name, category, privacy policy and what was seen.
 * All text is rendered as text; links only ever point to http(s) URLs.
 */
import type { CompanyListing } from '../../src/profile';
import { categoryLabel, countLabel, t } from './i18n';
import { ReceivedFacts } from './received-facts';

export function CompanyList({ companies }: { companies: CompanyListing[] }) {
  return (
    <ul class="companies" data-testid="company-list">
      {companies.map((company) => (
        <li key={company.orgKey} class="company" data-testid="company" data-org={company.orgKey}>
          <div class="company-head">
            <span class="company-name" data-testid="company-name">
              {company.name}
            </span>
            <span class={`chip chip-${company.category}`} data-testid="company-category">
              {categoryLabel(company.category)}
            </span>
          </div>
          <div class="company-facts">
            {[
              company.requests > 0 &&
                countLabel(company.requests, 'companyRequestsOne', 'companyRequestsMany'),
              company.requestsWithCookies > 0 && t('companyCookies', company.requestsWithCookies),
              company.tags.length > 0 && t('companyTags', company.tags.join(', ')),
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
          <ReceivedFacts received={company.received} apiSignals={company.apiSignals} />
          {company.privacyPolicyUrl && (
            <a
              class="company-policy"
              href={company.privacyPolicyUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="privacy-policy"
            >
              {t('popupPrivacyPolicy')}
              <span class="visually-hidden"> ({company.name})</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
