/**
 * The marketplace's data (docs/marketplace.md): offers and their modules, the token ledger, enrolments and what
 * providers report. Every function runs inside a tenant transaction (row-level security keeps each municipality's
 * data its own). Writes that a retry could repeat carry a key and answer the first result again.
 *
 * Concurrency:
 *  - a spend locks the wallet's row (SELECT … FOR UPDATE) and derives the balance from the ledger under the lock, so
 *    concurrent spends on one wallet are serialised and can never overspend;
 *  - a seat in a live or physical module is taken by one conditional UPDATE (optaget < kapacitet), which PostgreSQL
 *    re-checks on the locked row, so a module cannot be oversold; the CHECK constraint is the last line of defence.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { MAALGRUPPER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { danishDate } from "../../platform/time.ts";
import { dagFraIso, datoTekst, isoFraDag } from "../regler/kalender.ts";
import { skrivHaendelse } from "../sag/store.ts";
import {
  STRAKS_ARTER,
  kanSkifte,
  type PostArt,
  refusion,
  regnskab,
  slutdag,
  type UdbudInput,
  type UdbudStatus,
  uger,
} from "./model.ts";
import { planlaegWebhook } from "./webhook.ts";

export interface Aktoer {
  /** the user, or null for a provider's API key or the system */
  id: string | null;
  navn: string;
}

const UDBUD_KOLONNER = [
  "udbud.id",
  "udbud.leverandoer_id",
  "udbud.titel",
  "udbud.beskrivelse",
  "udbud.art",
  "udbud.sprog",
  "udbud.niveau",
  "udbud.varighed_uger",
  "udbud.timer_pr_uge",
  "udbud.kompetencer",
  "udbud.maalgrupper",
  "udbud.pris_tokens",
  "udbud.abonnement",
  "udbud.status",
  "udbud.status_aarsag",
  "udbud.behandlet",
  "udbud.oprettet",
  "udbud.opdateret",
] as const;

export async function udbud(tx: Tx, id: string) {
  const u = await tx
    .selectFrom("udbud")
    .innerJoin("leverandoer", "leverandoer.id", "udbud.leverandoer_id")
    .select([...UDBUD_KOLONNER, "leverandoer.navn as leverandoer_navn"])
    .where("udbud.id", "=", id)
    .executeTakeFirst();
  if (!u) return undefined;
  const moduler = await tx
    .selectFrom("udbud_modul")
    .select(["id", "titel", "form", "start", "slut", "sted", "kapacitet", "optaget"])
    .where("udbud_id", "=", id)
    .orderBy("start")
    .execute();
  return { ...u, moduler };
}
export type Udbud = NonNullable<Awaited<ReturnType<typeof udbud>>>;

export interface UdbudFilter {
  status?: UdbudStatus;
  leverandoerId?: string;
  sprog?: string;
  niveau?: string;
  art?: string;
  maksUger?: number;
  kompetence?: string;
  maalgruppe?: string;
  q?: string;
}

/** Offers by filter, newest first, with their provider and, for live and physical parts, the free seats. */
export async function udbudListe(tx: Tx, f: UdbudFilter, now: Date, limit = 200) {
  let q = tx
    .selectFrom("udbud")
    .innerJoin("leverandoer", "leverandoer.id", "udbud.leverandoer_id")
    .select([
      ...UDBUD_KOLONNER,
      "leverandoer.navn as leverandoer_navn",
      sql<
        number | null
      >`(select min(m.kapacitet - m.optaget)::int from udbud_modul m where m.udbud_id = udbud.id and m.start > ${now})`.as(
        "ledige_pladser",
      ),
      sql<Date | null>`(select min(m.start) from udbud_modul m where m.udbud_id = udbud.id and m.start > ${now})`.as(
        "naeste_modul",
      ),
      sql<number>`(select count(*)::int from tilmelding t where t.udbud_id = udbud.id and t.status in ('tilmeldt', 'startet', 'gennemfoert'))`.as(
        "antal_tilmeldte",
      ),
    ]);
  if (f.status) q = q.where("udbud.status", "=", f.status);
  if (f.leverandoerId) q = q.where("udbud.leverandoer_id", "=", f.leverandoerId);
  if (f.sprog) q = q.where(sql<boolean>`${f.sprog} = any(udbud.sprog)`);
  if (f.niveau) q = q.where("udbud.niveau", "=", f.niveau as "begynder");
  if (f.art) q = q.where("udbud.art", "=", f.art as "online");
  if (f.maksUger) q = q.where("udbud.varighed_uger", "<=", f.maksUger);
  if (f.kompetence) q = q.where(sql<boolean>`${f.kompetence} = any(udbud.kompetencer)`);
  if (f.maalgruppe)
    q = q.where(sql<boolean>`(cardinality(udbud.maalgrupper) = 0 or ${f.maalgruppe} = any(udbud.maalgrupper))`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb("udbud.titel", "ilike", like), eb("udbud.beskrivelse", "ilike", like)]));
  }
  return q.orderBy("udbud.opdateret", "desc").orderBy("udbud.id").limit(limit).execute();
}

