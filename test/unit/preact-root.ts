/**
 * A linkedom document with one root element for rendering extension UI components with preact
 * in Node: installed as the global document and window before each test, emptied and removed
 * after it. `root()` is the element to render into.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';

export function usePreactRoot(): { root(): HTMLElement } {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', window);
    container = document.getElementById('root') as unknown as HTMLElement;
  });
  afterEach(() => {
    if (container) render(null, container);
    vi.unstubAllGlobals();
  });
  return {
    root() {
      if (!container) throw new Error('usePreactRoot: root() is only available inside a test');
      return container;
    },
  };
}
