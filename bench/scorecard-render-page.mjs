// One timed render of the panel in the host page, for bench/scorecard-render.mjs and its trace.

/**
 * One render, timed in the page: until window.host.renderPanel resolved (after the first paint), and until the
 * panel is complete: every Grafana Icon in (they load after mounting, drawn as empty placeholders until then) and painted.
 */
export function renderOnce(page, request) {
  return page.evaluate(async (req) => {
    window.host.clear();
    const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await nextPaint();
    const t0 = performance.now();
    await window.host.renderPanel({ ...req, frames: window.benchFrames });
    const resolved = performance.now() - t0;
    const panel = document.querySelector('[data-testid="host-panel"]');
    // An Icon's placeholder: an svg without the Icon's data-testid or a role (sparklines and map arrows have one).
    const loading = () => panel?.querySelector('svg:not([data-testid]):not([role])') !== null;
    await new Promise((resolve) => {
      if (!loading()) {
        resolve();
        return;
      }
      const observer = new MutationObserver(() => {
        if (!loading()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(panel ?? document.body, { childList: true, subtree: true });
      setTimeout(() => resolve(observer.disconnect()), 5000);
    });
    await nextPaint();
    return { resolved, complete: loading() ? NaN : performance.now() - t0 };
  }, request);
}
