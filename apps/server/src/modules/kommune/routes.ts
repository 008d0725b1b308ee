import { defineRoute } from "../../platform/http/route.ts";
import { AppError } from "../../platform/http/errors.ts";

/** The municipality's own settings and its staff, for its administrator. */
export function kommuneRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/admin/kommune",
      summary: "Kommunens indstillinger (navn, kode, adresse, åbningstider) og dens medarbejdere med roller",
      allow: ["admin"],
      scope: "kommune",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => {
          const k = await tx
            .selectFrom("kommune")
            .innerJoin("kommune_indstillinger as i", "i.kommunekode", "kommune.kommunekode")
            .select([
              "kommune.kommunekode",
              "kommune.navn",
              "i.jobcenter_navn",
              "i.adresse",
              "i.postnr",
              "i.bynavn",
              "i.telefon",
              "i.email",
              "i.aabningstider",
            ])
            .where("kommune.kommunekode", "=", ctx.user.kommunekode)
            .executeTakeFirst();
          if (!k) throw new AppError("NOT_FOUND");
          const staff = await tx
            .selectFrom("bruger")
            .select(["id", "navn", "rolle", "titel", "team", "email"])
            .where("rolle", "in", ["jobkonsulent", "virksomhedskonsulent", "leder", "admin"])
            .where("aktiv", "=", true)
            .orderBy("rolle")
            .orderBy("navn")
            .execute();
          return {
            kommunekode: k.kommunekode,
            navn: k.navn,
            jobcenterNavn: k.jobcenter_navn,
            adresse: k.adresse,
            postnr: k.postnr,
            bynavn: k.bynavn,
            telefon: k.telefon,
            email: k.email,
            aabningstider: k.aabningstider,
            medarbejdere: staff,
          };
        }),
    }),
  ];
}
