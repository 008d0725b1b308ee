import { AppError } from "../../platform/http/errors.ts";
import { defineRoute } from "../../platform/http/route.ts";

/** The employer's own company (bound to the CVR number the user logged in for). */
export function virksomhedRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/virksomhed/mig",
      summary: "Virksomheden (CVR) den indloggede virksomhedsbruger handler på vegne af",
      allow: ["virksomhed"],
      scope: "cvr",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => {
          const v = await tx
            .selectFrom("virksomhed")
            .innerJoin("kommune", "kommune.kommunekode", "virksomhed.kommunekode")
            .select(["virksomhed.cvr", "virksomhed.navn", "kommune.navn as kommunenavn"])
            .where("virksomhed.cvr", "=", ctx.user.cvr ?? "")
            .executeTakeFirst();
          if (!v) throw new AppError("NOT_FOUND");
          return v;
        }),
    }),
  ];
}
