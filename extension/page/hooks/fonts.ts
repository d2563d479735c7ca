/**
 * Font-enumeration hooks (src/detectors/api/font-enumeration.ts). Canvas: `font` values set on a
 * 2D context and measureText calls. DOM: offsetWidth/offsetHeight reads of elements with an
 * inline font-family, the method FingerprintJS uses inside a hidden iframe. Chromium keeps CSS
 * properties as named properties of each style object, so `style.fontFamily = …` cannot be hooked
 * itself; the family is read from the element when it is measured. Measuring elements without an
 * inline font-family (nearly all layout code) costs two native calls and no stack.
 */
import {
  canvasFont,
  canvasMeasure,
  createCanvasFontState,
  createElementFontState,
  measuredElement,
  type CanvasFontState,
} from '../../../src/detectors/api/font-enumeration';
import { callerScript } from './caller';
import { apply, getterOf, now, read, stateFor, weakMap, type Realm } from './natives';
import { signal } from './reporter';
import { hook } from './wrap';

const contexts = weakMap<object, CanvasFontState>();
const measured = createElementFontState();
const styleOf = getterOf(HTMLElement.prototype, 'style');
// eslint-disable-next-line @typescript-eslint/unbound-method -- called through apply
const propertyValue = CSSStyleDeclaration.prototype.getPropertyValue;

function stateOf(context: unknown): CanvasFontState {
  return stateFor(contexts, context as object, createCanvasFontState);
}

function onMeasure(element: unknown): void {
  const style = read(styleOf, element);
  const family: unknown = style && apply(propertyValue, style, ['font-family']);
  if (typeof family === 'string' && family !== '' && measuredElement(measured, family, now())) {
    signal('font-enumeration', callerScript());
  }
}

export function installFonts(realm: Realm): void {
  const context = realm.CanvasRenderingContext2D?.prototype;
  hook(
    context,
    'font',
    (self, args) => typeof args[0] === 'string' && canvasFont(stateOf(self), args[0]),
    'set',
  );
  hook(context, 'measureText', (self, args) => {
    if (typeof args[0] === 'string' && canvasMeasure(stateOf(self), args[0])) {
      signal('font-enumeration', callerScript());
    }
  });
  const element = realm.HTMLElement?.prototype;
  hook(element, 'offsetWidth', onMeasure, 'get');
  hook(element, 'offsetHeight', onMeasure, 'get');
}
