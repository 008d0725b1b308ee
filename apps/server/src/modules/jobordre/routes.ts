import type { RouteDef } from "../../platform/http/route.ts";

/** Job orders (issue 5): the employer's and the company consultant's (docs/matching.md). */
export function jobordreRoutes(): RouteDef[] {
  return [];
}
