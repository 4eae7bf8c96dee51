import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

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

export function usePathname(serverPath = '/') {
  return useSyncExternalStore(subscribe, currentPath, () => serverPath);
}

export function useSearch(serverSearch = '') {
  return useSyncExternalStore(subscribe, currentSearch, () => serverSearch);
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
