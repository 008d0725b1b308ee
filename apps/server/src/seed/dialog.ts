/**
 * The demo's dialog and verified details, for both municipalities: a thread where the caseworker asked the citizen
 * for a document (waiting for the citizen, with an attachment), an overdue question from another citizen (waiting for
 * the jobcentre, past its promised day), a thank-you that needs no answer yet, and a flagged correction. Everything
 * goes through the dialog's own store functions inside the municipality (row-level security on). Fixed ids.
 */
import type { Kysely } from "kysely";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { indberet, registrerOplysning } from "../modules/borger/oplysninger-store.ts";
import { nyTraad, skrivBesked } from "../modules/dialog/store.ts";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { DEMO, demoId as id } from "./ids.ts";

interface KommuneDialog {
  /** the two named citizens whose threads are seeded, and their caseworker */
  borgerId: string;
  andenBorgerId: string | null;
  sagsbehandler: { id: string; navn: string };
  /** a thread of the first citizen, waiting for them, with the caseworker's attachment */
  traadId: string;
  bilagId: string;
  /** a thread of the first citizen waiting for the jobcentre (marked as needing no answer in the access test) */
  intetSvarTraadId: string;
  /** an overdue thread of the second citizen */
  forfaldenTraadId: string | null;
  /** a flagged correction (driving licence, waits for the caseworker) of the first citizen */
  rettelseId: string;
}

/** Roskilde: Mette (7001…), Ahmad; Køge: Jonas (7501…). Caseworkers: Lone, Sara (seed/demo.ts). */
export const DEMO_DIALOG: Record<string, KommuneDialog> = {
  [DEMO.roskilde]: {
    borgerId: id(301),
    andenBorgerId: id(302),
    sagsbehandler: { id: id(101), navn: "Lone Sørensen" },
    traadId: id(7001),
    bilagId: id(7011),
    intetSvarTraadId: id(7002),
    forfaldenTraadId: id(7003),
    rettelseId: id(7051),
  },
  [DEMO.koege]: {
    borgerId: id(401),
    andenBorgerId: null,
    sagsbehandler: { id: id(201), navn: "Sara Lund" },
    traadId: id(7501),
    bilagId: id(7511),
    intetSvarTraadId: id(7502),
    forfaldenTraadId: null,
    rettelseId: id(7551),
  },
};

