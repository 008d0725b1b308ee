/**
 * Occupation search over HTTP (docs/erhvervssoegning.md): a job title as a person types it → ESCO occupations,
 * ranked. The taxonomy is reference data without personal or municipal data: any logged-in role may search it.
 * The route is the exact path /api/esco/erhverv with a query string (the occupation itself is /api/esco/erhverv/:uri).
 */
import { z } from "zod";
import { ROLES } from "#contracts/roles.ts";
import { defineRoute, type RouteDef } from "../../platform/http/route.ts";
import { soegErhvervIDb } from "./soeg-store.ts";

const ErhvervQuery = z.object({
  q: z.string().trim().min(1, "Skriv en jobtitel").max(200, "Skriv højst 200 tegn"),
  n: z.coerce.number().int().min(1).max(20).default(10),
});

export function erhvervSoegRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/esco/erhverv",
      summary:
        "Find ESCO-erhverv ud fra en jobtitel, som den skrives (stavefejl, bøjninger, forkortelser, sammensatte ord)",
      allow: ROLES,
      scope: "public",
      query: ErhvervQuery,
      sample: () => ({ own: { query: { q: "sosu assistent", n: "5" } } }),
      handler: async ({ query }, ctx) => {
        const forslag = await ctx.tenant((tx) => soegErhvervIDb(tx, ctx.db, query.q, query.n));
        return { forslag };
      },
    }),
  ];
}
