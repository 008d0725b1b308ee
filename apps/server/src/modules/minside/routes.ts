/**
 * Min side over HTTP: the citizen's overview (target group, plan, obligations with "why", next conversation), the
 * citizen's companion grants (create, list, revoke, new code), and the companion's public pages (open the link, type
 * the one-time code, read the overview in a companion session, end it). The companion routes never act on a login
 * session: their authority is the link's token, the code and the companion's own signed cookie.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { type CitizenAccess, recordAccess, recordCompanionAccess } from "../../platform/audit/access.ts";
import { type Tx, withTenant } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import {
  BISIDDER_MAKS_DAGE,
  BISIDDER_STANDARD_DAGE,
  bisidderStatus,
  gyldigTil,
  hashAf,
  kommuneAfToken,
  normaliserKode,
  nyKode,
  nytToken,
  visKode,
} from "./model.ts";
import { jobcenterKontakt, overblik } from "./overblik.ts";
import {
  type AdgangRaekke,
  adgang,
  adgangeFor,
  adgangForToken,
  afslutSession,
  aktivSession,
  fornyKode,
  indloesKode,
  markerBrugt,
  opretAdgang,
  tilbagekald,
} from "./store.ts";

/** The companion's cookie: `<grant id>.<random key>`, signed; the server keeps only the key's hash. */
export const BISIDDER_COOKIE = "ju_bisidder";
const COOKIE_STI = "/api/offentlig/bisidder";

const RESSOURCE = "minside/overblik";
const FORMAAL_BISIDDER = "Bisidderadgang givet af borgeren";

/** The logged-in citizen's grant to their own data (no log entry: a citizen's own reads are not logged). */
function egne(tx: Tx, ctx: RouteContext, ressource: string) {
  return recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource, formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );
}

function adgangOut(a: AdgangRaekke, nu: Date) {
  return {
    id: a.id,
    navn: a.navn,
    status: bisidderStatus(a, nu),
    oprettet: new Date(a.oprettet).toISOString(),
    gyldigTil: new Date(a.gyldig_til).toISOString(),
    tilbagekaldt: a.tilbagekaldt ? new Date(a.tilbagekaldt).toISOString() : null,
    sidstBrugt: a.sidst_brugt ? new Date(a.sidst_brugt).toISOString() : null,
    kodeUdstedt: new Date(a.kode_udstedt).toISOString(),
    kodeBrugt: a.kode_brugt ? new Date(a.kode_brugt).toISOString() : null,
  };
}

/** The link the companion opens (a page of the web app; the token is the last path segment). */
const linkSti = (token: string) => `/bisidder/${token}`;

/** The grant a token names, in the token's own municipality; 404 for anything else. */
async function medToken<T>(ctx: RouteContext, token: string, fn: (tx: Tx, a: AdgangRaekke) => Promise<T>) {
  const kommunekode = kommuneAfToken(token);
  if (!kommunekode) throw new AppError("NOT_FOUND");
  const findes = await ctx.db
    .selectFrom("kommune")
    .select("kommunekode")
    .where("kommunekode", "=", kommunekode)
    .executeTakeFirst();
  if (!findes) throw new AppError("NOT_FOUND");
  return withTenant(ctx.db, kommunekode, async (tx) => {
    const a = await adgangForToken(tx, token);
    if (!a) throw new AppError("NOT_FOUND");
    return fn(tx, a);
  });
}

/** The key of this browser's companion session for grant `adgangId`, from the signed cookie, if any. */
function cookieNoegle(ctx: RouteContext, adgangId: string): string | null {
  const raw = ctx.request.cookies[BISIDDER_COOKIE];
  if (!raw) return null;
  const u = ctx.request.unsignCookie(raw);
  if (!u.valid || !u.value) return null;
  const [id, noegle] = u.value.split(".");
  return id === adgangId && noegle ? noegle : null;
}

const cookieOpts = (ctx: RouteContext) => ({
  path: COOKIE_STI,
  httpOnly: true,
  sameSite: "strict" as const,
  secure: ctx.request.protocol === "https",
  signed: true,
});

const Token = z.object({ token: z.string().min(10).max(100) });
const Id = z.object({ id: z.uuid() });

/**
 * The access-control test calls the code route once per role and municipality with the same input; a code is single
 * use, so each call takes the next of the demo's unused test grants (seed/minside.ts).
 */
const naesteTestKode = (() => {
  const brugt = new Map<string, number>();
  return (kommunekode: string, koder: readonly { token: string; kode: string }[]) => {
    const n = brugt.get(kommunekode) ?? 0;
    brugt.set(kommunekode, n + 1);
    return koder[n % koder.length]!;
  };
})();

