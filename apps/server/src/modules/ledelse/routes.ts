import { z } from "zod";
import { MAALGRUPPE_KODER } from "#contracts/maalgrupper.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { maalgruppeOf } from "../borger/model.ts";
import { dagFraIso, isoFraDag } from "../regler/kalender.ts";
import { evaluerKohorter } from "../regler/kohorte.ts";
import { alleForloeb } from "../sag/store.ts";

/** The manager's first overview: aggregates only, no named citizen (so nothing here is an access to personal data). */
export function ledelseRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/ledelse/overblik",
      summary: "Antal borgere pr. målgruppe, jobkonsulenter og sager pr. jobkonsulent i egen kommune",
      allow: ["leder"],
      scope: "kommune",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => {
          const groups = await tx
            .selectFrom("borger")
            .select(["maalgruppe", (eb) => eb.fn.countAll<number>().as("antal")])
            .groupBy("maalgruppe")
            .execute();
          const staff = await tx
            .selectFrom("bruger")
            .select((eb) => eb.fn.countAll<number>().as("antal"))
            .where("rolle", "=", "jobkonsulent")
            .where("aktiv", "=", true)
            .executeTakeFirstOrThrow();
          const byCode = new Map(groups.map((g) => [g.maalgruppe, Number(g.antal)]));
          const borgere = [...byCode.values()].reduce((a, b) => a + b, 0);
          const jobkonsulenter = Number(staff.antal);
          return {
            borgere,
            perMaalgruppe: MAALGRUPPE_KODER.map((kode) => ({
              ...maalgruppeOf(kode, ctx.lang),
              antal: byCode.get(kode) ?? 0,
            })),
            jobkonsulenter,
            sagerPrJobkonsulent: jobkonsulenter ? Math.round((borgere / jobkonsulenter) * 10) / 10 : 0,
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/ledelse/kohorter",
      summary:
        "Kvoter over kommunens kohorter (fx samtaler og tilbud til mindst 75 %, lov nr. 1750/2025) for borgere, der startede i en periode",
      allow: ["leder"],
      scope: "kommune",
      query: z.object({ fra: z.iso.date().optional(), til: z.iso.date().optional() }),
      sample: () => ({ own: { query: { fra: "2026-07-01", til: "2026-11-23" } } }),
      handler: async ({ query }, ctx) => {
        const idag = dagFraIso(danishDate(ctx.clock.now()));
        const til = query.til ? dagFraIso(query.til) : idag;
        const fra = query.fra ? dagFraIso(query.fra) : til - 182;
        if (fra > til)
          throw new AppError("VALIDATION_FAILED", [{ path: "query.fra", message: "fra skal være før til" }]);
        const sager = await ctx.tenant((tx) => alleForloeb(tx));
        return {
          periode: { fra: isoFraDag(fra), til: isoFraDag(til) },
          kvoter: evaluerKohorter(sager, { fra, til }, { dag: Math.min(idag, til) }),
        };
      },
    }),
  ];
}
