import { nyBorgerBesked } from "../samtale/store.ts";
/**
 * Aktindsigt requests: saved once (the citizen's key), answered once, or delayed by a letter with the reason and the
 * expected date. Each step writes what the case needs in the same transaction: the case event the rules engine reads
 * (AKTINDSIGT_ANMODNING / AKTINDSIGT_BESVARET, so the deadline shows under the case's deadlines too), the caseworker's
 * notification, the letter as a PDF document with a message to the citizen, and for an answer a journal note.
 */
import { createHash, randomUUID } from "node:crypto";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { danishDate } from "../../platform/time.ts";
import { dagFraIso, datoTekst } from "../regler/kalender.ts";
import { type GenstandArt, henvisningTekst, noegle } from "../sag/indsigt-model.ts";
import { brevPdf, samletPdf } from "../sag/indsigt-pdf.ts";
import { afsender, indsigtListe, medIndhold } from "../sag/indsigt-store.ts";
import { gemDokument, gemNotat, skrivHaendelse } from "../sag/store.ts";
import { notificer } from "../samtale/store.ts";
import { aktindsigtFrist, udfald } from "./model.ts";

const ANMODNING_KOLONNER = [
  "id",
  "borger_id",
  "oenske",
  "periode_fra",
  "periode_til",
  "form",
  "modtaget",
  "modtaget_dato",
  "frist",
  "regel_id",
  "status",
  "forventet",
  "svar_udfald",
  "svar_tekst",
  "besvaret",
  "besvaret_af_navn",
  "svar_dokument_id",
  "svar_idempotens",
  "idempotens",
] as const;

export type Anmodning = Awaited<ReturnType<typeof anmodningerFor>>[number];

const dk = (iso: string) => datoTekst(dagFraIso(iso));

export interface NyAnmodning {
  oenske: string;
  periodeFra: string | null;
  periodeTil: string | null;
  form: "minside" | "post";
  idempotens: string;
}

