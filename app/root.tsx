import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { Link, Links, Meta, Outlet, Scripts, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { useNonce } from "~/components/nonce-provider";
import { QuickExit, QuickExitSkipLink } from "~/components/quick-exit";
import { ReferralBar } from "~/components/add-to-referral";
import { ReferralProvider } from "~/components/referral-context";
import { copy } from "~/copy";
import stylesHref from "~/styles/app.css";
import { getPublicEnv } from "~/utils/env.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: copy.pageTitle }];

export async function loader() {
  return { env: getPublicEnv() };
}

const FOOTER_LINKS = [
  ["/safety", copy.pages.stayingSafe],
  ["/guidance", copy.pages.guidance],
  ["/compensation", copy.pages.compensation],
  ["/referral", copy.pages.referral],
  ["/privacy", copy.pages.privacy],
] as const;

// Used only if the root loader itself failed; mirrors env.server's default.
const FALLBACK_EXIT = "https://www.bbc.co.uk/weather";

function Document({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  const exitHref = data?.env.QUICK_EXIT_URL ?? FALLBACK_EXIT;
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <Meta />
        <Links />
      </head>
      <body>
        <header className="site-header no-print">
          {/* First in the tab order: the exit, then the way to the content. */}
          <QuickExitSkipLink href={exitHref} />
          <a href="#main" className="skip-link">
            {copy.skipToContent}
          </a>
          <div className="container">
            <Link replace to="/" className="site-header__name">
              {copy.siteName}
            </Link>
          </div>
        </header>
        <QuickExit href={exitHref} />
        <ReferralProvider>
          <ReferralBar />
          <main id="main" className="container" tabIndex={-1}>
            {children}
          </main>
        </ReferralProvider>
        <footer className="site-footer no-print">
          <nav className="container" aria-label={copy.pages.footerNav}>
            <ul>
              {FOOTER_LINKS.map(([to, label]) => (
                <li key={to}>
                  <Link replace to={to}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="hint">{copy.pages.credits}</p>
          </nav>
        </footer>
        {/* No ScrollRestoration: it keeps scroll positions in sessionStorage,
            and this tab should hold nothing at all. */}
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <Document>
      <Outlet />
    </Document>
  );
}

export function ErrorBoundary() {
  return (
    <Document>
      <GeneralErrorBoundary />
    </Document>
  );
}
