/**
 * Chinese (Simplified) phrases for page personalisation (signals.md §4.2, §4.3). Page text
 * is mapped from Traditional to Simplified before matching (page-text.ts). Lower-case NFKC
 * (so full-width `，！` become `,!`); `*` = a gap of up to 40 characters. Data only.
 */
import type { PhraseSet } from './personalization-signals';

export const PHRASES_ZH: PhraseSet = {
  lang: 'zh',
  widgets: {
    'personal-recommendations': [
      '为你推荐',
      '为您推荐',
      '为我推荐',
      '猜你喜欢',
      '猜您喜欢',
      '专属推荐',
      '为你精选',
      '为您精选',
      '个性化推荐',
      '根据你的浏览',
      '根据您的浏览',
      '根据浏览',
    ],
    'recently-viewed': ['最近浏览', '浏览记录', '浏览历史', '我的足迹', '看过的商品'],
    'buy-again': ['再次购买', '再买一单', '常买清单', '我的订单', '已买到的宝贝'],
    'item-based': ['看了又看', '买了又买', '相似商品', '相关推荐', '搭配购买'],
    popularity: ['热销', '排行榜', '大家都在买', '附近', '本地热卖'],
    sponsored: ['广告', '赞助', '推广', '商品精选', '商家精选'],
  },
  accountLinks: ['我的订单', '已买到的宝贝'],
  loyaltyUnits: ['积分', '京豆', '成长值'],
  loyaltyStatus: ['会员等级', '我的积分', '我的京豆'],
  birthday: ['生日快乐', '生日礼', '生日券', '生日特权'],
  memberPrice: ['会员价', 'plus价', '会员专享价'],
  personalizedPrice: ['个性化定价', '专属价'],
  greeting: /^(?:你好|您好|欢迎回来|嗨)[,!:\s]*(?![,!:\s]|请登录|登录|注册|游客)(\S{1,20})$/u,
  loggedOut: ['请登录', '登录', '注册', '游客'],
  notNames: ['欢迎', '来到', '登录', '注册', '请', '会员', '商城', '网', '店'],
  delivery: /(?:配送至|送至|收货地址)/u,
  deliveryNotPlace: ['请选择', '选择'],
  deliveryPrompt: ['请选择', '选择地址', '修改'],
  savedPayment: /尾号(?:为)?\s*[:：]?\s*\d{4}(?!\d)|(?:[*•]{2,}\s?)\d{4}(?!\d)/u,
};
