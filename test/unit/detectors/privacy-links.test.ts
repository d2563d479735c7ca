import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageScanSteps } from '../../../src/detectors/page';
import { findPrivacyLinks } from '../../../src/detectors/page/privacy-links';

const scan = (html: string) =>
  findPrivacyLinks(
    parseHTML(`<!doctype html><html><body>${html}</body></html>`).document,
    'https://www.shop.example/p/1',
  );

describe('findPrivacyLinks', () => {
  it('finds US opt-out links and the privacy-choices icon', () => {
    expect(
      scan(`<footer>
        <a href="/privacy/dns">Do Not Sell or Share My Personal Information</a>
        <a href="https://privacy.shop.example/choices"><img alt="California Consumer Privacy Act (CCPA) Opt-Out Icon - Your Privacy Choices" src="x.svg"></a>
        <a href="/legal/privacy">Privacy Policy</a>
      </footer>`),
    ).toEqual([
      {
        purpose: 'do-not-sell',
        href: 'https://www.shop.example/privacy/dns',
        text: 'do not sell or share my personal information',
      },
      { purpose: 'privacy-policy', href: 'https://www.shop.example/legal/privacy', text: 'privacy policy' },
      {
        purpose: 'privacy-choices',
        href: 'https://privacy.shop.example/choices',
        text: 'california consumer privacy act (ccpa) opt-out icon - your privacy choices',
      },
    ]);
  });

  it('finds German consent, deletion and access links', () => {
    const purposes = scan(`
      <a href="javascript:void(0)" onclick="UC_UI.showSecondLayer()">Cookie-Einstellungen</a>
      <a href="/datenschutz">Datenschutzerklärung</a>
      <a href="/konto/loeschen">Kundenkonto löschen</a>
      <a href="/auskunft">Datenauskunft anfordern</a>
      <a href="/agb">AGB und Datenschutz</a>`).map((l) => [l.purpose, l.href ?? null]);
    expect(purposes).toEqual([
      ['cookie-settings', null],
      ['privacy-policy', 'https://www.shop.example/datenschutz'],
      ['delete-account', 'https://www.shop.example/konto/loeschen'],
      ['data-access', 'https://www.shop.example/auskunft'],
    ]);
  });

  it('finds Chinese privacy links', () => {
    const purposes = scan(
      `<a href="/privacy.html">隐私政策</a><a href="/ads">基于兴趣的广告</a><a href="/cancel">注销账号</a><a href="/agreement">用户协议</a>`,
    ).map((l) => l.purpose);
    expect(purposes).toEqual(['privacy-policy', 'ad-choices', 'delete-account']);
  });

  it('recognises OneTrust buttons and ignores login, terms and long body copy', () => {
    const links = scan(`
      <button id="ot-sdk-btn" class="ot-sdk-show-settings">Cookie Settings</button>
      <a href="/signin">Sign in to manage your privacy settings</a>
      <a href="/terms">Terms and privacy</a>
      <p><a href="/blog">We explain our privacy policy in this very long article about how we care about your data and why it matters to all of us every day</a></p>`);
    expect(links).toEqual([{ purpose: 'cookie-settings', text: 'cookie settings' }]);
  });

  it('drops non-web links and survives odd markup', () => {
    expect(
      scan(
        `<a href="mailto:privacy@shop.example">Privacy policy</a><a>Privacy policy</a><a href="http://[bad">Privacy notice</a>`,
      ),
    ).toEqual([]);
  });
});

describe('the page scan finds the privacy links in its own pass', () => {
  const page = (body: string) =>
    parseHTML(`<!doctype html><html lang="en"><body>${body}</body></html>`).document;
  const runScan = (root: ParentNode, cap?: number) => {
    const steps = pageScanSteps(root, { linksBaseUrl: 'https://www.shop.example/p/1', cap });
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  };
  const body = `
    <div class="p13n-carousel"><h2>Recommended for you</h2></div>
    <a href="/account/delete">[Delete my account]</a>
    <footer>
      <h3>Recently viewed</h3>
      <a href="/privacy/dns">Do Not Sell or Share My Personal Information</a>
      <a href="https://privacy.shop.example/choices"><img alt="Your Privacy Choices" src="x.svg"></a>
      <button class="ot-sdk-show-settings"></button>
      <a href="/legal/privacy">Privacy Policy</a>
    </footer>`;

  it('reads footer links and bracketed labels for privacy, never for personalisation', () => {
    const doc = page(body);
    const result = runScan(doc);
    expect(result.findings.map((f) => f.signal)).toEqual(['personal-recommendations']);
    const standalone = findPrivacyLinks(doc, 'https://www.shop.example/p/1');
    expect(new Set(result.links)).toEqual(new Set(standalone));
    expect(result.links.map((l) => l.purpose)).toEqual([
      'delete-account',
      'do-not-sell',
      'privacy-policy',
      'cookie-settings',
      'privacy-choices',
    ]);
  });

  it('reads every link itself when the candidate cap cut the scan short', () => {
    const capped = runScan(page(body), 2);
    // The standalone pass's order: the OneTrust button where it stands.
    expect(capped.links.map((l) => l.purpose)).toEqual([
      'delete-account',
      'do-not-sell',
      'cookie-settings',
      'privacy-policy',
      'privacy-choices',
    ]);
  });

  it('finds no links when not asked for them', () => {
    const steps = pageScanSteps(page(body));
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value.links).toEqual([]);
  });
});
