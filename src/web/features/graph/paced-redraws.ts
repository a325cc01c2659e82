/** While the layout runs, redrawing the map may take at most this share of the page's main thread. */
export const REDRAW_SHARE = 0.25;
/** The fastest pace, for small maps that redraw in a few milliseconds: 20 frames a second. */
export const MIN_REDRAW_INTERVAL_MS = 50;

/** The pause after a redraw that cost `cost` ms, so that redraws keep to their share of the thread. */
export function pauseAfter(cost: number, share = REDRAW_SHARE): number {
  return Math.max(MIN_REDRAW_INTERVAL_MS, (cost * (1 - share)) / share);
}

/**
 * Calls `redraw` again and again, each time after a pause in proportion to what the previous one
 * cost: a map that takes half a second to draw (20,000 ties on a software renderer) is then redrawn
 * every second and a half instead of freezing the page, one that takes 5 ms twenty times a second.
 * The cost is measured up to the frame after the redraw, so it includes sigma's render and the
 * browser's compositing, not only the copying. Returns the function that stops it.
 */
export function pacedRedraws(redraw: () => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const step = () => {
    const start = performance.now();
    redraw();
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (!stopped) timer = setTimeout(step, pauseAfter(performance.now() - start));
      });
    });
  };
  timer = setTimeout(step, MIN_REDRAW_INTERVAL_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}
