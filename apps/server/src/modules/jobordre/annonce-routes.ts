/**
 * Skills suggested from a pasted job-ad text (docs/annonce.md): the employer (or the company consultant or job
 * consultant helping one) pastes the ad; the answer is the ESCO skills of the taxonomy the text mentions, with the
 * words that matched, for the employer to accept or edit. No personal or municipal data is read or stored.
 */
import { z } from "zod";
import { defineRoute, type RouteDef } from "../../platform/http/route.ts";
import { udtraekFaerdigheder } from "./annonce.ts";
import { annonceLeksikon } from "./annonce-store.ts";

/** At most this many suggestions (an ad that names more is a list, not an ad). */
const MAKS_FORSLAG = 40;

const Body = z.object({
  tekst: z.string().trim().min(1, "Indsæt annoncens tekst").max(20_000, "Teksten må højst have 20.000 tegn"),
});

/** A fixed Danish ad for the access-control test's calls. */
export const EKSEMPEL_ANNONCE =
  "Tømrer søges til Roskilde Tømrer & Snedker ApS. Du kan læse tegninger, bruger el-værktøj og personlige " +
  "værnemidler, sorterer affald og arbejder selvstændigt. Truckcertifikat er en fordel.";

export function annonceRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: "POST",
      url: "/api/jobordre/annonce/faerdigheder",
      summary: "Foreslå ESCO-færdigheder ud fra en indsat jobannonce",
      allow: ["virksomhed", "virksomhedskonsulent", "jobkonsulent"],
      scope: "public",
      body: Body,
      sample: () => ({ own: { body: { tekst: EKSEMPEL_ANNONCE } } }),
      handler: async ({ body }, ctx) => {
        const l = await ctx.tenant((tx) => annonceLeksikon(ctx.db, tx));
        const forslag = udtraekFaerdigheder(body.tekst, l.leksikon)
          .slice(0, MAKS_FORSLAG)
          .map((f) => (ctx.lang === "en" ? { ...f, titel: l.titlerEn.get(f.uri) ?? f.titel } : f));
        return { forslag };
      },
    }),
  ];
}