async function skrivModuler(tx: Tx, udbudId: string, moduler: UdbudInput["moduler"]) {
  if (moduler.length === 0) return;
  await tx
    .insertInto("udbud_modul")
    .values(
      moduler.map((m) => ({
        id: randomUUID(),
        kommunekode: sql<string>`current_kommunekode()`,
        udbud_id: udbudId,
        titel: m.titel,
        form: m.form,
        start: m.start,
        slut: m.slut,
        sted: m.sted ?? null,
        kapacitet: m.kapacitet,
      })),
    )
    .execute();
}

function kolonner(input: UdbudInput) {
  return {
    titel: input.titel,
    beskrivelse: input.beskrivelse,
    art: input.art,
    sprog: input.sprog,
    niveau: input.niveau,
    varighed_uger: input.varighedUger,
    timer_pr_uge: input.timerPrUge,
    kompetencer: input.kompetencer,
    maalgrupper: input.maalgrupper,
    pris_tokens: input.prisTokens,
    abonnement: input.abonnement,
  };
}

/** A provider's new offer, as a draft or submitted for approval (idempotent by the key). */
export async function opretUdbud(
  tx: Tx,
  leverandoerId: string,
  input: UdbudInput,
  opts: { indsend: boolean; idempotens: string; id?: string },
  now: Date,
) {
  const findes = await tx
    .selectFrom("udbud")
    .select(["id", "leverandoer_id"])
    .where("idempotens", "=", opts.idempotens)
    .executeTakeFirst();
  if (findes) {
    if (findes.leverandoer_id !== leverandoerId)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.idempotensnoegle", message: "Nøglen er allerede brugt til et andet udbud" },
      ]);
    return (await udbud(tx, findes.id))!;
  }
  const id = opts.id ?? randomUUID();
  await tx
    .insertInto("udbud")
    .values({
      id,
      kommunekode: sql<string>`current_kommunekode()`,
      leverandoer_id: leverandoerId,
      ...kolonner(input),
      status: opts.indsend ? "indsendt" : "kladde",
      oprettet: now,
      opdateret: now,
      idempotens: opts.idempotens,
    })
    .execute();
  await skrivModuler(tx, id, input.moduler);
  return (await udbud(tx, id))!;
}

/** The provider's change to an offer not yet live (an approved offer is withdrawn and a new one submitted instead). */
export async function opdaterUdbud(tx: Tx, leverandoerId: string, id: string, input: UdbudInput, now: Date) {
  const u = await egetUdbud(tx, leverandoerId, id, true);
  if (u.status === "godkendt" || u.status === "tilbagetrukket") throw new AppError("UDBUD_LAAST");
  await tx
    .updateTable("udbud")
    .set({ ...kolonner(input), opdateret: now })
    .where("id", "=", id)
    .execute();
  await tx.deleteFrom("udbud_modul").where("udbud_id", "=", id).execute();
  await skrivModuler(tx, id, input.moduler);
  return (await udbud(tx, id))!;
}

async function egetUdbud(tx: Tx, leverandoerId: string | null, id: string, laas = false) {
  let q = tx.selectFrom("udbud").select(["id", "status", "leverandoer_id"]).where("id", "=", id);
  if (laas) q = q.forUpdate();
  const u = await q.executeTakeFirst();
  if (!u || (leverandoerId !== null && u.leverandoer_id !== leverandoerId)) throw new AppError("NOT_FOUND");
  return u;
}

/**
 * Moves an offer to a new status: the provider submits or withdraws its own, the municipality approves or rejects.
 * Asking for the status it already has answers it as it is (a retry changes nothing).
 */
export async function skiftStatus(
  tx: Tx,
  id: string,
  til: UdbudStatus,
  af: Aktoer,
  opts: { leverandoerId: string | null; aarsag?: string | null },
  now: Date,
) {
  const u = await egetUdbud(tx, opts.leverandoerId, id, true);
  if (u.status === til) return (await udbud(tx, id))!;
  if (!kanSkifte(u.status, til)) throw new AppError("UDBUD_STATUS");
  const kommune = til === "godkendt" || til === "afvist";
  await tx
    .updateTable("udbud")
    .set({
      status: til,
      status_aarsag: opts.aarsag ?? null,
      opdateret: now,
      ...(kommune ? { behandlet: now, behandlet_af: af.id } : {}),
    })
    .where("id", "=", id)
    .execute();
  return (await udbud(tx, id))!;
}

/* ----------------------------------------------------------------- the token ledger */

