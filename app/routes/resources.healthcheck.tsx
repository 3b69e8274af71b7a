import { countServices } from "~/models/service.server";

// Liveness and readiness in one: the server answers and the directory
// opens. It says nothing about visitors and sets no cookie.
export async function loader() {
  try {
    const services = await countServices();
    return Response.json({ status: "ok", services });
  } catch {
    return Response.json({ status: "error" }, { status: 503 });
  }
}
