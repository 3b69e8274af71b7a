import { copy } from "~/copy";

/**
 * The quick exit: a real link, so it works with JavaScript off, that leaves
 * for a neutral site and tells it nothing about where the visitor was
 * (`noreferrer`). It sits first in the page and stays on screen.
 */
export function QuickExit({ href }: { href: string }) {
  return (
    <div className="quick-exit" data-quick-exit role="region" aria-label={copy.quickExit.region}>
      <a href={href} rel="nofollow noreferrer" className="quick-exit__button">
        <span className="visually-hidden">{copy.quickExit.hiddenPrefix}: </span>
        {copy.quickExit.label}
      </a>
    </div>
  );
}

/** A second, hidden-until-focused exit for keyboard and screen-reader users. */
export function QuickExitSkipLink({ href }: { href: string }) {
  return (
    <a href={href} rel="nofollow noreferrer" className="skip-link">
      {copy.quickExit.skipLink}
    </a>
  );
}
