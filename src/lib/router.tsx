import {
  createContext,
  useContext,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
} from 'react';

// A few routes do not justify a router library: the History API and one subscription suffice.
const navigationEvent = 'parallel-reader:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

const currentPath = () => window.location.pathname;
const currentSearch = () => window.location.search;

/**
 * The URL a page is prerendered for. On the server it is the page's own; in the browser, hydration
 * must reproduce the prerendered HTML, so the query (view mode and the like) starts empty as it
 * was at build time and takes its real value right after.
 */
export const PrerenderUrlContext = createContext<{ pathname: string; search: string } | undefined>(
  undefined,
);

export function usePathname() {
  const prerendered = useContext(PrerenderUrlContext);
  return useSyncExternalStore(subscribe, currentPath, () => prerendered?.pathname ?? currentPath());
}

export function useSearch() {
  const prerendered = useContext(PrerenderUrlContext);
  return useSyncExternalStore(subscribe, currentSearch, () => prerendered?.search ?? '');
}

/** Changes the URL without a reload and tells every subscriber. */
export function navigate(to: string | URL, { replace = false } = {}) {
  const url = new URL(to, window.location.href);
  if (url.href === window.location.href) return;
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(navigationEvent));
}

/** Sets (or removes, with `undefined`) one query parameter in place. */
export function setSearchParam(name: string, value: string | undefined) {
  const url = new URL(window.location.href);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  navigate(url, { replace: true });
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An ordinary link that navigates in place; modified clicks still open new tabs. */
export function Link({ href, onClick, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target
    ) {
      return;
    }
    const url = new URL(href, window.location.href);
    // Same page, other fragment: the browser's own jump (and its hashchange event) is right.
    if (
      url.pathname === window.location.pathname &&
      url.search === window.location.search &&
      url.hash
    )
      return;
    event.preventDefault();
    navigate(url);
    if (!url.hash) window.scrollTo(0, 0);
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
