/**
 * The user's own form entries. When the user submits a form, the personal fields it holds are
 * classified (src/detectors/page/form-fields) and sent to the background, which masks them for
 * display and adds them to the local watchlist. When the user finishes a personal field before
 * submitting, that value is sent too, so a leak before submit can be recognised. Password and
 * other secret fields are never read; card numbers are reduced to brand and last four here.
 */
import { classifyField, summarizeCard, type FieldClass } from '../../src/detectors/page/form-fields';
import type { IdentifierKind } from '../../src/model';
import { MAX_FIELD_VALUE_LENGTH, MAX_FORM_FIELDS } from '../../src/protocol/field-schemas';

type Field = { kind: IdentifierKind; value: string };
type Send = (
  message: { type: 'page/form-submitted'; fields: Field[] } | { type: 'page/field-typed'; field: Field },
) => void;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isControl(target: EventTarget | null): target is Control {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

function labelOf(control: Control): string {
  const label =
    control.labels?.[0]?.textContent ??
    control.getAttribute('aria-label') ??
    control.getAttribute('placeholder') ??
    '';
  return label.trim().slice(0, 100);
}

function classOf(control: Control): FieldClass | undefined {
  return classifyField({
    autocomplete: control.getAttribute('autocomplete') ?? undefined,
    type: control instanceof HTMLInputElement ? control.type : control.tagName.toLowerCase(),
    name: control.name,
    id: control.id,
    label: labelOf(control),
  });
}

/** The field as it may leave the page, or undefined (secrets, empty values, invalid card numbers). */
function fieldOf(control: Control): Field | undefined {
  const kind = classOf(control);
  if (!kind || kind === 'secret' || control.disabled) return undefined;
  if (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked) return undefined;
  const value = control.value.trim();
  if (!value) return undefined;
  if (kind === 'card') {
    const card = summarizeCard(value);
    return card ? { kind, value: card } : undefined;
  }
  return { kind, value: value.slice(0, MAX_FIELD_VALUE_LENGTH) };
}

export function watchForms(send: Send): void {
  const reported = new WeakMap<Control, string>();

  document.addEventListener(
    'submit',
    (event) => {
      if (!event.isTrusted || !(event.target instanceof HTMLFormElement)) return;
      const fields: Field[] = [];
      for (const element of Array.from(event.target.elements)) {
        if (!isControl(element)) continue;
        const field = fieldOf(element);
        if (field) fields.push(field);
        if (fields.length >= MAX_FORM_FIELDS) break;
      }
      if (fields.length > 0) send({ type: 'page/form-submitted', fields });
    },
    true,
  );

  // "change" fires when the user leaves a field they edited: the moment scripts that harvest
  // fields (automatic advanced matching) typically read it.
  document.addEventListener(
    'change',
    (event) => {
      if (!event.isTrusted || !isControl(event.target)) return;
      const field = fieldOf(event.target);
      if (!field || field.kind === 'card' || field.kind === 'gender') return;
      if (reported.get(event.target) === field.value) return;
      reported.set(event.target, field.value);
      send({ type: 'page/field-typed', field });
    },
    true,
  );
}
