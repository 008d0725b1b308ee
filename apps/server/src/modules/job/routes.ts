import type { RouteDef } from "../../platform/http/route.ts";

/** Matching and contact (issue 5): matched jobs, candidates, contact requests, consent, the opgavebørs (docs/matching.md). */
export function jobRoutes(): RouteDef[] {
  return [];
}
