import { directoryIsReady } from "~/models/service.server";

// Liveness and readiness in one: the server answers and the directory
// opens and is not empty. Cheap at any directory size; says nothing about
// visitors and sets no cookie.
export async function loader() {
  try {
    const ready = await directoryIsReady();
    return Response.json({ status: ready ? "ok" : "empty" }, { status: ready ? 200 : 503 });
  } catch {
    return Response.json({ status: "error" }, { status: 503 });
  }
}