/** A one-page PDF: the demo's attachment (a real PDF, so the magic-byte check and the browser accept it). */
async function demoPdf(tekst: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(tekst, { x: 50, y: 780, size: 12, font });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** An instant on a day before `today` at a Danish office hour (10:00 in winter). */
const kl = (today: string, dageFoer: number, time = 9) =>
  new Date(new Date(`${today}T${String(time).padStart(2, "0")}:00:00Z`).getTime() - dageFoer * 86_400_000);

/** The demo's dialog data for both municipalities. */
export async function seedDialog(db: Kysely<DB>, today: string): Promise<void> {
  for (const [kommunekode, d] of Object.entries(DEMO_DIALOG)) {
    const n = kommunekode === DEMO.roskilde ? 7000 : 7500;
    const staff = await db
      .selectFrom("bruger")
      .select(["id", "navn"])
      .where("id", "=", d.sagsbehandler.id)
      .executeTakeFirst();
    if (!staff) continue;
    const borger = await db
      .selectFrom("borger")
      .select(["fornavn", "efternavn"])
      .where("id", "=", d.borgerId)
      .executeTakeFirstOrThrow();
    const borgerNavn = `${borger.fornavn} ${borger.efternavn}`;
    const jobcenter = { side: "jobcenter" as const, id: staff.id, navn: staff.navn };
    const selv = { side: "borger" as const, id: null, navn: borgerNavn };
    await withTenant(db, kommunekode, async (tx) => {
      // 1. The citizen asked about holiday; the caseworker asked for the booking confirmation (waits for the citizen).
      await nyTraad(
        tx,
        {
          id: d.traadId,
          beskedId: id(n + 21),
          borgerId: d.borgerId,
          emne: "Ferie i februar",
          tekst: "Hej. Jeg vil gerne holde en uges ferie i uge 8. Hvad skal jeg gøre?",
          kilde: "borger",
          afsender: selv,
          idempotens: id(n + 31),
        },
        kl(today, 6),
      );
      await skrivBesked(
        tx,
        {
          id: id(n + 22),
          traadId: d.traadId,
          borgerId: d.borgerId,
          tekst:
            "Hej. Du skal melde ferien til din a-kasse og i din joblog. Send mig gerne en kopi af din ferieaftale, så noterer jeg den på sagen. Jeg har vedhæftet vores vejledning om ferie.",
          afsender: jobcenter,
          svarOenskes: true,
          bilag: [
            {
              id: d.bilagId,
              filnavn: "Vejledning om ferie.pdf",
              mimetype: "application/pdf",
              indhold: await demoPdf("Vejledning om ferie for ledige"),
            },
          ],
          idempotens: id(n + 32),
        },
        kl(today, 5),
      );
      // 2. A thank-you after the last conversation: waits for the jobcentre, due in the future.
      await nyTraad(
        tx,
        {
          id: d.intetSvarTraadId,
          beskedId: id(n + 23),
          borgerId: d.borgerId,
          emne: "Tak for samtalen",
          tekst: "Tak for en god samtale i går. Jeg har sendt to ansøgninger i dag.",
          kilde: "borger",
          afsender: selv,
          idempotens: id(n + 33),
        },
        kl(today, 0, 7),
      );
      // 3. Another citizen's question, past the promised day (shown first in the caseworker's inbox).
      if (d.andenBorgerId && d.forfaldenTraadId) {
        const anden = await tx
          .selectFrom("borger")
          .select(["fornavn", "efternavn"])
          .where("id", "=", d.andenBorgerId)
          .executeTakeFirstOrThrow();
        await nyTraad(
          tx,
          {
            id: d.forfaldenTraadId,
            beskedId: id(n + 24),
            borgerId: d.andenBorgerId,
            emne: "Spørgsmål om praktik",
            tekst: "Hej. Kan jeg komme i virksomhedspraktik som lagermedarbejder? Jeg har kørekort til truck.",
            kilde: "borger",
            afsender: { side: "borger", id: null, navn: `${anden.fornavn} ${anden.efternavn}` },
            idempotens: id(n + 34),
          },
          kl(today, 8),
        );
      }
      // 4. What the jobcentre registered at the first conversation: languages and driving licence.
      await registrerOplysning(
        tx,
        d.borgerId,
        "sprog",
        {
          sprog: [
            { sprog: "dansk", niveau: "modersmaal" },
            { sprog: "engelsk", niveau: "flydende" },
          ],
        },
        kl(today, 60),
      );
      await registrerOplysning(tx, d.borgerId, "koerekort", { kategorier: ["B"] }, kl(today, 60));
      // 5. The citizen corrected their driving licence (waits for the caseworker) and confirmed their languages.
      await indberet(
        tx,
        {
          id: d.rettelseId,
          borgerId: d.borgerId,
          gruppe: "koerekort",
          handling: "rettet",
          data: { kategorier: ["B", "C"] },
          idempotens: id(n + 41),
        },
        kl(today, 3),
      );
      await indberet(
        tx,
        { borgerId: d.borgerId, gruppe: "kontakt", handling: "bekraeftet", idempotens: id(n + 42) },
        kl(today, 40),
      );
    });
  }
}

/** Ids and valid bodies for the access-control test's samples. */
export function dialogEksempler(kommunekode: string, _today: string) {
  const d = DEMO_DIALOG[kommunekode]!;
  const n = kommunekode === DEMO.roskilde ? 7000 : 7500;
  return {
    traadId: d.traadId,
    bilagId: d.bilagId,
    intetSvarTraadId: d.intetSvarTraadId,
    rettelseId: d.rettelseId,
    nyTraad: { emne: "Spørgsmål om kørsel", tekst: "Får jeg dækket kørsel til kurset?", idempotensnoegle: id(n + 101) },
    borgerSvar: { tekst: "Her er min ferieaftale.", idempotensnoegle: id(n + 102) },
    borgerSvarFremmed: { tekst: "Her er min ferieaftale.", idempotensnoegle: id(n + 103) },
    medarbejderTraad: { emne: "Husk samtalen", tekst: "Husk vores samtale på torsdag.", idempotensnoegle: id(n + 104) },
    medarbejderTraadFremmed: { emne: "Husk samtalen", tekst: "Husk samtalen.", idempotensnoegle: id(n + 105) },
    medarbejderSvar: { tekst: "Tak, det er noteret.", idempotensnoegle: id(n + 106) },
    medarbejderSvarFremmed: { tekst: "Tak, det er noteret.", idempotensnoegle: id(n + 107) },
    bekraeft: { handling: "bekraeftet", idempotensnoegle: id(n + 108) },
  };
}
