/** Wrapped built-ins must behave and stringify like the originals (signals.md §3.1). */
/* eslint-disable @typescript-eslint/unbound-method -- accessors and methods are taken off descriptors on purpose */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as WrapModule from '../../../extension/page/hooks/wrap';

type Wrap = typeof WrapModule;
let wrap: Wrap;
const toStringDescriptor = Object.getOwnPropertyDescriptor(Function.prototype, 'toString')!;

beforeAll(async () => {
  (globalThis as unknown as Record<string, unknown>).window ??= globalThis;
  wrap = await import('../../../extension/page/hooks/wrap');
  wrap.hookToString(globalThis as unknown as Parameters<Wrap['hookToString']>[0]);
});

afterAll(() => {
  Object.defineProperty(Function.prototype, 'toString', toStringDescriptor);
});

/** A fresh object holding V8 built-ins (a method and an accessor), so globals stay untouched. */
function natives() {
  const target: Record<string, unknown> = {};
  Object.defineProperty(target, 'get', Object.getOwnPropertyDescriptor(Map.prototype, 'get')!);
  Object.defineProperty(target, 'proto', Object.getOwnPropertyDescriptor(Object.prototype, '__proto__')!);
  return target;
}

describe('hook', () => {
  it('returns what the original returns and lets the observer see this, arguments and result', () => {
    const target = natives();
    const seen: unknown[] = [];
    wrap.hook(target, 'get', (self, args, result) => seen.push(self, args, result));
    const map = new Map([['a', 1]]);
    expect(Reflect.apply(target.get as () => unknown, map, ['a'])).toBe(1);
    expect(seen).toEqual([map, ['a'], 1]);
  });

  it('never lets an observer change what the page sees, and passes errors of the original through', () => {
    const target = natives();
    wrap.hook(target, 'get', () => {
      throw new Error('observer bug');
    });
    expect(Reflect.apply(target.get as () => unknown, new Map([['a', 2]]), ['a'])).toBe(2);
    expect(() => Reflect.apply(target.get as () => unknown, {}, ['a']) as unknown).toThrow(TypeError);
  });

  it('makes wrappers look native: toString, name, length, no prototype, not a constructor', () => {
    const target = natives();
    const original = target.get as (...args: unknown[]) => unknown;
    const originalSource = Function.prototype.toString.call(original);
    wrap.hook(target, 'get', () => undefined);
    const wrapped = target.get as (...args: unknown[]) => unknown;
    expect(wrapped).not.toBe(original);
    expect(Function.prototype.toString.call(wrapped)).toBe(originalSource);
    expect(String(wrapped)).toContain('[native code]');
    expect(wrapped.name).toBe('get');
    expect(wrapped.length).toBe(original.length);
    expect(Object.hasOwn(wrapped, 'prototype')).toBe(false);
    expect(() => Reflect.construct(wrapped, []) as unknown).toThrow(TypeError);
    expect(Object.getPrototypeOf(wrapped)).toBe(Function.prototype);
    expect(Function.prototype.toString.call(Function.prototype.toString)).toBe(
      'function toString() { [native code] }',
    );
  });

  it('wraps getters and setters in place, keeping the descriptor shape', () => {
    const target = natives();
    const reads: unknown[] = [];
    const before = Object.getOwnPropertyDescriptor(target, 'proto')!;
    wrap.hook(target, 'proto', (_self, _args, value) => reads.push(value), 'get');
    const after = Object.getOwnPropertyDescriptor(target, 'proto')!;
    expect(Reflect.apply(after.get!, [], [])).toBe(Array.prototype);
    expect(reads).toEqual([Array.prototype]);
    expect(after.get!.name).toBe(before.get!.name);
    expect(Function.prototype.toString.call(after.get)).toBe(Function.prototype.toString.call(before.get));
    expect(after.set).toBe(before.set);
    expect([after.enumerable, after.configurable]).toEqual([before.enumerable, before.configurable]);

    const writes: unknown[] = [];
    wrap.hook(target, 'proto', (_self, args) => writes.push(args[0]), 'set');
    const object = {};
    const parent = { parent: true };
    Reflect.apply(Object.getOwnPropertyDescriptor(target, 'proto')!.set!, object, [parent]);
    expect(Object.getPrototypeOf(object)).toBe(parent);
    expect(writes).toEqual([parent]);
    expect(Object.getOwnPropertyDescriptor(target, 'proto')!.get).toBe(after.get);
  });

  it('skips what this browser lacks', () => {
    expect(() => wrap.hook(undefined, 'missing', () => undefined)).not.toThrow();
    expect(() => wrap.hook({}, 'missing', () => undefined, 'get')).not.toThrow();
  });

  it('tells native functions from scripts', () => {
    expect(wrap.isNative(Math.max)).toBe(true);
    expect(wrap.isNative(() => 1)).toBe(false);
    expect(wrap.isNative(42)).toBe(false);
  });
});
