/**
 * Contact between an order and a citizen (docs/matching.md, "Kontakt og samtykke"): the employer's request, the
 * jobkonsulent's formidling, the citizen's own application, and the citizen's answer. Each write is idempotent: one
 * request per order and citizen (UNIQUE (ordre_id, borger_id)); a retry or a parallel duplicate answers the same row.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { KontaktKilde, KontaktStatus } from "../../platform/db/schema-job.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { danishDate } from "../../platform/time.ts";
import { opretAnsoegning } from "../joblog/store.ts";
import { nyBorgerBesked } from "../samtale/store.ts";
import { kontaktOrdrer } from "./store.ts";

const KOLONNER = [
  "id",
  "kommunekode",
  "ordre_id",
  "ordre_kommunekode",
  "borger_id",
  "kilde",
  "status",
  "besked",
  "score",
  "forklaring",
  "anmodet_af_navn",
  "anmodet",
  "besvaret",
  "afslag_begrundelse",
] as const;

const noegleBrugt = () =>
  new AppError("VALIDATION_FAILED", [
    { path: "body.idempotensnoegle", message: "Nøglen er allerede brugt til noget andet. Prøv igen." },
  ]);

export interface NyKontakt {
  ordreId: string;
  borgerId: string;
  kilde: KontaktKilde;
  status: KontaktStatus;
  besked: string | null;
  score: number | null;
  forklaring: unknown;
  af: { id: string; navn: string };
  idempotens: string;
}

/**
 * Creates the contact request in the transaction's municipality (the citizen's and the order's), once: the first
 * request inserts, a duplicate (same key, or the same order and citizen) waits for it and reads its row. `ny` says
 * whether this call created it (only then is the citizen told).
 */
