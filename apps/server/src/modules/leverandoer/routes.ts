import { AppError } from "../../platform/http/errors.ts";
import { defineRoute } from "../../platform/http/route.ts";

/** The provider user's own organisation. */
export function leverandoerRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/leverandoer/mig",
      summary: "Den leverandørorganisation den indloggede bruger repræsenterer",
      allow: ["leverandoer"],
      scope: "leverandoer",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => {
          const l = await tx
            .selectFrom("leverandoer")
            .select(["id", "navn", "cvr"])
            .where("id", "=", ctx.user.leverandoerId ?? "00000000-0000-0000-0000-000000000000")
            .executeTakeFirst();
          if (!l) throw new AppError("NOT_FOUND");
          return l;
        }),
    }),
  ];
}
