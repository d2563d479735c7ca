/**
 * Sites: the eTLD+1 of a URL, computed with the Public Suffix List (tldts), cached per
 * hostname because the same few hosts recur on every page.
 */
import { getDomain, getHostname } from 'tldts';
import { BoundedCache } from './bounded-cache';

const SITE_OPTIONS = {
  // Keep tenants of hosting platforms (shop-a.myshopify.com) apart: they are different shops.
  allowPrivateDomains: true,
  // Inputs are hostnames, never full URLs: skip tldts' URL parsing.
  extractHostname: false,
};

const siteByHost = new BoundedCache<string, string>(4096);

/** The site (eTLD+1) of a hostname; IP literals, localhost and single-label hosts are their own site. */
export function siteOfHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const cached = siteByHost.get(host);
  if (cached !== undefined) return cached;
  const site = getDomain(host, SITE_OPTIONS) ?? host;
  siteByHost.set(host, site);
  return site;
}

/** The hostname of a URL, or undefined for URLs without one (data:, about:blank, …). */
export function hostOfUrl(url: string): string | undefined {
  if (!/^(https?|wss?):\/\//i.test(url)) return undefined;
  return getHostname(url) ?? undefined;
}

/** The site (eTLD+1) of an http(s) URL, or undefined for other schemes. */
export function siteOfUrl(url: string): string | undefined {
  const host = hostOfUrl(url);
  return host ? siteOfHost(host) : undefined;
}

/** Origin and path of a URL, without query or fragment (which can hold personal data). */
export function originAndPath(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}
