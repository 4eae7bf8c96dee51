/**
 * Styles and lays out the page as soon as the current task's updates are done (React renders them
 * in a microtask queued before this one), instead of at the next frame.
 *
 * Why: the browser renders a change at its next frame. An input that arrives between frames would
 * leave the main thread idle until then, and the frame would then style, lay out and paint in one
 * go. Laying out in that idle time leaves the frame only its paint, so a change that re-lays out
 * the whole text (a view switch) is shown sooner. Call it once per input, after its state changes,
 * from code that writes nothing to the page after it in the same task.
 */
export function layOutEarly() {
  queueMicrotask(() => {
    // Reading a layout value makes the browser bring style and layout up to date now.
    void document.documentElement.offsetHeight;
  });
}
