import { GeneralErrorBoundary } from "~/components/error-boundary";

// Any path no route claims. Throwing a 404 from a loader lets the root
// layout (and its quick exit) render around the message instead of
// Remix's bare default page.
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