/** The wallet of a citizen, or of the municipality (borgerId null), created on first use. */
export async function konto(tx: Tx, borgerId: string | null, now: Date, laas = false): Promise<string> {
  const find = () => {
    let q = tx.selectFrom("token_konto").select("id");
    q = borgerId === null ? q.where("borger_id", "is", null) : q.where("borger_id", "=", borgerId);
    return (laas ? q.forUpdate() : q).executeTakeFirst();
  };
  const f = await find();
  if (f) return f.id;
  await tx
    .insertInto("token_konto")
    .values({ id: randomUUID(), kommunekode: sql<string>`current_kommunekode()`, borger_id: borgerId, oprettet: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return (await find())!.id;
}

export async function saldo(tx: Tx, kontoId: string): Promise<number> {
  const r = await tx
    .selectFrom("token_post")
    .select(sql<number>`coalesce(sum(antal), 0)::int`.as("s"))
    .where("konto_id", "=", kontoId)
    .executeTakeFirstOrThrow();
  return r.s;
}

interface Post {
  kontoId: string;
  art: PostArt;
  antal: number;
  overfoersel: string;
  tekst: string;
  noegle: string;
  tilmeldingId?: string | null;
  regelId?: string | null;
}

async function bogfoer(tx: Tx, poster: Post[], af: Aktoer, now: Date) {
  await tx
    .insertInto("token_post")
    .values(
      poster.map((p) => ({
        id: randomUUID(),
        kommunekode: sql<string>`current_kommunekode()`,
        konto_id: p.kontoId,
        art: p.art,
        antal: p.antal,
        overfoersel: p.overfoersel,
        tilmelding_id: p.tilmeldingId ?? null,
        regel_id: p.regelId ?? null,
        tekst: p.tekst,
        af_bruger_id: af.id,
        af_navn: af.navn,
        tidspunkt: now,
        noegle: p.noegle,
      })),
    )
    .execute();
}

async function bogfoert(tx: Tx, noegle: string) {
  return tx.selectFrom("token_post").select("id").where("noegle", "=", noegle).executeTakeFirst();
}

/** Adds tokens to the municipality's budget (idempotent by the key). */
export async function tilfoejBudget(tx: Tx, antal: number, tekst: string, noegle: string, af: Aktoer, now: Date) {
  if (!(await bogfoert(tx, `budget:${noegle}`))) {
    const k = await konto(tx, null, now, true);
    await bogfoer(
      tx,
      [{ kontoId: k, art: "budget", antal, overfoersel: randomUUID(), tekst, noegle: `budget:${noegle}` }],
      af,
      now,
    );
  }
  return tokenOverblik(tx);
}

/**
 * Grants a rule's tokens to every citizen now in its target group who has not had this rule's grant: one transfer
 * out of the budget per citizen, all or nothing (an insufficient budget grants nobody). Answers how many got tokens.
 */
export async function tildel(tx: Tx, regelId: string, af: Aktoer, now: Date) {
  const regel = await tx.selectFrom("token_regel").selectAll().where("id", "=", regelId).executeTakeFirst();
  if (!regel) throw new AppError("NOT_FOUND");
  const idag = danishDate(now);
  if (regel.gyldig_fra > idag || (regel.gyldig_til && regel.gyldig_til < idag))
    throw new AppError("TOKEN_REGEL_IKKE_GYLDIG");
  const kommunen = await konto(tx, null, now, true);
  const modtagere = await tx
    .selectFrom("borger")
    .select(["borger.id"])
    .where("borger.maalgruppe", "=", regel.maalgruppe)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("token_post")
            .select("token_post.id")
            .where("token_post.regel_id", "=", regelId)
            .where("token_post.art", "=", "tildeling")
            .where("token_post.antal", ">", 0)
            .where("token_post.konto_id", "=", (eb) =>
              eb.selectFrom("token_konto").select("token_konto.id").whereRef("token_konto.borger_id", "=", "borger.id"),
            ),
        ),
      ),
    )
    .orderBy("borger.id")
    .execute();
  if (modtagere.length === 0) return { modtagere: 0, tokens: 0 };
  const i_alt = modtagere.length * regel.tokens;
  if ((await saldo(tx, kommunen)) < i_alt) throw new AppError("TOKEN_BUDGET_UTILSTRAEKKELIG");
  const poster: Post[] = [];
  for (const b of modtagere) {
    const k = await konto(tx, b.id, now);
    const overfoersel = randomUUID();
    const gruppe = MAALGRUPPER[regel.maalgruppe as Maalgruppe]?.da.toLowerCase() ?? regel.maalgruppe;
    const tekst = `Tildeling efter kommunens regel: ${regel.tokens} tokens til hver ${gruppe}`;
    poster.push(
      {
        kontoId: kommunen,
        art: "tildeling",
        antal: -regel.tokens,
        overfoersel,
        tekst,
        noegle: `tildeling-ud:${regelId}:${b.id}`,
        regelId,
      },
      {
        kontoId: k,
        art: "tildeling",
        antal: regel.tokens,
        overfoersel,
        tekst,
        noegle: `tildeling:${regelId}:${b.id}`,
        regelId,
      },
    );
  }
  for (let i = 0; i < poster.length; i += 1000) await bogfoer(tx, poster.slice(i, i + 1000), af, now);
  return { modtagere: modtagere.length, tokens: i_alt };
}

