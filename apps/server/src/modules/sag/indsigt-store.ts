import { danishClock } from "../../platform/time.ts";
/**
 * The SQL of the citizen's full access (Min sag) and of withholding decisions. Every function that reads a named
 * citizen's case takes a CitizenAccess: the citizen's own grant, or staff's from the audited access path.
 */
import { sql } from "kysely";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { datoTekst } from "../samtale/brev.ts";
import { type GenstandArt, type Punkt, samlIndsigt } from "./indsigt-model.ts";
import type { PdfPunkt } from "./indsigt-pdf.ts";

const UNDTAGELSE_KOLONNER = [
  "id",
  "borger_id",
  "genstand_art",
  "genstand_id",
  "begrundelse",
  "hjemmel",
  "besluttet",
  "besluttet_af_navn",
  "ophaevet",
  "ophaevet_af_navn",
  "ophaevet_begrundelse",
  "idempotens",
] as const;

/** The case's withholding decisions, those lifted too, newest first. */
export async function undtagelser(tx: Tx, access: CitizenAccess) {
  return tx
    .selectFrom("indsigt_undtagelse")
    .select(UNDTAGELSE_KOLONNER)
    .where("borger_id", "=", access.borgerId)
    .orderBy("besluttet", "desc")
    .orderBy("id")
    .execute();
}

/** The citizen's dialog messages with their thread's subject and their attachments' names. */
async function dialogbeskeder(tx: Tx, access: CitizenAccess) {
  const [rows, bilag] = await Promise.all([
    tx
      .selectFrom("dialog_besked as m")
      .innerJoin("dialog_traad as t", "t.id", "m.traad_id")
      .select([
        "m.id",
        sql<string>`(m.oprettet at time zone 'Europe/Copenhagen')::date::text`.as("dato"),
        "m.traad_id",
        "t.emne",
        "m.fra",
        "m.afsender_navn",
        "m.oprettet",
      ])
      .where("m.borger_id", "=", access.borgerId)
      .orderBy("m.nr")
      .execute(),
    tx
      .selectFrom("dialog_bilag")
      .select(["besked_id", "filnavn"])
      .where("borger_id", "=", access.borgerId)
      .orderBy("oprettet")
      .orderBy("filnavn")
      .execute(),
  ]);
  const navne = new Map<string, string[]>();
  for (const b of bilag) navne.set(b.besked_id, [...(navne.get(b.besked_id) ?? []), b.filnavn]);
  return rows.map((r) => ({ ...r, bilag: navne.get(r.id) ?? [] }));
}

/** Every note, document, letter and dialog message of the citizen with the decisions in force: the citizen's list. */
export async function indsigtListe(tx: Tx, access: CitizenAccess): Promise<Punkt[]> {
  const id = access.borgerId;
  const [notater, dokumenter, beskeder, dialog, u] = await Promise.all([
    tx
      .selectFrom("notat")
      .select(["id", "dato", "kategori", "emne", "forfatter_navn", "oprettet", "retter_id"])
      .where("borger_id", "=", id)
      .execute(),
    tx
      .selectFrom("dokument")
      .select(["id", "dato", "titel", "kategori", "mimetype", "filnavn", "uploadet"])
      .where("borger_id", "=", id)
      .execute(),
    tx
      .selectFrom("besked")
      .select([
        "id",
        sql<string>`(oprettet at time zone 'Europe/Copenhagen')::date::text`.as("dato"),
        "emne",
        "art",
        "dokument_id",
        "oprettet",
      ])
      .where("borger_id", "=", id)
      .execute(),
    dialogbeskeder(tx, access),
    undtagelser(tx, access),
  ]);
  return samlIndsigt({ notater, dokumenter, beskeder, dialogbeskeder: dialog }, u);
}

/** One item's readable content; the caller decides whether it may be shown (a withheld item is not). */
export async function punktIndhold(tx: Tx, access: CitizenAccess, art: GenstandArt, id: string) {
  if (art === "notat") {
    const n = await tx
      .selectFrom("notat")
      .select(["tekst", "forfatter_navn"])
      .where("id", "=", id)
      .where("borger_id", "=", access.borgerId)
      .executeTakeFirst();
    return n ? { tekst: n.tekst, af: n.forfatter_navn, fil: null } : undefined;
  }
  if (art === "dokument") {
    const d = await tx
      .selectFrom("dokument")
      .select(["tekst", "uploadet_af_navn", "mimetype", "indhold", "filnavn"])
      .where("id", "=", id)
      .where("borger_id", "=", access.borgerId)
      .executeTakeFirst();
    return d
      ? {
          tekst: d.tekst,
          af: d.uploadet_af_navn,
          fil: { mimetype: d.mimetype, indhold: d.indhold, filnavn: d.filnavn },
        }
      : undefined;
  }
  if (art === "dialogbesked") {
    const m = await tx
      .selectFrom("dialog_besked")
      .select(["tekst", "afsender_navn"])
      .where("id", "=", id)
      .where("borger_id", "=", access.borgerId)
      .executeTakeFirst();
    return m ? { tekst: m.tekst, af: m.afsender_navn, fil: null } : undefined;
  }
  const b = await tx
    .selectFrom("besked")
    .select(["tekst"])
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .executeTakeFirst();
  return b ? { tekst: b.tekst, af: null, fil: null } : undefined;
}

