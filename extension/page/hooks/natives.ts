/**
 * Built-ins the MAIN-world hooks use, captured when the script starts at document_start, before
 * any page script runs. Pages share this world and may later replace globals and prototype
 * methods (WeakMap.prototype.get, String.prototype.slice …) to watch, blind or mislead the
 * hooks, so hook code calls only what is captured here, through Reflect.apply.
 */
/* eslint-disable @typescript-eslint/unbound-method -- captured unbound on purpose, always called through apply */

export type Realm = Window & typeof globalThis;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any built-in may be wrapped
export type AnyFunction = Function;

export const win: Realm = window;
export const apply = Reflect.apply;
export const {
  create,
  defineProperty,
  getOwnPropertyDescriptor: describe,
  getPrototypeOf,
  setPrototypeOf,
} = Object;
export const now = Date.now;
export const later = setTimeout;
export const stringify = JSON.stringify;
export const listen = EventTarget.prototype.addEventListener;
export const nativeToString = Function.prototype.toString;
export const promiseThen = Promise.prototype.then;
export const URLCtor = URL;
export const ErrorCtor = Error;

const stringSlice = String.prototype.slice;
const stringIndexOf = String.prototype.indexOf;

export function slice(text: string, start: number, end?: number): string {
  return apply(stringSlice, text, [start, end]);
}

export function indexOf(text: string, search: string, from = 0): number {
  return apply(stringIndexOf, text, [search, from]);
}

/** The getter of a native accessor, or undefined when this browser lacks it. */
export function getterOf(target: object | undefined, name: string): AnyFunction | undefined {
  return target && describe(target, name)?.get;
}

/** Calls a captured native getter; undefined when it does not apply to `self`. */
export function read(getter: AnyFunction | undefined, self: unknown): unknown {
  try {
    return getter ? apply(getter, self, []) : undefined;
  } catch {
    return undefined;
  }
}

/** An own data property's value, without running page getters. */
export function ownValue(object: unknown, key: string): unknown {
  try {
    const descriptor = describe(object, key);
    return descriptor && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    return undefined;
  }
}

const urlHost = getterOf(URL.prototype, 'host');

/** The host of an absolute or page-relative URL, '' when it is not one. */
export function hostOf(url: unknown): string {
  try {
    const host = read(urlHost, new URLCtor(url as string, win.location.href));
    return typeof host === 'string' ? host : '';
  } catch {
    return '';
  }
}

const WeakMapCtor = WeakMap;
const weakGet = WeakMapCtor.prototype.get;
const weakSet = WeakMapCtor.prototype.set;

export interface Weak<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/** A WeakMap whose methods a page cannot intercept. */
export function weakMap<K extends object, V>(): Weak<K, V> {
  const map = new WeakMapCtor<K, V>();
  return {
    get: (key) => apply(weakGet, map, [key]) as V | undefined,
    set: (key, value) => void apply(weakSet, map, [key, value]),
  };
}

/** Gets or creates the state kept for `key`. */
export function stateFor<K extends object, V>(map: Weak<K, V>, key: K, make: () => V): V {
  let state = map.get(key);
  if (state === undefined) {
    state = make();
    map.set(key, state);
  }
  return state;
}
