import {
  createElement,
  lazy,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
  type ReactElement,
} from 'react';

let generation = 0;

/** Lets every lazy component whose import failed try again at its next render ("Try again"). */
export function retryFailedImports() {
  generation += 1;
}

/**
 * `React.lazy` remembers a failed import for good. This one keeps the failure (so React does not
 * re-request it in a loop) only until `retryFailedImports` is called, e.g. by an error
 * boundary's "Try again": then the chunk is requested afresh, as after a network blip.
 */
// `any` as in React.lazy's own signature: the props are whatever the loaded component takes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function retryableLazy<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): (props: ComponentProps<T>) => ReactElement {
  let failedIn: number | undefined;
  const make = () => {
    const madeIn = generation;
    return lazy(() =>
      load().catch((error: unknown) => {
        failedIn = madeIn;
        throw error;
      }),
    );
  };
  let current: LazyExoticComponent<T> = make();
  return function Retryable(props) {
    if (failedIn !== undefined && generation > failedIn) {
      failedIn = undefined;
      current = make();
    }
    return createElement(current, props);
  };
}
