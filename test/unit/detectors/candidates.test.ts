import { describe, expect, it } from 'vitest';
import { candidatesOf, collectCandidates, visibleText } from '../../../src/detectors/page/candidates';
import { dom } from './personalization-dom';

describe('candidates', () => {
  it('collects headings, labels, account and location areas with their roles', () => {
    const doc = dom(`
      <div id="nav-tools"><a id="nav-link-accountList"><span id="nav-link-accountList-nav-line-1">Hello, Theo</span></a></div>
      <div id="glow-ingress-block"><span id="glow-ingress-line1">Deliver to</span></div>
      <div class="p13n-carousel"><h2>Recommended for you</h2></div>
      <p>Body copy is never a candidate</p>`);
    const candidates = collectCandidates(doc);
    const byText = (text: string) => candidates.find((c) => c.text === text && c.el.children.length === 0);
    expect(byText('Hello, Theo')?.account).toBe(true);
    expect(byText('Deliver to')?.location).toBe(true);
    expect(byText('Recommended for you')).toMatchObject({
      heading: true,
      reco: true,
      norm: 'recommended for you',
    });
    expect(byText('Body copy is never a candidate')).toBeUndefined();
  });

  it('skips script, template, noscript and footer content, long texts and JSON', () => {
    const doc = dom(`
      <noscript><h2>Recently viewed</h2></noscript>
      <template><h2>Recently viewed</h2></template>
      <footer><h3>Recently viewed</h3></footer>
      <h2>${'long '.repeat(60)}</h2>
      <h3>{"title":"Recommended for you"}</h3>`);
    expect(collectCandidates(doc)).toEqual([]);
  });

  it('knows a footer however deep the element sits in it, and keeps its links for privacy', () => {
    const deep = `${'<div>'.repeat(15)}<h3>Recently viewed</h3><a href="/p">Privacy policy</a>${'</div>'.repeat(15)}`;
    const doc = dom(`<div role="contentinfo">${deep}</div><footer>${deep}</footer>`);
    expect(collectCandidates(doc)).toEqual([]);
    const all = [...candidatesOf(doc)].filter((c) => c !== undefined);
    expect(all.map((c) => [c.text, c.hidden])).toEqual([
      ['Privacy policy', true],
      ['Privacy policy', true],
    ]);
  });

  it('reads aria-labels as separate candidates and respects the cap', () => {
    const doc = dom('<div aria-label="Your browsing history"></div><h2>a</h2><h2>b</h2><h2>c</h2>');
    const all = collectCandidates(doc);
    expect(all.find((c) => c.text === 'Your browsing history')?.heading).toBe(true);
    expect(collectCandidates(doc, 2)).toHaveLength(2);
  });

  it('never throws', () => {
    const broken = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(collectCandidates(broken)).toEqual([]);
  });
});

describe('visibleText', () => {
  const first = (body: string) => dom(body).querySelector('#t')!;

  it('puts a space where an element starts or ends, none between adjacent text nodes', () => {
    const el = first('<a id="t"><span>Hello,</span><span>Theo</span></a>');
    expect(visibleText(el)?.trim()).toBe('Hello, Theo');
    const price = first('<span id="t">$<!-- -->49<b>.99</b> today</span>');
    expect(visibleText(price)?.trim()).toBe('$49 .99 today');
    // A parser may split one text at an entity; it is still one word.
    const split = first('<a id="t">Datenschutz</a>');
    split.firstChild!.after(split.ownerDocument.createTextNode('erklärung'));
    expect(visibleText(split)).toBe('Datenschutzerklärung');
  });

  it('skips scripts and gives up on long text', () => {
    expect(visibleText(first('<div id="t">Hi<script>var x = 1;</script> there</div>'))).toBe('Hi there');
    expect(visibleText(first(`<div id="t">${'word '.repeat(100)}</div>`))).toBeUndefined();
  });
});
