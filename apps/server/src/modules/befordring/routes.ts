import type { RouteDef } from "../../platform/http/route.ts";

/** Min side (issue 7): the routes of this part. */
export function befordringRoutes(): RouteDef[] {
  return [];
}
