/**
 * ESCO over HTTP (docs/esco.md): an occupation with its skills, the skill label search, and the administrator's view
 * of the taxonomy and its imports. The taxonomy is reference data without personal or municipal data: any logged-in
 * role may read it.
 */
import { z } from "zod";
import { ROLES } from "#contracts/roles.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteDef } from "../../platform/http/route.ts";
import { demoTaksonomi } from "./demo-taksonomi.ts";
import { ERHVERV_PREFIX } from "./import-model.ts";
import { erhvervMedFaerdigheder, escoStatus, soegFaerdigheder } from "./store.ts";

const ErhvervParams = z.object({ uri: z.string().startsWith(ERHVERV_PREFIX).max(200) });
const FaerdighedQuery = z.object({
  q: z.string().trim().max(100, "Skriv højst 100 tegn").default(""),
  n: z.coerce.number().int().min(1).max(50).default(10),
});

/** A demo occupation for the access-control test's calls (the taxonomy is the same in every municipality). */
const eksempelErhverv = () => demoTaksonomi().erhverv[0]!.uri;

export function escoRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/esco/erhverv/:uri",
      summary: "Et ESCO-erhverv med ISCO-gruppe og væsentlige og valgfrie færdigheder",
      allow: ROLES,
      scope: "public",
      params: ErhvervParams,
      sample: () => ({ own: { params: { uri: eksempelErhverv() } } }),
      handler: async ({ params }, ctx) => {
        const sprog = ctx.lang === "en" ? "en" : "da";
        const e = await ctx.tenant((tx) => erhvervMedFaerdigheder(tx, params.uri, sprog));
        if (!e) throw new AppError("NOT_FOUND");
        return e;
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/esco/faerdigheder",
      summary: "Søg ESCO-færdigheder på dansk eller engelsk betegnelse",
      allow: ROLES,
      scope: "public",
      query: FaerdighedQuery,
      sample: () => ({ own: { query: { q: "kunde", n: "5" } } }),
      handler: async ({ query }, ctx) => {
        const sprog = ctx.lang === "en" ? "en" : "da";
        const forslag = await ctx.tenant((tx) => soegFaerdigheder(tx, query.q, query.n, sprog));
        return { forslag };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/admin/esco",
      summary: "ESCO-taksonomiens omfang og importer",
      allow: ["admin"],
      scope: "public",
      handler: async (_i, ctx) => ctx.tenant((tx) => escoStatus(tx)),
    }),
  ];
}
