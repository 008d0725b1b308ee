/**
 * The outbox worker: delivers the messages a booking caused (receipt, reminders, invitation letter, cancellation,
 * a freed slot) when they are due. Each message is claimed with FOR UPDATE SKIP LOCKED in its own transaction, written
 * to the citizen's messages (besked, unique per outbox row) and marked sent in the same transaction: a crash before
 * the commit leaves it unsent for the next run, and nothing is ever sent twice, even with several workers. A failure
 * is retried with back-off (1, 2, 4 … minutes, at most an hour), and recorded on the row.
 */
import { createHash, randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import { danishDate } from "../../platform/time.ts";
import { indkaldelsesbrev, datoTidTekst } from "./brev.ts";
import { checkinUrl } from "./checkin.ts";
import type { SamtaleInfo } from "./kalenderfil.ts";
import { KANAL_NAVN } from "./model.ts";
import { jobcenter, type SamtaleRaekke, samtale } from "./store.ts";
import { skiftTilKommune, type Tx } from "../../platform/db/tenant.ts";

export interface UdsendelseDeps {
  db: Kysely<DB>;
  now: () => Date;
  publicUrl: string;
  log?: { error(obj: unknown, msg: string): void };
}

/** What a booking looks like to the documents that describe it (letter, calendar file). */
export async function samtaleInfo(tx: Tx, s: SamtaleRaekke, publicUrl: string, sekvens = 0): Promise<SamtaleInfo> {
  const jc = await jobcenter(tx);
  const jobcenterInfo = {
    navn: jc?.jobcenter_navn ?? "Jobcentret",
    adresse: jc?.adresse ?? "",
    postnrBy: jc ? `${jc.postnr} ${jc.bynavn}` : "",
    telefon: jc?.telefon ?? null,
    email: jc?.email ?? null,
    url: publicUrl,
  };
  const postnrBy = s.borger_postnr
    ? await tx
        .selectFrom("postnummer")
        .select(sql<string>`postnr || ' ' || bynavn`.as("t"))
        .where("postnr", "=", s.borger_postnr)
        .executeTakeFirst()
    : undefined;
  return {
    id: s.id,
    titel: s.moedetype_navn,
    start: new Date(s.start),
    slut: new Date(s.slut),
    kanal: s.kanal,
    ...(s.lokale_navn ? { sted: { navn: s.lokale_navn, adresse: s.lokale_adresse ?? "" } } : {}),
    ...(s.kanal === "video" ? { videoLink: `${publicUrl}/borger/samtaler` } : {}),
    ...(s.kanal === "telefon"
      ? {
          telefonTekst: s.borger_telefon
            ? `${s.medarbejder_navn} ringer til dig på ${s.borger_telefon}`
            : `${s.medarbejder_navn} ringer til dig`,
        }
      : {}),
    medarbejder: { navn: s.medarbejder_navn, email: s.medarbejder_email, telefon: jc?.telefon ?? null },
    borger: {
      navn: s.borger_navn,
      email: s.borger_email,
      adresse: s.borger_adresse,
      postnrBy: postnrBy?.t ?? s.borger_postnr,
    },
    jobcenter: jobcenterInfo,
    ...(s.kanal === "fremmoede"
      ? { checkinKode: s.checkin_kode, checkinUrl: checkinUrl(publicUrl, s.kommunekode, s.checkin_kode) }
      : {}),
    sekvens,
  };
}

function hvordan(s: SamtaleRaekke): string {
  if (s.kanal === "fremmoede")
    return `Mød op i ${s.lokale_navn ?? "jobcentret"}${s.lokale_adresse ? `, ${s.lokale_adresse}` : ""}. Tjek ind med koden ${s.checkin_kode} eller QR-koden på Min side, når du kommer.`;
  if (s.kanal === "telefon")
    return `${s.medarbejder_navn} ringer til dig${s.borger_telefon ? ` på ${s.borger_telefon}` : ""}.`;
  return "Samtalen holdes på video. Linket til mødet finder du under Mine samtaler på Min side; det virker fra 15 minutter før samtalen.";
}

interface Besked {
  emne: string;
  tekst: string;
  dokumentId?: string;
}

async function besked(
  tx: Tx,
  row: { art: string; data: Record<string, unknown> },
  s: SamtaleRaekke,
  deps: UdsendelseDeps,
  now: Date,
): Promise<Besked | null> {
  const tid = datoTidTekst(new Date(s.start), new Date(s.slut));
  const navn = s.moedetype_navn;
  switch (row.art) {
    case "kvittering":
    case "flytning":
      if (s.status !== "booket") return null;
      return {
        emne: row.art === "flytning" ? `Din ${navn.toLowerCase()} er flyttet` : `Kvittering: ${navn} er booket`,
        tekst: [
          `${row.art === "flytning" ? "Din samtale er flyttet til" : "Du har booket"} ${navn.toLowerCase()} ${tid} med ${s.medarbejder_navn} (${KANAL_NAVN[s.kanal]}).`,
          hvordan(s),
          "Du kan hente en kalenderinvitation, skrive din forberedelse og flytte eller aflyse samtalen under Mine samtaler på Min side.",
        ].join("\n\n"),
      };
    case "paamindelse_dag":
    case "paamindelse_timer":
      if (s.status !== "booket") return null;
      return {
        emne: `Påmindelse: ${navn} ${tid}`,
        tekst: [
          `Husk din ${navn.toLowerCase()} ${tid} med ${s.medarbejder_navn}.`,
          hvordan(s),
          s.forberedelse
            ? "Tak for din forberedelse – din sagsbehandler har den med til samtalen."
            : "Du kan stadig skrive din forberedelse på Min side.",
        ].join("\n\n"),
      };
    case "aflysning":
      return {
        emne: `${navn} ${tid} er aflyst`,
        tekst: `Samtalen ${tid} med ${s.medarbejder_navn} er aflyst${s.aflyst_aarsag ? `: ${s.aflyst_aarsag}` : ""}.\n\nHar du stadig brug for en samtale, kan du booke en ny på Min side.`,
      };
    case "ledig_tid": {
      if (s.status !== "booket") return null;
      const ledig = new Date(String(row.data.start));
      if (ledig.getTime() <= now.getTime() || ledig.getTime() >= new Date(s.start).getTime()) return null;
      return {
        emne: "En tidligere tid er blevet ledig",
        tekst: `Der er blevet en tid ledig ${datoTidTekst(ledig, ledig).replace(/–.*$/, "")} hos ${s.medarbejder_navn}. Vil du have den i stedet for din samtale ${tid}, så flyt samtalen under Mine samtaler på Min side. Den, der flytter først, får tiden.`,
      };
    }
    case "referat":
      return {
        emne: `Referat af din ${navn.toLowerCase()}`,
        tekst: `Referatet af din ${navn.toLowerCase()} ${tid} med ${s.medarbejder_navn} er klar. Du kan læse det og skrive en kommentar under Mine samtaler på Min side.`,
      };
    case "indkaldelse": {
      if (s.status !== "booket") return null;
      const info = await samtaleInfo(tx, s, deps.publicUrl);
      const regel = s.regel_id ? `Samtalen er booket for at opfylde ${s.regel_id}.` : "";
      const pdf = await indkaldelsesbrev({
        ...info,
        begrundelse: {
          tekst: `Du indkaldes til ${navn.toLowerCase()} som led i dit forløb i jobcentret. ${regel}`.trim(),
          henvisning: String(row.data.henvisning ?? "Lov om en aktiv beskæftigelsesindsats § 31"),
        },
        ...(row.data.konsekvens ? { konsekvens: String(row.data.konsekvens) } : {}),
        dato: now,
      });
      const dokumentId = randomUUID();
      const bytes = Buffer.from(pdf);
      await tx
        .insertInto("dokument")
        .values({
          id: dokumentId,
          kommunekode: s.kommunekode,
          borger_id: s.borger_id,
          dato: danishDate(now),
          titel: `Indkaldelse til ${navn.toLowerCase()} ${tid}`,
          kategori: "brev",
          helbred: false,
          filnavn: `indkaldelse-${danishDate(new Date(s.start))}.pdf`,
          mimetype: "application/pdf",
          stoerrelse: bytes.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          indhold: bytes,
          tekst: `Indkaldelse til ${navn.toLowerCase()} ${tid} med ${s.medarbejder_navn}. ${hvordan(s)}`,
          uploadet: now,
          uploadet_af: null,
          uploadet_af_navn: "Jobunivers (automatisk brev)",
          idempotens: `indkaldelse:${s.id}`,
        })
        .execute();
      return {
        emne: `Indkaldelse: ${navn} ${tid}`,
        tekst: `Du er indkaldt til ${navn.toLowerCase()} ${tid} med ${s.medarbejder_navn}. Indkaldelsen er vedhæftet som brev (PDF).\n\n${hvordan(s)}`,
        dokumentId,
      };
    }
    default:
      return null;
  }
}

/** Delivers one due message; answers false when none is due. */
async function leverEn(deps: UdsendelseDeps): Promise<boolean> {
  const now = deps.now();
  let claimed: string | null = null;
  try {
    return await deps.db.transaction().execute(async (sys) => {
      const row = await sys
        .selectFrom("udsendelse")
        .select(["id", "kommunekode", "samtale_id", "art", "data"])
        .where("sendt", "is", null)
        .where("annulleret", "is", null)
        .where("naeste_forsoeg", "<=", now)
        .orderBy("naeste_forsoeg")
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return false;
      claimed = row.id;
      // deliver inside the same transaction, as the municipality (row-level security applies to what it writes)
      await skiftTilKommune(sys, row.kommunekode);
      const s = row.samtale_id ? await samtale(sys, row.samtale_id) : undefined;
      const b = s ? await besked(sys, { art: row.art, data: row.data ?? {} }, s, deps, now) : null;
      if (b && s) {
        await sys
          .insertInto("besked")
          .values({
            id: randomUUID(),
            kommunekode: row.kommunekode,
            borger_id: s.borger_id,
            art: row.art,
            emne: b.emne,
            tekst: b.tekst,
            samtale_id: s.id,
            dokument_id: b.dokumentId ?? null,
            udsendelse_id: row.id,
            oprettet: now,
          })
          .execute();
        await sys.updateTable("udsendelse").set({ sendt: now, fejl: null }).where("id", "=", row.id).execute();
      } else {
        // nothing to say any more (the meeting was moved, cancelled or held): withdrawn, not sent
        await sys.updateTable("udsendelse").set({ annulleret: now }).where("id", "=", row.id).execute();
      }
      return true;
    });
  } catch (err) {
    if (!claimed) throw err;
    // the delivery rolled back as a whole; record the failure on the row and try again later
    deps.log?.error({ err, udsendelse: claimed }, "udsendelse fejlede");
    await deps.db
      .updateTable("udsendelse")
      .set((eb) => ({
        forsoeg: eb("forsoeg", "+", 1),
        fejl: String((err as Error)?.message ?? err).slice(0, 500),
        naeste_forsoeg: sql<Date>`${now}::timestamptz + least(interval '1 hour', interval '1 minute' * power(2, forsoeg))`,
      }))
      .where("id", "=", claimed)
      .execute();
    return true;
  }
}

/** Delivers due messages until none is due (or `max` is reached); answers how many rows were handled. */
export async function koerUdsendelser(deps: UdsendelseDeps, max = 200): Promise<number> {
  let n = 0;
  while (n < max && (await leverEn(deps))) n++;
  return n;
}

/** Runs the worker every `sekunder` until stopped; one run at a time. */
export function startUdsendelser(deps: UdsendelseDeps, sekunder: number): () => Promise<void> {
  let koerer: Promise<unknown> = Promise.resolve();
  let stoppet = false;
  const timer = setInterval(() => {
    koerer = koerer.then(() =>
      stoppet ? 0 : koerUdsendelser(deps).catch((err) => deps.log?.error({ err }, "udsendelser")),
    );
  }, sekunder * 1000);
  timer.unref();
  return async () => {
    stoppet = true;
    clearInterval(timer);
    await koerer;
  };
}
