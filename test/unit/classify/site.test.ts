import { describe, expect, it } from 'vitest';
import { hostOfUrl, originAndPath, siteOfHost, siteOfUrl } from '../../../src/classify/site';
import { pageContextOf } from '../../../src/classify/page-context';

describe('siteOfHost', () => {
  it.each([
    ['www.amazon.de', 'amazon.de'],
    ['www.argos.co.uk', 'argos.co.uk'],
    ['connect.facebook.net', 'facebook.net'],
    ['region1.google-analytics.com', 'google-analytics.com'],
    ['WWW.Example.COM.', 'example.com'],
    ['item.jd.com', 'jd.com'],
    ['detail.tmall.com.cn', 'tmall.com.cn'],
  ])('%s → %s', (host, site) => {
    expect(siteOfHost(host)).toBe(site);
  });

  it('keeps tenants of a hosting platform apart (private suffixes)', () => {
    expect(siteOfHost('shop-a.myshopify.com')).toBe('shop-a.myshopify.com');
    expect(siteOfHost('shop-b.myshopify.com')).not.toBe(siteOfHost('shop-a.myshopify.com'));
  });

  it('treats IP literals and localhost as their own site', () => {
    expect(siteOfHost('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOfHost('localhost')).toBe('localhost');
  });

  it('handles punycode hosts', () => {
    expect(siteOfHost('www.xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
  });
});

describe('URLs', () => {
  it('gives no host or site for non-web URLs', () => {
    expect(hostOfUrl('data:text/plain,hi')).toBeUndefined();
    expect(siteOfUrl('chrome://settings')).toBeUndefined();
    expect(pageContextOf('about:blank')).toBeUndefined();
  });

  it('drops query and fragment from evidence URLs', () => {
    expect(originAndPath('https://shop.example/p/1?email=a%40b.c#x')).toBe('https://shop.example/p/1');
    expect(originAndPath('https://shop.example/#frag')).toBe('https://shop.example/');
  });

  it('builds a page context from a top-level URL', () => {
    expect(pageContextOf('https://www.otto.de/p/123?ref=x')).toEqual({
      url: 'https://www.otto.de/p/123?ref=x',
      hostname: 'www.otto.de',
      site: 'otto.de',
      evidencePage: 'https://www.otto.de/p/123',
    });
  });
});
