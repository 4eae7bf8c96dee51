import {
  createElement,
  lazy,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
  type ReactElement,
} from 'react';

/**
 * `React.lazy` remembers a failed import for good. This one forgets it, so that remounting the
 * component (an error boundary's "Try again") requests the chunk again, e.g. after a network blip.
 */
// `any` as in React.lazy's own signature: the props are whatever the loaded component takes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function retryableLazy<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): (props: ComponentProps<T>) => ReactElement {
  let current: LazyExoticComponent<T>;
  const make = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        current = make();
        throw error;
      }),
    );
  current = make();
  return function Retryable(props) {
    return createElement(current, props);
  };
}
