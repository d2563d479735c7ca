/**
 * "Your data" → Delete: everything about one shop, one company (on every shop), or everything,
 * each after a confirmation. The background deletes in one transaction; the views reload.
 */
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { ConfirmButton } from './confirm-button';
import type { DashboardData } from './data';
import { send } from './data-messages';

type Scope =
  { kind: 'retailer'; retailer: string } | { kind: 'organization'; orgKey: string } | { kind: 'all' };

export function DataDelete({ data, onDeleted }: { data: DashboardData; onDeleted: () => void }) {
  const shops = data.shops.map((shop) => shop.retailer).sort();
  const companies = data.companies
    .map((c) => ({ key: c.orgKey, name: data.nameOf(c.orgKey) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const [shop, setShop] = useState('');
  const [company, setCompany] = useState('');
  const [status, setStatus] = useState('');
  const chosenShop = shops.includes(shop) ? shop : (shops[0] ?? '');
  const chosenCompany = companies.some((c) => c.key === company) ? company : (companies[0]?.key ?? '');

  const remove = (scope: Scope) =>
    void send({ type: 'ui/delete', scope }).then((reply) => {
      setStatus(reply.ok ? t('deleteDone', Number(reply.deleted)) : t('deleteFailed', reply.error));
      if (reply.ok) onDeleted();
    });

  return (
    <section aria-labelledby="data-delete-heading" data-testid="data-delete">
      <h3 id="data-delete-heading">{t('deleteHeading')}</h3>
      <p class="muted">{t('deleteHelp')}</p>
      <p class="actions">
        <label>
          {t('deleteShopLabel')}{' '}
          <select
            value={chosenShop}
            data-testid="delete-shop-select"
            onChange={(e) => setShop(e.currentTarget.value)}
          >
            {shops.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>{' '}
        <ConfirmButton
          label={t('deleteShopButton')}
          question={t('deleteConfirmShop', chosenShop)}
          testId="delete-shop"
          disabled={!chosenShop}
          onConfirm={() => remove({ kind: 'retailer', retailer: chosenShop })}
        />
      </p>
      <p class="actions">
        <label>
          {t('deleteCompanyLabel')}{' '}
          <select
            value={chosenCompany}
            data-testid="delete-company-select"
            onChange={(e) => setCompany(e.currentTarget.value)}
          >
            {companies.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <ConfirmButton
          label={t('deleteCompanyButton')}
          question={t('deleteConfirmCompany', data.nameOf(chosenCompany))}
          testId="delete-company"
          disabled={!chosenCompany}
          onConfirm={() => remove({ kind: 'organization', orgKey: chosenCompany })}
        />
      </p>
      <p class="actions">
        <ConfirmButton
          label={t('deleteAllButton')}
          question={t('deleteConfirmAll')}
          testId="delete-all"
          onConfirm={() => remove({ kind: 'all' })}
        />
      </p>
      <p role="status" class="muted" data-testid="delete-status">
        {status}
      </p>
    </section>
  );
}
