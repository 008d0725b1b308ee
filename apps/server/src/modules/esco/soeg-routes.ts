import type { RouteDef } from "../../platform/http/route.ts";

/** Occupation search (issue 5): job titles to ESCO occupations (docs/matching.md). */
export function erhvervSoegRoutes(): RouteDef[] {
  return [];
}
