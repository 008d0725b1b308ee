import type { RouteDef } from "../../platform/http/route.ts";

/** Skills suggested from a pasted job-ad text (issue 5; docs/matching.md). */
export function annonceRoutes(): RouteDef[] {
  return [];
}