/** Saves the citizen's request once; a retry with the same key (or a concurrent double submit) answers the first. */
export async function opretAnmodning(tx: Tx, access: CitizenAccess, a: NyAnmodning, now: Date) {
  const modtaget = danishDate(now);
  const { frist, regel } = aktindsigtFrist(modtaget);
  const id = randomUUID();
  const inserted = await tx
    .insertInto("aktindsigt_anmodning")
    .values({
      id,
      kommunekode: access.kommunekode,
      borger_id: access.borgerId,
      oenske: a.oenske,
      periode_fra: a.periodeFra,
      periode_til: a.periodeTil,
      form: a.form,
      modtaget: now,
      modtaget_dato: modtaget,
      frist,
      regel_id: regel.id,
      status: "modtaget",
      idempotens: a.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) {
    await skrivHaendelse(
      tx,
      {
        id: randomUUID(),
        borgerId: access.borgerId,
        type: "AKTINDSIGT_ANMODNING",
        dato: modtaget,
        beskrivelse: `Anmodning om aktindsigt modtaget; svarfrist ${dk(frist)}`,
        af: null,
      },
      now,
    );
    const b = await tx
      .selectFrom("borger")
      .select(["sagsbehandler_id", "fornavn", "efternavn"])
      .where("id", "=", access.borgerId)
      .executeTakeFirst();
    if (b?.sagsbehandler_id) {
      await notificer(
        tx,
        {
          id: randomUUID(),
          medarbejderId: b.sagsbehandler_id,
          art: "aktindsigt",
          tekst: `${b.fornavn} ${b.efternavn} har anmodet om aktindsigt. Svarfrist ${dk(frist)}.`,
          borgerId: access.borgerId,
        },
        now,
      );
    }
  }
  const row = await tx
    .selectFrom("aktindsigt_anmodning")
    .select(ANMODNING_KOLONNER)
    .where("idempotens", "=", a.idempotens)
    .executeTakeFirstOrThrow();
  if (row.borger_id !== access.borgerId) throw new AppError("VALIDATION_FAILED");
  return row;
}

/** The citizen's requests, newest first, each with its letters about delays. */
export async function anmodningerFor(tx: Tx, access: CitizenAccess) {
  const rows = await tx
    .selectFrom("aktindsigt_anmodning")
    .select(ANMODNING_KOLONNER)
    .where("borger_id", "=", access.borgerId)
    .orderBy("modtaget", "desc")
    .orderBy("id")
    .execute();
  const udsaettelser = rows.length
    ? await tx
        .selectFrom("aktindsigt_udsaettelse")
        .select(["id", "anmodning_id", "begrundelse", "forventet", "sendt", "sendt_af_navn", "dokument_id"])
        .where(
          "anmodning_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("sendt")
        .execute()
    : [];
  return rows.map((r) => ({ ...r, udsaettelser: udsaettelser.filter((u) => u.anmodning_id === r.id) }));
}

/** A request by id (the caller opens its citizen through the audited path before anything else). */
export async function anmodningBorger(tx: Tx, id: string) {
  return tx.selectFrom("aktindsigt_anmodning").select(["id", "borger_id"]).where("id", "=", id).executeTakeFirst();
}

async function laasAnmodning(tx: Tx, access: CitizenAccess, id: string) {
  const row = await tx
    .selectFrom("aktindsigt_anmodning")
    .select(ANMODNING_KOLONNER)
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

interface Medarbejder {
  id: string;
  navn: string;
}

async function sendBrev(
  tx: Tx,
  access: CitizenAccess,
  b: { art: string; emne: string; tekst: string; titel: string; kategori: string; filnavn: string; pdf: Uint8Array },
  idempotens: string,
  af: Medarbejder,
  now: Date,
) {
  const bytes = Buffer.from(b.pdf);
  const { row } = await gemDokument(
    tx,
    access,
    {
      id: randomUUID(),
      dato: danishDate(now),
      titel: b.titel,
      kategori: b.kategori,
      helbred: false,
      filnavn: b.filnavn,
      mimetype: "application/pdf",
      indhold: bytes,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      tekst: b.tekst,
      idempotens,
      uploader: af,
    },
    now,
  );
  // the citizen's message with the letter attached, as the jobcentre's other letters (modules/samtale)
  await nyBorgerBesked(
    tx,
    { id: randomUUID(), borgerId: access.borgerId, art: b.art, emne: b.emne, tekst: b.tekst, dokumentId: row.id },
    now,
  );
  return row.id;
}

export interface Svar {
  tekst: string;
  /** the items granted; null: everything in the request's period (or the whole case) */
  udvalg: { art: GenstandArt; id: string }[] | null;
  idempotens: string;
}

/**
 * Answers a request: the decision (full, or partial when an item granted is withheld by a decision in force) with the
 * caseworker's text, the items granted as one PDF with the letter on its cover, a journal note, and a message to the
 * citizen. Answering again with the same key answers the first answer.
 */
export async function besvar(tx: Tx, access: CitizenAccess, id: string, s: Svar, af: Medarbejder, now: Date) {
  const a = await laasAnmodning(tx, access, id);
  if (a.status === "besvaret") {
    if (a.svar_idempotens === s.idempotens) return a;
    throw new AppError("VALIDATION_FAILED", [
      { path: "idempotensnoegle", message: "Anmodningen er allerede besvaret." },
    ]);
  }
  const alle = await indsigtListe(tx, access);
  let punkter = alle;
  if (s.udvalg) {
    const valgt = new Set(s.udvalg.map((u) => noegle(u.art, u.id)));
    punkter = alle.filter((p) => valgt.has(noegle(p.art, p.id)));
    if (punkter.length !== valgt.size || punkter.length === 0) {
      throw new AppError("VALIDATION_FAILED", [
        { path: "udvalg", message: "Vælg mindst ét punkt, og kun punkter fra borgerens sag." },
      ]);
    }
  } else if (a.periode_fra || a.periode_til) {
    punkter = alle.filter(
      (p) => (!a.periode_fra || p.dato >= a.periode_fra) && (!a.periode_til || p.dato <= a.periode_til),
    );
  }
  const resultat = udfald(punkter);
  const afs = await afsender(tx, access, now);
  const periode =
    a.periode_fra || a.periode_til
      ? ` for perioden ${a.periode_fra ? dk(a.periode_fra) : "sagens start"} til ${a.periode_til ? dk(a.periode_til) : "i dag"}`
      : "";
  const indledning = [
    `Du bad den ${dk(a.modtaget_dato)} om aktindsigt${periode}: «${a.oenske}».`,
    resultat === "fuld"
      ? `Du får aktindsigt i det, du har bedt om: ${punkter.length} ${punkter.length === 1 ? "punkt" : "punkter"}, som følger efter denne side.`
      : `Du får delvis aktindsigt: ${punkter.filter((p) => !p.undtaget).length} af ${punkter.length} punkter følger efter denne side. De øvrige er undtaget ved en afgørelse; hvert af dem står med begrundelse og hjemmel.`,
    s.tekst,
    "Afgørelsen er truffet efter forvaltningslovens regler om partsaktindsigt (§§ 9–15 c). Du kan klage over afgørelsen til jobcentret, som vurderer sagen igen.",
  ];
  const pdf = await samletPdf(await medIndhold(tx, access, punkter), afs, {
    titel: "Svar på din anmodning om aktindsigt",
    indledning,
  });
  const dokumentId = await sendBrev(
    tx,
    access,
    {
      art: "aktindsigt_svar",
      emne: "Svar på din anmodning om aktindsigt",
      tekst: indledning.join("\n\n"),
      titel: "Afgørelse om aktindsigt",
      kategori: "afgoerelse",
      filnavn: `aktindsigt-${danishDate(now)}.pdf`,
      pdf,
    },
    `aktindsigt-svar:${a.id}`,
    af,
    now,
  );
  await gemNotat(
    tx,
    access,
    {
      id: randomUUID(),
      dato: danishDate(now),
      kategori: "notat",
      emne: "Afgørelse om aktindsigt",
      tekst: `${resultat === "fuld" ? "Fuld" : "Delvis"} aktindsigt givet i ${punkter.length} punkter. ${s.tekst}`,
      makroId: null,
      retterId: null,
      idempotens: `aktindsigt-notat:${a.id}`,
      forfatter: af,
    },
    now,
  );
  await tx
    .updateTable("aktindsigt_anmodning")
    .set({
      status: "besvaret",
      svar_udfald: resultat,
      svar_tekst: s.tekst,
      svar_udvalg: JSON.stringify(punkter.map((p) => ({ art: p.art, id: p.id }))),
      besvaret: now,
      besvaret_af: af.id,
      besvaret_af_navn: af.navn,
      svar_dokument_id: dokumentId,
      svar_idempotens: s.idempotens,
    })
    .where("id", "=", a.id)
    .execute();
  // the first answer (or letter about a delay) meets the deadline; the rules engine pairs one answer per request
  if (a.status === "modtaget") {
    await skrivHaendelse(
      tx,
      {
        id: randomUUID(),
        borgerId: access.borgerId,
        type: "AKTINDSIGT_BESVARET",
        dato: danishDate(now),
        beskrivelse: `Aktindsigt besvaret (${resultat === "fuld" ? "fuld" : "delvis"} aktindsigt)`,
        af: af.id,
      },
      now,
    );
  }
  return laasAnmodning(tx, access, a.id);
}

export interface Udsaettelse {
  begrundelse: string;
  forventet: string;
  idempotens: string;
}

/**
 * The letter when the deadline cannot be met: the reason and the date the answer can be expected. It moves the
 * expected date (the original deadline stays) and goes to the citizen as a message with the letter as PDF.
 */
export async function udsaet(tx: Tx, access: CitizenAccess, id: string, u: Udsaettelse, af: Medarbejder, now: Date) {
  const a = await laasAnmodning(tx, access, id);
  const foer = await tx
    .selectFrom("aktindsigt_udsaettelse")
    .select("id")
    .where("idempotens", "=", u.idempotens)
    .executeTakeFirst();
  if (foer) return a;
  if (a.status === "besvaret") {
    throw new AppError("VALIDATION_FAILED", [{ path: "forventet", message: "Anmodningen er allerede besvaret." }]);
  }
  const idag = danishDate(now);
  if (u.forventet <= idag || u.forventet <= a.frist || (a.forventet && u.forventet <= a.forventet)) {
    throw new AppError("VALIDATION_FAILED", [
      {
        path: "forventet",
        message: "Den forventede dato skal ligge efter i dag, efter fristen og efter en tidligere forventet dato.",
      },
    ]);
  }
  const afs = await afsender(tx, access, now);
  const { regel } = aktindsigtFrist(a.modtaget_dato);
  const afsnit = [
    `Du bad den ${dk(a.modtaget_dato)} om aktindsigt: «${a.oenske}».`,
    `Vi skal som udgangspunkt svare dig senest ${dk(a.frist)} (${regel.henvisninger.map(henvisningTekst).join(" og ")}). Det kan vi desværre ikke nå.`,
    `Grunden er: ${u.begrundelse}`,
    `Du kan forvente at få svar senest ${dk(u.forventet)}.`,
  ];
  const pdf = await brevPdf(
    { overskrift: "Dit svar på aktindsigt bliver forsinket", afsnit, underskrift: `${af.navn}\n${afs.jobcenter}` },
    afs,
  );
  const dokumentId = await sendBrev(
    tx,
    access,
    {
      art: "aktindsigt_udsaettelse",
      emne: "Dit svar på aktindsigt bliver forsinket",
      tekst: afsnit.join("\n\n"),
      titel: "Brev om forsinket svar på aktindsigt",
      kategori: "brev",
      filnavn: `aktindsigt-forsinket-${idag}.pdf`,
      pdf,
    },
    `aktindsigt-udsaettelse:${u.idempotens}`,
    af,
    now,
  );
  await tx
    .insertInto("aktindsigt_udsaettelse")
    .values({
      id: randomUUID(),
      kommunekode: access.kommunekode,
      anmodning_id: a.id,
      begrundelse: u.begrundelse,
      forventet: u.forventet,
      sendt: now,
      sendt_af: af.id,
      sendt_af_navn: af.navn,
      dokument_id: dokumentId,
      idempotens: u.idempotens,
    })
    .execute();
  await tx
    .updateTable("aktindsigt_anmodning")
    .set({ status: "udsat", forventet: u.forventet })
    .where("id", "=", a.id)
    .execute();
  if (a.status === "modtaget") {
    await skrivHaendelse(
      tx,
      {
        id: randomUUID(),
        borgerId: access.borgerId,
        type: "AKTINDSIGT_BESVARET",
        dato: idag,
        beskrivelse: `Foreløbigt svar på aktindsigt: forventet svar ${dk(u.forventet)}`,
        af: af.id,
      },
      now,
    );
  }
  return laasAnmodning(tx, access, a.id);
}