/**
 * Expires tokens granted under a rule with an expiry, for grants older than its days: the part of the grant the
 * citizen has not spent (spending uses the oldest tokens first) leaves the wallet as an 'udloeb' entry. Idempotent.
 */
export async function udloeb(tx: Tx, now: Date) {
  const forfaldne = await tx
    .selectFrom("token_post as p")
    .innerJoin("token_regel as r", "r.id", "p.regel_id")
    .select(["p.id", "p.konto_id", "p.antal", "p.tidspunkt", "r.udloeb_dage"])
    .where("p.art", "=", "tildeling")
    .where("p.antal", ">", 0)
    .where("r.udloeb_dage", "is not", null)
    .where(sql<boolean>`p.tidspunkt + make_interval(days => r.udloeb_dage) <= ${now}`)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("token_post as u").select("u.id").whereRef("u.noegle", "=", sql`'udloeb:' || p.id::text`))),
    )
    .execute();
  let i_alt = 0;
  for (const g of forfaldne) {
    await tx.selectFrom("token_konto").select("id").where("id", "=", g.konto_id).forUpdate().execute();
    const s = await saldo(tx, g.konto_id);
    const antal = Math.min(g.antal, s);
    if (antal <= 0) continue;
    await bogfoer(
      tx,
      [
        {
          kontoId: g.konto_id,
          art: "udloeb",
          antal: -antal,
          overfoersel: randomUUID(),
          tekst: `Udløbet: tokens tildelt ${datoTekst(dagFraIso(danishDate(new Date(g.tidspunkt))))} er ikke brugt inden for ${g.udloeb_dage} dage`,
          noegle: `udloeb:${g.id}`,
        },
      ],
      { id: null, navn: "Jobunivers (udløb)" },
      now,
    );
    i_alt += antal;
  }
  return i_alt;
}

/** A wallet's balance and entries, newest first. */
export async function tegnebog(tx: Tx, borgerId: string) {
  const k = await tx.selectFrom("token_konto").select("id").where("borger_id", "=", borgerId).executeTakeFirst();
  if (!k) return { saldo: 0, poster: [] };
  const poster = await tx
    .selectFrom("token_post")
    .select(["id", "art", "antal", "tekst", "tidspunkt", "tilmelding_id", "af_navn"])
    .where("konto_id", "=", k.id)
    .orderBy("tidspunkt", "desc")
    .orderBy("id")
    .execute();
  return { saldo: poster.reduce((s, p) => s + p.antal, 0), poster };
}

/** The municipality's tokens: budget, balances, spending, and whether the ledger balances. */
export async function tokenOverblik(tx: Tx) {
  const r = await tx
    .selectFrom("token_post")
    .innerJoin("token_konto", "token_konto.id", "token_post.konto_id")
    .select([
      "token_post.art",
      sql<boolean>`token_konto.borger_id is not null`.as("borger"),
      sql<number>`sum(token_post.antal)::int`.as("antal"),
    ])
    .groupBy(["token_post.art", sql`token_konto.borger_id is not null`])
    .execute();
  return regnskab(r);
}

/* ----------------------------------------------------------------- enrolment */

export interface TilmeldInput {
  udbudId: string;
  borgerId: string;
  kilde: "borger" | "jobkonsulent";
  /** a formal tilbud, registered on the case; paid from the municipality's budget */
  formelt: boolean;
  start?: string;
  slut?: string;
  idempotens: string;
  /** a fixed id (the demo seed); a new one otherwise */
  id?: string;
}

const TILMELDING_KOLONNER = [
  "tilmelding.id",
  "tilmelding.udbud_id",
  "tilmelding.borger_id",
  "tilmelding.kilde",
  "tilmelding.formelt_tilbud",
  "tilmelding.status",
  "tilmelding.start",
  "tilmelding.slut",
  "tilmelding.tokens",
  "tilmelding.fremskridt",
  "tilmelding.tilmeldt",
  "tilmelding.startet",
  "tilmelding.afsluttet",
  "tilmelding.afmeldt_aarsag",
] as const;

export async function tilmelding(tx: Tx, id: string) {
  return tx
    .selectFrom("tilmelding")
    .innerJoin("udbud", "udbud.id", "tilmelding.udbud_id")
    .innerJoin("leverandoer", "leverandoer.id", "udbud.leverandoer_id")
    .select([
      ...TILMELDING_KOLONNER,
      "udbud.titel",
      "udbud.art",
      "udbud.leverandoer_id",
      "leverandoer.navn as leverandoer_navn",
    ])
    .where("tilmelding.id", "=", id)
    .executeTakeFirst();
}
export type Tilmelding = NonNullable<Awaited<ReturnType<typeof tilmelding>>>;

