import { describe, expect, it } from 'vitest';
import { greeting } from '../../../src/detectors/page/greeting';
import { scan } from './personalization-dom';

const account = (text: string) =>
  `<div id="nav-link-accountList"><span class="nav-line-1">${text}</span></div>`;

describe('greeting', () => {
  it('finds a greeting by name and masks the name', () => {
    const [found] = scan(account('Hello, Theo'), 'en', [greeting]);
    expect(found).toMatchObject({
      signal: 'greeting',
      category: 'identity',
      evidence: 'Hello, T•••',
      confidence: 'high',
    });
    expect(scan(account('Hallo Theo'), 'de', [greeting])[0]?.evidence).toBe('Hallo T•••');
    expect(scan(account('您好，王先生'), 'zh-CN', [greeting])[0]?.evidence).toBe('您好,王•••');
  });

  it('ignores logged-out greetings', () => {
    expect(scan(account('Hello, sign in'), 'en', [greeting])).toEqual([]);
    expect(scan(account('Hallo, Anmelden'), 'de', [greeting])).toEqual([]);
    expect(
      scan(`<li id="ttbar-login"><a class="link-login">你好，请登录</a></li>`, 'zh', [greeting]),
    ).toEqual([]);
  });

  it('ignores site greetings and marketing headlines', () => {
    expect(scan(`<li id="loginbar">您好！欢迎来到京东！</li>`, 'zh', [greeting])).toEqual([]);
    expect(scan(`<div class="welcome">您好！歡迎來到i3Fresh愛上新鮮。</div>`, 'zh-TW', [greeting])).toEqual(
      [],
    );
    expect(scan(`<a class="m-flyout-link"><div>Hallo Herbstlooks!</div></a>`, 'de', [greeting])).toEqual([]);
    expect(scan(`<h2>Hallo Herbstlooks!</h2>`, 'de', [greeting])).toEqual([]);
    expect(scan(account('Hi there'), 'en', [greeting])).toEqual([]);
  });

  it('only reads account areas and headings, not body copy', () => {
    expect(scan('<p>Hello, Theo</p>', 'en', [greeting])).toEqual([]);
    expect(scan('<h1>Welcome back, Theo</h1>', 'en', [greeting])[0]?.confidence).toBe('medium');
  });
});
