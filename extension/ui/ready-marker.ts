/**
 * For benchmarks and tests: `body[data-ready=<view>]` once a view's DOM holds its data (set in a
 * layout effect, right after preact commits it), and `body[data-painted=<view>]` after the next
 * frame, once the browser has painted it. The UI benchmark reports both.
 */
import { useLayoutEffect } from 'preact/hooks';

export function useReadyMarker(view: string, ready: boolean): void {
  useLayoutEffect(() => {
    if (!ready) return;
    document.body.dataset.ready = view;
    let cancelled = false;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!cancelled) document.body.dataset.painted = view;
      }),
    );
    return () => {
      cancelled = true;
    };
  }, [view, ready]);
}
