/**
 * Wrapping page built-ins so the wrappers behave and look like the originals: same name and
 * length, no `prototype`, not constructible, the original's prototype chain, and
 * Function.prototype.toString returning the original's native source for them (one shared
 * toString replacement, installed in every realm we hook, consults the wrapper registry).
 * Observers run after the original returned, on its result, and can never throw into the page.
 * Wrappers are the same code for every user: nothing user-specific enters the page.
 */
/* eslint-disable @typescript-eslint/unbound-method -- wrappers are taken out of object literals to be installed on prototypes */
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

/** Sees `this`, the arguments (a setter's value; none for a getter) and the result. */
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

export function hookToString(realm: Realm): void {
  const proto = realm.Function.prototype;
  const descriptor = describe(proto, 'toString');
  if (descriptor) defineProperty(proto, 'toString', { ...descriptor, value: sharedToString });
}

/**
 * Wraps a method (`part` 'value'), an accessor's getter ('get') or its setter ('set') of
 * `target[name]`; `observer` runs after each successful call. Absent targets (an API this
 * browser lacks) are skipped.
 */
export function hook(
  target: object | undefined,
  name: string,
  observer: Observer,
  part: 'value' | 'get' | 'set' = 'value',
): void {
  const descriptor = target && describe(target, name);
  const original: unknown = descriptor?.[part];
  if (!target || typeof original !== 'function') return;
  // Object-literal methods and accessors are, like natives, without prototype and not constructors.
  const wrapper =
    part === 'value'
      ? {
          [name](this: unknown, ...args: unknown[]): unknown {
            const result: unknown = apply(original, this, args);
            observe(observer, this, args, result);
            return result;
          },
        }[name]!
      : describe(
          part === 'get'
            ? {
                get [name](): unknown {
                  const value: unknown = apply(original, this, []);
                  observe(observer, this, [], value);
                  return value;
                },
              }
            : {
                set [name](value: unknown) {
                  apply(original, this, [value]);
                  observe(observer, this, [value], undefined);
                },
              },
          name,
        )![part]!;
  originals.set(wrapper, original);
  defineProperty(wrapper, 'name', { value: original.name, configurable: true });
  defineProperty(wrapper, 'length', { value: original.length, configurable: true });
  // Wrappers for a child frame are made here; they take that frame's Function.prototype.
  setPrototypeOf(wrapper, getPrototypeOf(original) as object | null);
  defineProperty(target, name, { ...descriptor, [part]: wrapper });
}

function observe(observer: Observer, self: unknown, args: unknown[], result: unknown): void {
  try {
    observer(self, args, result);
  } catch {
    // A hook must never change what the page sees.
  }
}
