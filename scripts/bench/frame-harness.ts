/**
 * In-page timing of one interaction, from the input event to the painted frame that shows its
 * result. Installed with `page.addInitScript(installFrameHarness)`; everything below runs in the
 * page, so it may use only what it defines itself.
 *
 * Why this method:
 * - The start is the `timeStamp` of the interaction's first input event (`pointerdown` or
 *   `keydown`), taken by a capturing listener on window that runs before the app's own handlers.
 *   It is the time the browser received the input, on the same clock as `performance.now()`.
 * - The end is the first frame in which the expected DOM is present: a rAF callback checks the
 *   DOM (so an update that React defers to a later frame is not credited to an earlier one), and a
 *   message posted from that callback runs right after the frame's style, layout and paint — the
 *   "after next paint" idiom. Double rAF would add a whole extra frame (~16.7 ms) to every sample
 *   and make a 16 ms median unreachable by construction.
 * - The Event Timing API (PerformanceObserver type "event") measures to the frame's presentation,
 *   including compositing, but reports only events of 16 ms or more, rounded to 8 ms. It cannot
 *   give a median of fast interactions, so it is kept as a cross-check: each sample also carries
 *   the longest Event Timing duration the browser reported for it (null when it reported none,
 *   i.e. under 16 ms).
 */

export type Condition = {
  selector: string;
  /** Whether an element must match (default true) or must not. */
  present?: boolean;
  /** The matching element's trimmed textContent must equal this. */
  text?: string;
};

export type FrameSample = {
  /** Input event → end of the first frame painted with the expected DOM, in ms. */
  toPaint: number;
  /** The longest Event Timing duration for the interaction's events, or null if under 16 ms. */
  eventTiming: number | null;
  /** Which input started the interaction. */
  input: string;
  /** Frames checked until the DOM matched (1 = the very next frame). */
  frames: number;
};

export type FrameHarness = {
  arm: (conditions: Condition[], timeoutMs: number) => void;
  result: (settleMs: number) => Promise<FrameSample>;
};

declare global {
  interface Window {
    __frameHarness?: FrameHarness;
  }
}

export function installFrameHarness() {
  type Armed = {
    conditions: Condition[];
    timeoutMs: number;
    start?: number;
    input?: string;
    done: Promise<{ start: number; end: number; input: string; frames: number }>;
    resolve: (value: { start: number; end: number; input: string; frames: number }) => void;
    reject: (error: Error) => void;
  };
  let armed: Armed | undefined;

  type EventEntry = { name: string; startTime: number; duration: number };
  const eventEntries: EventEntry[] = [];
  // 16 ms is the smallest threshold Event Timing allows.
  const eventTimingInit: PerformanceObserverInit & { durationThreshold: number } = {
    type: 'event',
    buffered: true,
    durationThreshold: 16,
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) eventEntries.push(entry);
    }).observe(eventTimingInit);
  } catch {
    // No Event Timing: samples carry eventTiming null.
  }

  const holds = (condition: Condition) => {
    const element = document.querySelector(condition.selector);
    if (condition.present === false) return element === null;
    if (element === null) return false;
    return condition.text === undefined || element.textContent?.trim() === condition.text;
  };

  const onInput = (event: Event) => {
    const current = armed;
    if (!current || current.start !== undefined) return;
    const start = event.timeStamp;
    const input = event.type;
    current.start = start;
    current.input = input;
    let frames = 0;
    const check = () => {
      frames += 1;
      if (current.conditions.every(holds)) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          current.resolve({ start, end: performance.now(), input, frames });
        channel.port2.postMessage(null);
      } else if (performance.now() - start > current.timeoutMs) {
        current.reject(new Error(`no frame matched ${JSON.stringify(current.conditions)}`));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  for (const type of ['pointerdown', 'keydown']) {
    window.addEventListener(type, onInput, { capture: true });
  }

  const harness: FrameHarness = {
    arm(conditions, timeoutMs) {
      let resolve: Armed['resolve'] = () => {};
      let reject: Armed['reject'] = () => {};
      const done = new Promise<{ start: number; end: number; input: string; frames: number }>(
        (yes, no) => {
          resolve = yes;
          reject = no;
        },
      );
      done.catch(() => {}); // reported by result(); not an unhandled rejection meanwhile
      armed = { conditions, timeoutMs, done, resolve, reject };
    },
    async result(settleMs) {
      const current = armed;
      if (!current) throw new Error('the harness was not armed');
      const { start, end, input, frames } = await current.done;
      armed = undefined;
      // Event Timing entries arrive after presentation; give them time to come in.
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const durations = eventEntries
        .filter((entry) => entry.startTime >= start - 1 && entry.startTime <= end)
        .map((entry) => entry.duration);
      return {
        toPaint: end - start,
        eventTiming: durations.length > 0 ? Math.max(...durations) : null,
        input,
        frames,
      };
    },
  };
  window.__frameHarness = harness;
}