export function minsideRoutes() {
  return [
    // ------------------------------------------------------------------------------------------------ the citizen
    defineRoute({
      method: "GET",
      url: "/api/borger/overblik",
      summary:
        "Borgerens overblik: målgruppe og ydelse, sagsbehandler, den offentliggjorte plan, lovens krav med forklaring og henvisning, næste samtale og jobcentrets kontakt",
      allow: ["borger"],
      scope: "egne",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => overblik(tx, await egne(tx, ctx, RESSOURCE), ctx.clock.now(), ctx.lang)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/bisiddere",
      summary:
        "Borgerens bisiddere: hvem har (haft) læseadgang til overblikket, til hvornår, og hvornår den sidst blev brugt",
      allow: ["borger"],
      scope: "egne",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "minside/bisiddere");
          const nu = ctx.clock.now();
          return {
            maksDage: BISIDDER_MAKS_DAGE,
            standardDage: BISIDDER_STANDARD_DAGE,
            adgange: (await adgangeFor(tx, access)).map((a) => adgangOut(a, nu)),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/bisiddere",
      summary:
        "Giv en navngiven bisidder tidsbegrænset læseadgang til overblikket: svarer linket og engangskoden én gang (idempotent)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: z.object({
        navn: z.string().trim().min(2).max(100),
        dage: z.number().int().min(1).max(BISIDDER_MAKS_DAGE),
        idempotensnoegle: z.uuid(),
      }),
      sample: (f) => ({ own: { body: f.own.minside.nyBisidder } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "minside/bisiddere");
          const nu = ctx.clock.now();
          const token = nytToken(access.kommunekode);
          const kode = nyKode();
          const r = await opretAdgang(
            tx,
            access,
            {
              id: randomUUID(),
              navn: body.navn,
              gyldigTil: gyldigTil(nu, body.dage),
              tokenHash: hashAf(token),
              kodeHash: hashAf(kode),
              idempotens: body.idempotensnoegle,
            },
            nu,
          );
          if (!r) throw new AppError("IDEMPOTENS_KONFLIKT");
          return {
            adgang: adgangOut(r.adgang, nu),
            // only the request that created the grant can show them: neither is stored
            ...(r.ny ? { link: linkSti(token), kode: visKode(kode) } : { link: null, kode: null }),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/bisiddere/:id/tilbagekald",
      summary: "Tilbagekald en bisidders adgang; bisidderens sessioner slutter med det samme",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.minside.tilbagekaldtId } },
        foreign: { params: { id: f.foreign.minside.tilbagekaldtId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "minside/bisiddere");
          const a = await tilbagekald(tx, access, params.id, ctx.clock.now());
          if (!a) throw new AppError("NOT_FOUND");
          return adgangOut(a, ctx.clock.now());
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/bisiddere/:id/ny-kode",
      summary: "Giv en bisidder en ny engangskode (til en ny session, eller efter for mange forkerte koder)",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.minside.aktivId } },
        foreign: { params: { id: f.foreign.minside.aktivId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "minside/bisiddere");
          const nu = ctx.clock.now();
          const a = await adgang(tx, access, params.id);
          if (!a) throw new AppError("NOT_FOUND");
          const status = bisidderStatus(a, nu);
          if (status === "tilbagekaldt" || status === "udloebet") throw new AppError("BISIDDER_ADGANG_LUKKET");
          const kode = nyKode();
          const ny = (await fornyKode(tx, access, a.id, hashAf(kode), nu))!;
          return { adgang: adgangOut(ny, nu), kode: visKode(kode) };
        }),
    }),

    // ---------------------------------------------------------------------------------------------- the companion
    defineRoute({
      method: "GET",
      url: "/api/offentlig/bisidder/:token",
      summary:
        "Bisidderens side: adgangens status og, i en aktiv bisiddersession, borgerens overblik uden handlinger og uden CPR-nummer (hver læsning logges hos borgeren)",
      allow: "offentlig",
      scope: "public",
      rateLimitPerMinute: 30,
      params: Token,
      sample: (f) => ({ own: { params: { token: f.own.minside.bisidderToken } } }),
      handler: async ({ params }, ctx) => {
        const nu = ctx.clock.now();
        const svar = await medToken(ctx, params.token, async (tx, a) => {
          const status = bisidderStatus(a, nu);
          const jc = await jobcenterKontakt(tx);
          const basis = {
            status,
            gyldigTil: new Date(a.gyldig_til).toISOString(),
            jobcenter: jc ? { navn: jc.navn, telefon: jc.telefon } : null,
          };
          const noegle = cookieNoegle(ctx, a.id);
          const session = status === "aktiv" && noegle ? await aktivSession(tx, a.id, noegle, nu) : undefined;
          if (!session) return { ...basis, session: null, overblik: null };
          const access: CitizenAccess = await recordCompanionAccess(
            tx,
            { grantId: a.id, name: a.navn, kommunekode: a.kommunekode },
            {
              borgerId: a.borger_id,
              handling: "Bisidder læste overblikket",
              ressource: RESSOURCE,
              formaal: FORMAAL_BISIDDER,
            },
            nu,
          );
          await markerBrugt(tx, a.id, nu);
          return {
            ...basis,
            session: { udloeber: new Date(session.udloeber).toISOString(), bisidder: a.navn },
            overblik: await overblik(tx, access, nu, ctx.lang),
          };
        });
        ctx.reply.header("cache-control", "no-store");
        // the code form posts with this token (the companion has no login session)
        return { ...svar, csrfToken: ctx.reply.generateCsrf() };
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/offentlig/bisidder/:token/kode",
      summary:
        "Bisidderen indtaster engangskoden: rigtig kode starter en bisiddersession (koden kan ikke bruges igen); for mange forkerte spærrer adgangen",
      allow: "offentlig",
      scope: "public",
      // the code has 10^8 values and a grant locks after 5 wrong tries; guessing across grants is slowed down too
      rateLimitPerMinute: 20,
      params: Token,
      body: z.object({ kode: z.string().trim().min(1).max(20) }),
      sample: (f) => {
        const t = naesteTestKode(f.own.kommunekode, f.own.minside.testKoder);
        return { own: { params: { token: t.token }, body: { kode: t.kode } } };
      },
      handler: async ({ params, body }, ctx) => {
        const nu = ctx.clock.now();
        const kode = normaliserKode(body.kode);
        const noegle = randomBytes(32).toString("base64url");
        const udfald = await medToken(ctx, params.token, async (tx, a) => {
          if (!kode) return { udfald: "ugyldig" as const };
          const r = await indloesKode(tx, a.id, kode, { id: randomUUID(), noegle }, nu);
          if (r.udfald === "ok") {
            await recordCompanionAccess(
              tx,
              { grantId: a.id, name: a.navn, kommunekode: a.kommunekode },
              {
                borgerId: a.borger_id,
                handling: "Bisidder åbnede adgangen med engangskode",
                ressource: RESSOURCE,
                formaal: FORMAAL_BISIDDER,
              },
              nu,
            );
          }
          return r;
        });
        // refused after the transaction: a wrong try is counted even though the request fails
        if (udfald.udfald === "ugyldig")
          throw new AppError("VALIDATION_FAILED", [{ path: "body.kode", message: kodeFejl(ctx, null) }]);
        if (udfald.udfald === "forkert")
          throw new AppError("VALIDATION_FAILED", [{ path: "body.kode", message: kodeFejl(ctx, udfald.tilbage) }]);
        if (udfald.udfald === "lukket") throw new AppError("BISIDDER_ADGANG_LUKKET");
        ctx.reply.setCookie(BISIDDER_COOKIE, `${udfald.adgang.id}.${noegle}`, {
          ...cookieOpts(ctx),
          expires: udfald.udloeber,
        });
        return { status: "aktiv", udloeber: udfald.udloeber.toISOString() };
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/offentlig/bisidder/:token/afslut",
      summary: "Bisidderen afslutter sin session",
      allow: "offentlig",
      scope: "public",
      rateLimitPerMinute: 30,
      params: Token,
      sample: (f) => ({ own: { params: { token: f.own.minside.bisidderToken } } }),
      handler: async ({ params }, ctx) => {
        await medToken(ctx, params.token, async (tx, a) => {
          const noegle = cookieNoegle(ctx, a.id);
          if (noegle) await afslutSession(tx, a.id, noegle, ctx.clock.now());
        });
        ctx.reply.clearCookie(BISIDDER_COOKIE, { path: COOKIE_STI });
        return { ok: true };
      },
    }),
  ];
}

function kodeFejl(ctx: RouteContext, tilbage: number | null): string {
  if (tilbage === null)
    return ctx.lang === "en" ? "The code has 8 digits, e.g. 1234 5678." : "Koden har 8 cifre, fx 1234 5678.";
  if (tilbage === 0)
    return ctx.lang === "en"
      ? "The code is wrong. The access is now locked: ask the citizen for a new code."
      : "Koden er forkert. Adgangen er nu spærret: bed borgeren om en ny kode.";
  return ctx.lang === "en"
    ? `The code is wrong. You have ${tilbage} ${tilbage === 1 ? "try" : "tries"} left.`
    : `Koden er forkert. Du har ${tilbage} forsøg tilbage.`;
}