/** The items with their content, for a PDF (withheld items carry no content). */
export async function medIndhold(tx: Tx, access: CitizenAccess, punkter: readonly Punkt[]): Promise<PdfPunkt[]> {
  const ud: PdfPunkt[] = [];
  for (const p of punkter) {
    if (p.undtaget) {
      ud.push({ ...p, tekst: "", fil: null, af: null });
      continue;
    }
    const i = await punktIndhold(tx, access, p.art, p.id);
    ud.push({ ...p, tekst: pdfTekst(p, i?.tekst ?? ""), fil: i?.fil ?? null, af: i?.af ?? null });
  }
  return ud;
}

const klokken = (iso: string) => danishClock(new Date(iso));

/** A dialog message's text for the PDF: who wrote it and when, the text, and the names of its attachments. */
function pdfTekst(p: Punkt, tekst: string): string {
  if (!p.dialog) return tekst;
  const d = p.dialog;
  const linjer = [
    `${d.fra === "borger" ? "Fra borgeren" : "Fra jobcentret"}, ${d.afsender}, ${datoTekst(new Date(d.tidspunkt))} kl. ${klokken(d.tidspunkt)}.`,
    "",
    tekst,
  ];
  if (d.bilag.length) linjer.push("", `Vedhæftede filer: ${d.bilag.join(", ")}.`);
  return linjer.join("\n");
}

/** Whether an item of this kind and id belongs to the citizen (row-level security hides other municipalities'). */
export async function punktFindes(tx: Tx, access: CitizenAccess, art: GenstandArt, id: string): Promise<boolean> {
  const tabel =
    art === "notat" ? "notat" : art === "dokument" ? "dokument" : art === "besked" ? "besked" : "dialog_besked";
  const r = await tx
    .selectFrom(tabel)
    .select("id")
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .executeTakeFirst();
  return !!r;
}

export interface NyUndtagelse {
  art: GenstandArt;
  genstandId: string;
  begrundelse: string;
  hjemmel: string;
  idempotens: string;
  af: { id: string; navn: string };
}

/**
 * Records a decision to withhold one item. A retry with the same key answers the first decision; an item already
 * withheld by another decision in force is refused (the unique index on decisions in force decides a race).
 */
export async function undtag(tx: Tx, access: CitizenAccess, u: NyUndtagelse, id: string, now: Date) {
  const foer = await tx
    .selectFrom("indsigt_undtagelse")
    .select(UNDTAGELSE_KOLONNER)
    .where("idempotens", "=", u.idempotens)
    .executeTakeFirst();
  if (foer) return foer;
  if (!(await punktFindes(tx, access, u.art, u.genstandId))) throw new AppError("NOT_FOUND");
  const aktiv = await tx
    .selectFrom("indsigt_undtagelse")
    .select("id")
    .where("genstand_art", "=", u.art)
    .where("genstand_id", "=", u.genstandId)
    .where("ophaevet", "is", null)
    .executeTakeFirst();
  if (aktiv) {
    throw new AppError("VALIDATION_FAILED", [
      { path: "genstandId", message: "Punktet er allerede undtaget fra borgerens indsigt ved en gældende afgørelse." },
    ]);
  }
  await tx
    .insertInto("indsigt_undtagelse")
    .values({
      id,
      kommunekode: access.kommunekode,
      borger_id: access.borgerId,
      genstand_art: u.art,
      genstand_id: u.genstandId,
      begrundelse: u.begrundelse,
      hjemmel: u.hjemmel,
      besluttet: now,
      besluttet_af: u.af.id,
      besluttet_af_navn: u.af.navn,
      idempotens: u.idempotens,
    })
    .execute();
  return tx.selectFrom("indsigt_undtagelse").select(UNDTAGELSE_KOLONNER).where("id", "=", id).executeTakeFirstOrThrow();
}

/** A decision by id (for lifting; the caller opens its citizen through the audited path). */
export async function undtagelse(tx: Tx, id: string) {
  return tx.selectFrom("indsigt_undtagelse").select(UNDTAGELSE_KOLONNER).where("id", "=", id).executeTakeFirst();
}

/** Lifts a decision; lifting one already lifted answers it as it is (the first lifting stands). */
export async function ophaev(
  tx: Tx,
  access: CitizenAccess,
  id: string,
  o: { begrundelse: string; af: { id: string; navn: string } },
  now: Date,
) {
  await tx
    .updateTable("indsigt_undtagelse")
    .set({ ophaevet: now, ophaevet_af: o.af.id, ophaevet_af_navn: o.af.navn, ophaevet_begrundelse: o.begrundelse })
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .where("ophaevet", "is", null)
    .execute();
  return tx.selectFrom("indsigt_undtagelse").select(UNDTAGELSE_KOLONNER).where("id", "=", id).executeTakeFirstOrThrow();
}

/** The citizen's name and the jobcentre's, for the PDF. */
export async function afsender(tx: Tx, access: CitizenAccess, now: Date) {
  const [b, jc] = await Promise.all([
    tx.selectFrom("borger").select(["fornavn", "efternavn"]).where("id", "=", access.borgerId).executeTakeFirst(),
    tx.selectFrom("kommune_indstillinger").select("jobcenter_navn").executeTakeFirst(),
  ]);
  if (!b) throw new AppError("NOT_FOUND");
  return { borgerNavn: `${b.fornavn} ${b.efternavn}`, jobcenter: jc?.jobcenter_navn ?? "Jobcentret", dato: now };
}
