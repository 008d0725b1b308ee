import { MAALGRUPPE_KODER } from "#contracts/maalgrupper.ts";
import { defineRoute } from "../../platform/http/route.ts";
import { maalgruppeOf } from "../borger/model.ts";

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
  ];
}