/** A citizen's enrolments, newest first, with each offer's title, kind and provider. */
export async function tilmeldingerFor(tx: Tx, borgerId: string) {
  return tx
    .selectFrom("tilmelding")
    .innerJoin("udbud", "udbud.id", "tilmelding.udbud_id")
    .innerJoin("leverandoer", "leverandoer.id", "udbud.leverandoer_id")
    .select([...TILMELDING_KOLONNER, "udbud.titel", "udbud.art", "leverandoer.navn as leverandoer_navn"])
    .where("tilmelding.borger_id", "=", borgerId)
    .orderBy("tilmelding.tilmeldt", "desc")
    .execute();
}

/**
 * Enrols a citizen: the offer must be approved and open to the citizen's target group; a seat is taken in each coming
 * module; the price is spent from the citizen's wallet (or, for a formal tilbud, from the municipality's budget). A
 * digital offer without modules starts at once. All in the caller's transaction: a refusal anywhere changes nothing.
 */
export async function tilmeld(tx: Tx, input: TilmeldInput, af: Aktoer, now: Date) {
  const gentaget = await tx
    .selectFrom("tilmelding")
    .select(["id", "borger_id", "udbud_id"])
    .where("idempotens", "=", input.idempotens)
    .executeTakeFirst();
  if (gentaget) {
    if (gentaget.borger_id !== input.borgerId || gentaget.udbud_id !== input.udbudId)
      throw new AppError("VALIDATION_FAILED");
    return { tilmelding: (await tilmelding(tx, gentaget.id))!, ny: false };
  }
  const u = await udbud(tx, input.udbudId);
  if (u?.status !== "godkendt") throw new AppError("NOT_FOUND");
  const borger = await tx
    .selectFrom("borger")
    .select(["id", "maalgruppe"])
    .where("id", "=", input.borgerId)
    .executeTakeFirst();
  if (!borger) throw new AppError("CITIZEN_NOT_FOUND");
  if (u.maalgrupper.length > 0 && !u.maalgrupper.includes(borger.maalgruppe))
    throw new AppError("UDBUD_IKKE_MAALGRUPPE");

  // The wallet first (every enrolment that costs locks it in the same order, so they queue rather than deadlock).
  const pris = u.abonnement ? 0 : (u.pris_tokens ?? 0);
  const kontoId = pris > 0 ? await konto(tx, input.formelt ? null : input.borgerId, now, true) : null;

  const aktiv = await tx
    .selectFrom("tilmelding")
    .select(["id", "idempotens"])
    .where("borger_id", "=", input.borgerId)
    .where("udbud_id", "=", input.udbudId)
    .where("status", "in", ["tilmeldt", "startet"])
    .executeTakeFirst();
  // a retry with the same key that waited for the wallet behind the first attempt answers the first result
  if (aktiv?.idempotens === input.idempotens) return { tilmelding: (await tilmelding(tx, aktiv.id))!, ny: false };
  if (aktiv) throw new AppError("TILMELDING_FINDES");
  if (kontoId && (await saldo(tx, kontoId)) < pris)
    throw new AppError(input.formelt ? "TOKEN_BUDGET_UTILSTRAEKKELIG" : "TOKEN_SALDO_UTILSTRAEKKELIG");

  const kommende = u.moduler.filter((m) => new Date(m.slut) > now);
  const idag = danishDate(now);
  // a self-paced digital part starts the day of enrolment; a webinar or a physical course with its first module
  const start =
    input.start ??
    (STRAKS_ARTER.includes(u.art) || kommende.length === 0 ? idag : danishDate(new Date(kommende[0]!.start)));
  if (start < idag) throw new AppError("TILMELDING_START_FORTID");
  const slut =
    input.slut ??
    isoFraDag(
      Math.max(slutdag(start, u.varighed_uger), ...kommende.map((m) => dagFraIso(danishDate(new Date(m.slut))))),
    );
  if (slut < start)
    throw new AppError("VALIDATION_FAILED", [{ path: "body.slut", message: "Slut skal være efter start" }]);
  const id = input.id ?? randomUUID();
  // A citizen's own choice starts at once (no waiting list for digital offers); a formal tilbud starts when the provider
  // reports attendance, because attendance is what the case relies on.
  const straks = STRAKS_ARTER.includes(u.art) && start === idag && !input.formelt;
  await tx
    .insertInto("tilmelding")
    .values({
      id,
      kommunekode: sql<string>`current_kommunekode()`,
      udbud_id: u.id,
      borger_id: input.borgerId,
      kilde: input.kilde,
      formelt_tilbud: input.formelt,
      status: straks ? "startet" : "tilmeldt",
      start,
      slut,
      tokens: pris,
      tilmeldt: now,
      tilmeldt_af: af.id,
      startet: straks ? now : null,
      idempotens: input.idempotens,
    })
    .execute();

  for (const m of kommende) {
    const taget = await tx
      .updateTable("udbud_modul")
      .set({ optaget: sql`optaget + 1` })
      .where("id", "=", m.id)
      .where(sql<boolean>`optaget < kapacitet`)
      .returning("id")
      .executeTakeFirst();
    if (!taget) throw new AppError("UDBUD_FULDT");
  }
  if (kommende.length > 0)
    await tx
      .insertInto("tilmelding_modul")
      .values(
        kommende.map((m) => ({ tilmelding_id: id, modul_id: m.id, kommunekode: sql<string>`current_kommunekode()` })),
      )
      .execute();

  if (kontoId)
    await bogfoer(
      tx,
      [
        {
          kontoId,
          art: "forbrug",
          antal: -pris,
          overfoersel: randomUUID(),
          tekst: `Tilmelding: ${u.titel}${input.formelt ? " (tilbud bevilget af jobcentret)" : ""}`,
          noegle: `forbrug:${id}`,
          tilmeldingId: id,
        },
      ],
      af,
      now,
    );

  if (input.formelt) {
    await tilbudPaaSagen(
      tx,
      { id, borgerId: input.borgerId, titel: u.titel, start, slut, leverandoer: u.leverandoer_navn },
      af,
      now,
    );
  }
  await planlaegWebhook(
    tx,
    u.leverandoer_id,
    "tilmelding.oprettet",
    { tilmeldingId: id, udbudId: u.id, start, slut, status: straks ? "startet" : "tilmeldt" },
    `tilmelding.oprettet:${id}`,
    now,
  );
  return { tilmelding: (await tilmelding(tx, id))!, ny: true };
}