export async function opretKontakt(tx: Tx, k: NyKontakt, now: Date) {
  const indsat = await tx
    .insertInto("kontaktanmodning")
    .values({
      id: randomUUID(),
      kommunekode: sql<string>`current_kommunekode()`,
      ordre_id: k.ordreId,
      ordre_kommunekode: sql<string>`current_kommunekode()`,
      borger_id: k.borgerId,
      kilde: k.kilde,
      status: k.status,
      besked: k.besked,
      score: k.score,
      forklaring: k.forklaring === null ? null : JSON.stringify(k.forklaring),
      anmodet_af: k.af.id,
      anmodet_af_navn: k.af.navn,
      anmodet: now,
      besvaret: k.status === "afventer" ? null : now,
      idempotens: k.idempotens,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  const row = await tx
    .selectFrom("kontaktanmodning")
    .select(KOLONNER)
    .where("ordre_id", "=", k.ordreId)
    .where("borger_id", "=", k.borgerId)
    .executeTakeFirst();
  if (!row) throw noegleBrugt();
  return { row, ny: indsat !== undefined };
}

/** The message in the citizen's Beskeder when someone asks for contact or puts her forward. */
export function kontaktBesked(kilde: KontaktKilde, o: { titel: string; virksomhed: string }) {
  if (kilde === "formidling")
    return {
      emne: "Din jobkonsulent vil gerne foreslå dig til et job",
      tekst: `Din jobkonsulent vil gerne foreslå dig til jobbet som ${o.titel} hos ${o.virksomhed}. Virksomheden får først dit navn og dine kontaktoplysninger, hvis du siger ja. Gå til "Job til dig" for at svare.`,
    };
  return {
    emne: "En virksomhed vil gerne i kontakt med dig",
    tekst: `${o.virksomhed} har et job som ${o.titel} og har set dit CV uden navn. Virksomheden vil gerne i kontakt med dig. Den får først dit navn, telefonnummer og din e-mail, hvis du siger ja. Gå til "Job til dig" for at svare.`,
  };
}

export async function beskedTilBorger(
  tx: Tx,
  borgerId: string,
  kilde: KontaktKilde,
  o: { titel: string; virksomhed: string },
  now: Date,
) {
  const b = kontaktBesked(kilde, o);
  await nyBorgerBesked(tx, { id: randomUUID(), borgerId, art: "job", emne: b.emne, tekst: b.tekst }, now);
}

/** The citizen's contact requests with the orders they refer to, newest first; or only the one with the given id. */
export async function borgerensKontakter(tx: Tx, borgerId: string, kunId?: string) {
  let q = tx.selectFrom("kontaktanmodning").select(KOLONNER).where("borger_id", "=", borgerId);
  if (kunId !== undefined) q = q.where("id", "=", kunId);
  const rows = await q.orderBy("anmodet", "desc").orderBy("id").execute();
  if (rows.length === 0) return [];
  const ordrer = await kontaktOrdrer(tx, borgerId);
  return rows.map((r) => ({ ...r, ordre: ordrer.get(r.ordre_id) ?? null }));
}

export type BorgerKontakt = Awaited<ReturnType<typeof borgerensKontakter>>[number];

/**
 * The citizen accepts or declines a pending request (her own; anything else is not found), when declining with an
 * optional reason for the jobcentre. Answering again with the same answer changes nothing (the first reason stays);
 * changing an answer already given, or answering a withdrawn request, is refused (409).
 */
export async function besvar(
  tx: Tx,
  borgerId: string,
  id: string,
  svar: "accepter" | "afvis",
  now: Date,
  begrundelse: string | null = null,
) {
  const k = await tx
    .selectFrom("kontaktanmodning")
    .select(["id", "status"])
    .where("id", "=", id)
    .where("borger_id", "=", borgerId)
    .forUpdate()
    .executeTakeFirst();
  if (!k) throw new AppError("NOT_FOUND");
  const ny: KontaktStatus = svar === "accepter" ? "accepteret" : "afvist";
  if (k.status === "afventer") {
    await tx
      .updateTable("kontaktanmodning")
      .set({ status: ny, besvaret: now, afslag_begrundelse: ny === "afvist" ? begrundelse : null })
      .where("id", "=", id)
      .execute();
  } else if (k.status !== ny) {
    throw new AppError(k.status === "trukket" ? "KONTAKT_TRUKKET" : "KONTAKT_ALLEREDE_BESVARET");
  }
  return (await borgerensKontakter(tx, borgerId, id))[0]!;
}

/** The citizen's newest contact request about one order, if any: what the order's page needs to show. */
export async function borgerensKontaktOmOrdre(tx: Tx, borgerId: string, ordreId: string) {
  return tx
    .selectFrom("kontaktanmodning")
    .select(["id", "kilde", "status"])
    .where("borger_id", "=", borgerId)
    .where("ordre_id", "=", ordreId)
    .orderBy("anmodet", "desc")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
}

/**
 * The citizen applies for an open order of her municipality herself: a contact request with kilde 'ansoegning' and
 * status 'accepteret' (applying is consent), and an entry in her job log so it counts for the weekly requirement.
 * A request already waiting for her answer is accepted by applying. One application per order; a retry answers the
 * same receipt.
 */
export async function ansoeg(
  tx: Tx,
  borgerId: string,
  o: { id: string; titel: string; virksomhed: string; opgaveboers: boolean },
  a: { besked: string | null; idempotens: string; af: { id: string; navn: string } },
  now: Date,
) {
  const { row } = await opretKontakt(
    tx,
    {
      ordreId: o.id,
      borgerId,
      kilde: "ansoegning",
      status: "accepteret",
      besked: a.besked,
      score: null,
      forklaring: null,
      af: a.af,
      idempotens: a.idempotens,
    },
    now,
  );
  let k = row;
  if (k.status === "afventer") {
    await tx
      .updateTable("kontaktanmodning")
      .set({ status: "accepteret", besvaret: now })
      .where("id", "=", k.id)
      .execute();
    k = { ...k, status: "accepteret", besvaret: now };
  }
  const log = await opretAnsoegning(
    tx,
    borgerId,
    {
      arbejdsgiver: o.virksomhed,
      stilling: o.titel,
      dato: danishDate(now),
      maade: "skriftlig",
      status: "sendt",
      note: o.opgaveboers ? "Søgt via opgavebørsen i Jobunivers" : "Søgt via Job til dig i Jobunivers",
      idempotens: `kontakt:${k.id}`,
    },
    now,
  );
  return {
    kontaktId: k.id,
    kvittering: `JOB-${k.id.replaceAll("-", "").slice(0, 8).toUpperCase()}`,
    status: k.status,
    ordre: { id: o.id, titel: o.titel, virksomhed: o.virksomhed },
    tidspunkt: new Date(k.anmodet).toISOString(),
    joblogId: log.id,
  };
}
