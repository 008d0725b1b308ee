import type { RouteDef } from "../../platform/http/route.ts";

/** ESCO (issue 5): the taxonomy's occupations and skills, and the import status (docs/esco.md). */
export function escoRoutes(): RouteDef[] {
  return [];
}