/** A formal tilbud on the case: the rules engine's TILBUD_START (with its weeks) and an agreed activity in the plan. */
async function tilbudPaaSagen(
  tx: Tx,
  t: { id: string; borgerId: string; titel: string; start: string; slut: string; leverandoer: string },
  af: Aktoer,
  now: Date,
) {
  await skrivHaendelse(
    tx,
    {
      id: t.id,
      borgerId: t.borgerId,
      type: "TILBUD_START",
      dato: t.start,
      uger: uger(t.start, t.slut),
      tilbudsart: "vejledning_opkvalificering",
      beskrivelse: `Tilbud: ${t.titel} (${t.leverandoer}), ${datoTekst(dagFraIso(t.start))}–${datoTekst(dagFraIso(t.slut))}`,
      af: af.id,
    },
    now,
  );
  await tx
    .insertInto("jobplan_punkt")
    .values({
      id: t.id,
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: t.borgerId,
      art: "aktivitet",
      titel: t.titel,
      beskrivelse: `Tilbud fra markedspladsen hos ${t.leverandoer}. Fremmøde og gennemførelse indberettes af udbyderen.`,
      status: "planlagt",
      aftalt_med_borger: true,
      start: t.start,
      slut: t.slut,
      opdateret: now,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

async function planStatus(tx: Tx, id: string, status: "i_gang" | "gennemfoert" | "afbrudt", now: Date) {
  await tx.updateTable("jobplan_punkt").set({ status, opdateret: now }).where("id", "=", id).execute();
}

/** Releases the seats an enrolment holds in modules that have not ended. */
async function frigivPladser(tx: Tx, tilmeldingId: string, now: Date) {
  await tx
    .updateTable("udbud_modul")
    .set({ optaget: sql`optaget - 1` })
    .where("id", "in", (eb) =>
      eb.selectFrom("tilmelding_modul").select("modul_id").where("tilmelding_id", "=", tilmeldingId),
    )
    .where("slut", ">", now)
    .execute();
}

/**
 * The citizen (or the caseworker) cancels an enrolment: the seats are released and the tokens returned by the
 * municipality's rule. Cancelling a cancelled enrolment answers it as it is.
 */
export async function afmeld(
  tx: Tx,
  id: string,
  opts: { borgerId?: string; aarsag: string | null },
  af: Aktoer,
  now: Date,
) {
  const t = await tx.selectFrom("tilmelding").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  if (!t || (opts.borgerId && t.borger_id !== opts.borgerId)) throw new AppError("NOT_FOUND");
  if (t.status === "afmeldt") {
    // a repeated cancel answers what the first one did (the refund entry carries its reason)
    const refunderet = await tx
      .selectFrom("token_post")
      .select(["antal", "tekst"])
      .where("noegle", "=", `refusion:${id}`)
      .executeTakeFirst();
    return {
      tilmelding: (await tilmelding(tx, id))!,
      refusion: {
        tokens: refunderet?.antal ?? 0,
        grund: refunderet?.tekst ?? "Du er allerede afmeldt. Der blev ikke givet tokens tilbage.",
      },
    };
  }
  if (t.status !== "tilmeldt" && t.status !== "startet") throw new AppError("TILMELDING_AFSLUTTET");
  await tx
    .updateTable("tilmelding")
    .set({ status: "afmeldt", afsluttet: now, afmeldt_aarsag: opts.aarsag })
    .where("id", "=", id)
    .execute();
  await frigivPladser(tx, id, now);
  const regel = await tx
    .selectFrom("kommune_indstillinger")
    .select(["refusion_dage", "refusion_maks_fremskridt"])
    .executeTakeFirstOrThrow();
  const r = refusion(
    { dage: regel.refusion_dage, maksFremskridt: regel.refusion_maks_fremskridt },
    { tokens: t.tokens, tilmeldt: new Date(t.tilmeldt), fremskridt: t.fremskridt },
    now,
  );
  if (r.tokens > 0) {
    const forbrug = await tx
      .selectFrom("token_post")
      .select("konto_id")
      .where("noegle", "=", `forbrug:${id}`)
      .executeTakeFirst();
    if (forbrug)
      await bogfoer(
        tx,
        [
          {
            kontoId: forbrug.konto_id,
            art: "refusion",
            antal: r.tokens,
            overfoersel: randomUUID(),
            tekst: r.grund,
            noegle: `refusion:${id}`,
            tilmeldingId: id,
          },
        ],
        af,
        now,
      );
  }
  if (t.formelt_tilbud) await planStatus(tx, id, "afbrudt", now);
  const u = await tx
    .selectFrom("udbud")
    .select("leverandoer_id")
    .where("id", "=", t.udbud_id)
    .executeTakeFirstOrThrow();
  await planlaegWebhook(
    tx,
    u.leverandoer_id,
    "tilmelding.afmeldt",
    // the citizen's own reason stays with the jobcentre: it may say more than the provider needs to know
    { tilmeldingId: id, udbudId: t.udbud_id },
    `tilmelding.afmeldt:${id}`,
    now,
  );
  return { tilmelding: (await tilmelding(tx, id))!, refusion: r };
}

export interface RapportInput {
  art: "fremmoede" | "fravaer" | "fremskridt" | "gennemfoert" | "afbrudt";
  dato: string;
  modulId?: string | undefined;
  fremskridt?: number | undefined;
  bemaerkning?: string | undefined;
}

/**
 * What a provider reports about an enrolment (by screen or API), idempotent by the key. The enrolment follows it, and
 * a formal tilbud's case with it, without anyone typing it again: attendance starts it (the plan's activity is under
 * way), absence is a TILBUD_UDEBLEVET the rules engine sees, completion is a TILBUD_AFSLUTTET and completes the
 * activity, a drop-out ends it.
 */
export async function rapporter(
  tx: Tx,
  leverandoerId: string,
  tilmeldingId: string,
  r: RapportInput,
  kilde: "skaerm" | "api",
  af: Aktoer,
  noegle: string,
  now: Date,
) {
  const t = await tx
    .selectFrom("tilmelding")
    .innerJoin("udbud", "udbud.id", "tilmelding.udbud_id")
    .select([...TILMELDING_KOLONNER, "udbud.leverandoer_id", "udbud.titel"])
    .where("tilmelding.id", "=", tilmeldingId)
    .forUpdate()
    .executeTakeFirst();
  if (!t || t.leverandoer_id !== leverandoerId) throw new AppError("NOT_FOUND");
  const gentaget = await tx
    .selectFrom("tilmelding_rapport")
    .select(["id", "tilmelding_id"])
    .where("noegle", "=", `${leverandoerId}:${noegle}`)
    .executeTakeFirst();
  if (gentaget) {
    if (gentaget.tilmelding_id !== tilmeldingId)
      throw new AppError("VALIDATION_FAILED", [
        { path: "idempotensnoegle", message: "Nøglen er allerede brugt til en indberetning om en anden tilmelding" },
      ]);
    return (await tilmelding(tx, tilmeldingId))!;
  }
  if (t.status !== "tilmeldt" && t.status !== "startet") throw new AppError("TILMELDING_AFSLUTTET");
  if (r.dato > danishDate(now)) throw new AppError("RAPPORT_FREMTID");
  if (r.dato < t.start && r.art !== "afbrudt") throw new AppError("RAPPORT_FOER_START");
  if (r.modulId) {
    const m = await tx
      .selectFrom("tilmelding_modul")
      .select("modul_id")
      .where("tilmelding_id", "=", tilmeldingId)
      .where("modul_id", "=", r.modulId)
      .executeTakeFirst();
    if (!m)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.modulId", message: "Borgeren er ikke tilmeldt det modul" },
      ]);
  }
  if (r.art === "fremskridt" && r.fremskridt === undefined)
    throw new AppError("VALIDATION_FAILED", [{ path: "body.fremskridt", message: "Angiv fremskridt i procent" }]);
  await tx
    .insertInto("tilmelding_rapport")
    .values({
      id: randomUUID(),
      kommunekode: sql<string>`current_kommunekode()`,
      tilmelding_id: tilmeldingId,
      art: r.art,
      dato: r.dato,
      modul_id: r.modulId ?? null,
      fremskridt: r.fremskridt ?? null,
      bemaerkning: r.bemaerkning ?? null,
      kilde,
      af_navn: af.navn,
      registreret: now,
      noegle: `${leverandoerId}:${noegle}`,
    })
    .execute();

  const start = t.status === "tilmeldt" && r.art !== "afbrudt" && r.art !== "fravaer";
  const ny: { status?: "startet" | "gennemfoert" | "afbrudt"; startet?: Date; fremskridt?: number; afsluttet?: Date } =
    {};
  if (start) Object.assign(ny, { status: "startet", startet: now });
  if (r.fremskridt !== undefined) ny.fremskridt = Math.max(t.fremskridt, r.fremskridt);
  if (r.art === "gennemfoert") Object.assign(ny, { status: "gennemfoert", fremskridt: 100, afsluttet: now });
  if (r.art === "afbrudt") Object.assign(ny, { status: "afbrudt", afsluttet: now });
  if (Object.keys(ny).length > 0) await tx.updateTable("tilmelding").set(ny).where("id", "=", tilmeldingId).execute();
  if (r.art === "afbrudt") await frigivPladser(tx, tilmeldingId, now);

  if (t.formelt_tilbud) {
    if (start) await planStatus(tx, tilmeldingId, "i_gang", now);
    if (r.art === "gennemfoert") {
      await planStatus(tx, tilmeldingId, "gennemfoert", now);
      await skrivHaendelse(
        tx,
        {
          id: randomUUID(),
          borgerId: t.borger_id,
          type: "TILBUD_AFSLUTTET",
          dato: r.dato,
          tilbudsart: null,
          beskrivelse: `Gennemført: ${t.titel} (indberettet af udbyderen)`,
          af: null,
        },
        now,
      );
    }
    if (r.art === "afbrudt") await planStatus(tx, tilmeldingId, "afbrudt", now);
    if (r.art === "fravaer")
      await skrivHaendelse(
        tx,
        {
          id: randomUUID(),
          borgerId: t.borger_id,
          type: "TILBUD_UDEBLEVET",
          dato: r.dato,
          tilbudsart: null,
          beskrivelse: `Udeblevet fra ${t.titel} (indberettet af udbyderen${r.bemaerkning ? `: ${r.bemaerkning}` : ""})`,
          af: null,
        },
        now,
      );
  }
  return (await tilmelding(tx, tilmeldingId))!;
}

/**
 * The enrolments on a provider's offers, with only what the provider needs: the citizen's name, contact and start.
 */
export async function leverandoerensTilmeldinger(
  tx: Tx,
  leverandoerId: string,
  f: { id?: string; udbudId?: string | undefined; status?: string | undefined } = {},
) {
  let q = tx
    .selectFrom("tilmelding")
    .innerJoin("udbud", "udbud.id", "tilmelding.udbud_id")
    .innerJoin("borger", "borger.id", "tilmelding.borger_id")
    .select([
      "tilmelding.id",
      "tilmelding.udbud_id",
      "udbud.titel",
      "tilmelding.borger_id",
      "borger.fornavn",
      "borger.efternavn",
      "borger.email",
      "borger.telefon",
      "tilmelding.status",
      "tilmelding.formelt_tilbud",
      "tilmelding.start",
      "tilmelding.slut",
      "tilmelding.fremskridt",
      "tilmelding.tilmeldt",
      "tilmelding.startet",
      "tilmelding.afsluttet",
    ])
    .where("udbud.leverandoer_id", "=", leverandoerId);
  if (f.id) q = q.where("tilmelding.id", "=", f.id);
  if (f.udbudId) q = q.where("tilmelding.udbud_id", "=", f.udbudId);
  if (f.status) q = q.where("tilmelding.status", "=", f.status as "tilmeldt");
  return q.orderBy("tilmelding.tilmeldt", "desc").orderBy("tilmelding.id").limit(500).execute();
}

/** Per offer: uptake, completion, spend, and the measured effect, for management. */
export async function udbudStatistik(tx: Tx) {
  return tx
    .selectFrom("udbud")
    .innerJoin("leverandoer", "leverandoer.id", "udbud.leverandoer_id")
    .leftJoin("tilmelding", "tilmelding.udbud_id", "udbud.id")
    .select([
      "udbud.id",
      "udbud.titel",
      "udbud.art",
      "leverandoer.navn as leverandoer_navn",
      sql<number>`count(tilmelding.id)::int`.as("tilmeldinger"),
      sql<number>`count(tilmelding.id) filter (where tilmelding.status = 'gennemfoert')::int`.as("gennemfoert"),
      sql<number>`count(tilmelding.id) filter (where tilmelding.status = 'afbrudt')::int`.as("afbrudt"),
      sql<number>`count(tilmelding.id) filter (where tilmelding.status in ('tilmeldt', 'startet'))::int`.as("aktive"),
      sql<number>`coalesce(sum(tilmelding.tokens) filter (where tilmelding.status <> 'afmeldt'), 0)::int`.as("tokens"),
    ])
    .where("udbud.status", "=", "godkendt")
    .groupBy(["udbud.id", "leverandoer.navn"])
    .orderBy("udbud.titel")
    .execute();
}
