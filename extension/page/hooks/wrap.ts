/**
 * Wrapping page built-ins so the wrappers behave and look like the originals: same name and
 * length, no `prototype`, not constructible, the original's prototype chain, and
 * Function.prototype.toString returning the original's native source for them (one shared
 * toString replacement, installed in every realm we hook, consults the wrapper registry).
 * Observers run after the original returned, on its result, and can never throw into the page.
 * Wrappers are the same code for every user: nothing user-specific enters the page.
 */
import {
  apply,
  defineProperty,
  describe,
  getPrototypeOf,
  indexOf,
  nativeToString,
  setPrototypeOf,
  weakMap,
  type AnyFunction,
  type Realm,
} from './natives';

type Observer = (self: unknown, args: unknown[], result: unknown) => void;

/** wrapper → original, for toString. */
const originals = weakMap<AnyFunction, AnyFunction>();

/** The Function.prototype.toString we install in every hooked realm. */
export const sharedToString = {
  toString(this: unknown): string {
    return apply(nativeToString, originals.get(this as AnyFunction) ?? this, []);
  },
}.toString;
originals.set(sharedToString, nativeToString);

/** Whether `fn` is a native function (by the toString captured before any page script ran). */
export function isNative(fn: unknown): boolean {
  try {
    return indexOf(apply(nativeToString, fn, []), '[native code]') >= 0;
  } catch {
    return false;
  }
}

function disguise(wrapper: AnyFunction, original: AnyFunction): void {
  originals.set(wrapper, original);
  defineProperty(wrapper, 'name', { value: original.name, configurable: true });
  defineProperty(wrapper, 'length', { value: original.length, configurable: true });
  // Wrappers for a child frame are made here; they take that frame's Function.prototype.
  setPrototypeOf(wrapper, getPrototypeOf(original));
}

function observe(observer: Observer, self: unknown, args: unknown[], result: unknown): void {
  try {
    observer(self, args, result);
  } catch {
    // A hook must never change what the page sees.
  }
}

export function hookToString(realm: Realm): void {
  const proto = realm.Function.prototype;
  const descriptor = describe(proto, 'toString');
  if (descriptor) defineProperty(proto, 'toString', { ...descriptor, value: sharedToString });
}

/** Wraps a method; `observer(this, args, result)` runs after each successful call. */
export function hookMethod(target: object | undefined, name: string, observer: Observer): void {
  const descriptor = target && describe(target, name);
  const original: unknown = descriptor?.value;
  if (!target || typeof original !== 'function') return;
  // Method shorthand: like natives, no prototype and not a constructor.
  const wrapper = {
    [name](this: unknown, ...args: unknown[]): unknown {
      const result: unknown = apply(original, this, args);
      observe(observer, this, args, result);
      return result;
    },
  }[name]!;
  disguise(wrapper, original);
  defineProperty(target, name, { ...descriptor, value: wrapper });
}

/** Wraps an accessor's getter; `observer(this, [], value)` runs after each read. */
export function hookGetter(target: object | undefined, name: string, observer: Observer): void {
  const descriptor = target && describe(target, name);
  const original = descriptor?.get;
  if (!target || !original) return;
  const wrapper = describe(
    {
      get [name](): unknown {
        const value: unknown = apply(original, this, []);
        observe(observer, this, [], value);
        return value;
      },
    },
    name,
  )!.get!;
  disguise(wrapper, original);
  defineProperty(target, name, { ...descriptor, get: wrapper });
}

/** Wraps an accessor's setter; `observer(this, [value])` runs after each assignment. */
export function hookSetter(target: object | undefined, name: string, observer: Observer): void {
  const descriptor = target && describe(target, name);
  const original = descriptor?.set;
  if (!target || !original) return;
  const wrapper = describe(
    {
      set [name](value: unknown) {
        apply(original, this, [value]);
        observe(observer, this, [value], undefined);
      },
    },
    name,
  )!.set!;
  disguise(wrapper, original);
  defineProperty(target, name, { ...descriptor, set: wrapper });
}
