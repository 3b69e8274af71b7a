import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

import { copy } from "~/copy";

/**
 * One error view for every route. It never repeats what the visitor typed
 * and never shows a stack trace.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title =
    status === 404 ? copy.errors.notFoundTitle : status < 500 ? copy.errors.badRequestTitle : copy.errors.genericTitle;
  const body = status === 404 ? copy.errors.notFoundBody : copy.errors.genericBody;
  return (
    <div className="error-page">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link replace to="/">
          {copy.errors.backHome}
        </Link>
      </p>
    </div>
  );
}
