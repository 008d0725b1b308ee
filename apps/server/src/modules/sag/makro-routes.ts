import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError, type Lang } from "../../platform/http/errors.ts";
import { defineRoute } from "../../platform/http/route.ts";
import {
  alleMakrotekster,
  MAKRO_KATEGORIER,
  makroFejl,
  referatKatalog,
  makroKatalog,
  opdaterMakrotekst,
  opretMakrotekst,
} from "./makrotekster.ts";

/** As for notes: a macro text becomes a note, and control characters never belong in one. Line breaks and tabs stay. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove control characters
const utenKontroltegn = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
const Titel = z.string().transform(utenKontroltegn).pipe(z.string().trim().min(1).max(200));
const Tekst = z.string().transform(utenKontroltegn).pipe(z.string().trim().min(1).max(20_000));
const Kategori = z.enum(MAKRO_KATEGORIER);

/** Refuses a text whose placeholders are not all in the catalogue, naming the unknown ones. */
function kontroller(tekst: string | undefined, lang: Lang, kategori?: string) {
  if (tekst === undefined) return;
  const fejl = makroFejl(tekst, lang, kategori);
  if (fejl.length) throw new AppError("VALIDATION_FAILED", fejl);
}

/** The administrator maintains the municipality's macro texts for journal notes. */
export function makroRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/admin/makrotekster",
      summary: "Kommunens makrotekster, også de deaktiverede, med listen over felter, en tekst kan bruge",
      allow: ["admin"],
      scope: "kommune",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => ({
          makrotekster: await alleMakrotekster(tx),
          felter: makroKatalog(),
          referatFelter: referatKatalog(),
          kategorier: MAKRO_KATEGORIER,
        })),
    }),
    defineRoute({
      method: "POST",
      url: "/api/admin/makrotekster",
      summary: "Opret en makrotekst; alle felter i teksten skal findes. Med en idempotensnøgle gemmes den kun én gang",
      allow: ["admin"],
      scope: "kommune",
      status: 201,
      body: z.object({
        titel: Titel,
        kategori: Kategori,
        tekst: Tekst,
        idempotensnoegle: z.uuid().optional(),
      }),
      sample: () => ({
        own: { body: { titel: "Adgangstest", kategori: "notat", tekst: "Notat om {{navn}} den {{dato}}." } },
      }),
      handler: async ({ body }, ctx) => {
        kontroller(body.tekst, ctx.lang, body.kategori);
        return ctx.tenant(async (tx) => {
          const m = await opretMakrotekst(tx, ctx.user.kommunekode, body.idempotensnoegle ?? randomUUID(), {
            titel: body.titel,
            kategori: body.kategori,
            tekst: body.tekst,
          });
          if (!m)
            throw new AppError("VALIDATION_FAILED", [
              {
                path: "body.idempotensnoegle",
                message: ctx.lang === "en" ? "The key is already in use." : "Nøglen er allerede brugt.",
              },
            ]);
          return m;
        });
      },
    }),
    defineRoute({
      method: "PUT",
      url: "/api/admin/makrotekster/:id",
      summary:
        "Ret en makrotekst (titel, kategori, tekst) eller deaktiver/aktiver den; felter, der udelades, er uændrede. Slettes aldrig",
      allow: ["admin"],
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      body: z.object({
        titel: Titel.optional(),
        kategori: Kategori.optional(),
        tekst: Tekst.optional(),
        aktiv: z.boolean().optional(),
      }),
      sample: (f) => ({
        own: { params: { id: f.own.makroId }, body: { aktiv: true } },
        foreign: { params: { id: f.foreign.makroId }, body: { aktiv: true } },
      }),
      handler: async ({ params, body }, ctx) => {
        return ctx.tenant(async (tx) => {
          if (body.tekst !== undefined || body.kategori !== undefined) {
            // the text must suit the category it ends up with (a minutes template has the minutes' own fields)
            const nu = await tx
              .selectFrom("makrotekst")
              .select(["kategori", "tekst"])
              .where("id", "=", params.id)
              .executeTakeFirst();
            if (nu) kontroller(body.tekst ?? nu.tekst, ctx.lang, body.kategori ?? nu.kategori);
          }
          const m = await opdaterMakrotekst(tx, params.id, body);
          if (!m) throw new AppError("NOT_FOUND");
          return m;
        });
      },
    }),
  ];
}
