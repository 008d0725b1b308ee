import { z } from "zod";
import { defineRoute } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { dagFraIso } from "./kalender.ts";
import { aendringer, regelsaetPaa } from "./regelsaet.ts";

const ROLES = ["admin", "leder"] as const;
const IsoDato = z.iso.date();

/** The rule set as data for those who must check it: what is in force on a day, and what changed between two. */
export function reglerRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/admin/regelsaet",
      summary: "Regelsættet i kraft på en dato: hver regel med lovhenvisning, ikrafttræden, ophør og sikkerhed",
      allow: ROLES,
      scope: "public",
      query: z.object({ dato: IsoDato.optional() }),
      sample: () => ({ own: { query: { dato: "2026-07-01" } } }),
      handler: async ({ query }, ctx) => {
        const dato = query.dato ?? danishDate(ctx.clock.now());
        return { dato, regler: regelsaetPaa(dagFraIso(dato)) };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/admin/regelsaet/aendringer",
      summary: "Regler der er kommet til, ophørt eller ændret mellem to datoer",
      allow: ROLES,
      scope: "public",
      query: z.object({ fra: IsoDato, til: IsoDato }),
      sample: () => ({ own: { query: { fra: "2026-06-30", til: "2026-07-01" } } }),
      handler: async ({ query }) => aendringer(dagFraIso(query.fra), dagFraIso(query.til)),
    }),
  ];
}
