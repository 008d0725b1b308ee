import type { RouteDef } from "../../platform/http/route.ts";

/** The citizen's CV (issue 5; docs/matching.md). */
export function cvRoutes(): RouteDef[] {
  return [];
}
