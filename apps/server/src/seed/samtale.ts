/**
 * The demo's conversations: meeting types, rooms, the caseworkers' opening windows, an absence, and named bookings
 * around the demo day (an upcoming video jobsamtale for Mette with her preparation, a held one with minutes waiting for
 * approval, one approved with minutes she can read, a physical meeting for Ahmad today with a check-in code), with
 * the receipts and the invitation letter they caused. Fixed ids, so tests and the access-control matrix can name them.
 */
import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { DB } from "../platform/db/schema.ts";
import { indkaldelsesbrev } from "../modules/samtale/brev.ts";
import {
  laesTransskription,
  referatTekst,
  STANDARD_REFERATSKABELON,
  udkastTilReferat,
} from "../modules/samtale/referat.ts";
import { lokalTilUtc } from "../modules/samtale/tider.ts";
import {
  dagFraIso,
  erArbejdsdag,
  isoFraDag,
  naesteArbejdsdag,
  plusArbejdsdage,
  ugedag,
} from "../modules/regler/kalender.ts";
import { danishDate } from "../platform/time.ts";
import type { Dag } from "../modules/regler/model.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedNu } from "./tid.ts";

const id = demoId;

interface KommuneSamtaler {
  samtaleId: string;
  samtaleFlytId: string;
  samtaleAflysId: string;
  samtaleHoldtId: string;
  samtaleReferatId: string;
  samtaleGodkendtId: string;
  samtaleFremmoedeId: string;
  moedetypeId: string;
  beskedId: string;
  beskedBrevId: string;
  notifikationId: string;
  checkinKode: string;
}

/** The fixed ids of each municipality's demo conversations. */
export const DEMO_SAMTALE: Record<string, KommuneSamtaler> = {
  [DEMO.roskilde]: {
    samtaleId: id(1001),
    samtaleFlytId: id(1002),
    samtaleAflysId: id(1003),
    samtaleHoldtId: id(1004),
    samtaleReferatId: id(1005),
    samtaleGodkendtId: id(1006),
    samtaleFremmoedeId: id(1007),
    moedetypeId: id(1101),
    beskedId: id(1201),
    beskedBrevId: id(1202),
    notifikationId: id(1301),
    checkinKode: "KMR7TX",
  },
  [DEMO.koege]: {
    samtaleId: id(2001),
    samtaleFlytId: id(2002),
    samtaleAflysId: id(2003),
    samtaleHoldtId: id(2004),
    samtaleReferatId: id(2005),
    samtaleGodkendtId: id(2006),
    samtaleFremmoedeId: id(2007),
    moedetypeId: id(2104),
    beskedId: id(2201),
    beskedBrevId: id(2202),
    notifikationId: id(2301),
    checkinKode: "KGE7TX",
  },
};

const PERSONER = {
  [DEMO.roskilde]: {
    borger: id(301),
    borger2: id(302),
    medarbejder: id(101),
    medarbejder2: id(102),
    borgerNavn: "Mette Nielsen",
    medarbejderNavn: "Lone Sørensen",
  },
  [DEMO.koege]: {
    borger: id(401),
    borger2: id(401),
    medarbejder: id(201),
    medarbejder2: id(201),
    borgerNavn: "Jonas Berg",
    medarbejderNavn: "Sara Lund",
  },
} as const;

const typeId = (k: string, n: number) => id((k === DEMO.roskilde ? 1100 : 2100) + n);
/** The demo citizens' usual meeting type: jobsamtale in Roskilde (Mette, dagpenge), the sickness follow-up in Køge
 * (Jonas, sygedagpenge). */
const hovedtype = (k: string) => (k === DEMO.roskilde ? 1 : 4);
const artAf = (type: number) => (type === 1 ? "jobsamtale" : "opfoelgning");
const lokaleId = (k: string, n: number) => id((k === DEMO.roskilde ? 1400 : 2400) + n);

const arbejdsdag = (d: Dag) => (erArbejdsdag(d) ? d : naesteArbejdsdag(d));
/** The n-th working day before d. */
const foerArbejdsdage = (d: Dag, n: number) => {
  let x = d;
  for (let rest = n; rest > 0; ) if (erArbejdsdag(--x)) rest--;
  return x;
};
const tid = (d: Dag, hh: number, mm = 0) => new Date(lokalTilUtc(d, hh * 60 + mm));

/** Valid inputs for the access-control test's calls on the demo day (bookings in free times of the demo windows). */
export function samtaleEksempler(kommunekode: string, today: string) {
  const p = PERSONER[kommunekode as keyof typeof PERSONER]!;
  const idag = arbejdsdag(dagFraIso(today));
  const n = kommunekode === DEMO.roskilde ? 1 : 2;
  const flyt = {
    moedetypeId: typeId(kommunekode, 2),
    kanal: "telefon",
    start: tid(plusArbejdsdage(idag, 4), 9).toISOString(),
    medarbejderId: p.medarbejder,
    idempotensnoegle: id(n * 1000 + 501),
  };
  return {
    bookingEksempel: {
      moedetypeId: typeId(kommunekode, hovedtype(kommunekode)),
      kanal: "video",
      start: tid(plusArbejdsdage(idag, 3), 13).toISOString(),
      medarbejderId: p.medarbejder,
      idempotensnoegle: id(n * 1000 + 500),
    },
    flytEksempel: flyt,
    medarbejderFlytEksempel: flyt,
    medarbejderBookingEksempel: {
      moedetypeId: typeId(kommunekode, hovedtype(kommunekode)),
      kanal: "telefon",
      start: tid(plusArbejdsdage(idag, 5), 13).toISOString(),
      medarbejderId: p.medarbejder,
      idempotensnoegle: id(n * 1000 + 502),
    },
  };
}

const DEMO_TRANSSKRIPTION = `WEBVTT

1
00:00:02.000 --> 00:00:08.000
<v Lone Sørensen>Hej Mette, godt at se dig. Vi skal tale om din jobsøgning og dit CV.

2
00:00:08.500 --> 00:00:15.000
<v Mette Nielsen>Hej. Jeg har søgt tre stillinger som projektleder siden sidst.

3
00:00:15.500 --> 00:00:24.000
<v Lone Sørensen>Flot. Dit CV mangler dine erfaringer med tilbudsgivning. Kan du tilføje dem?

4
00:00:24.500 --> 00:00:30.000
<v Mette Nielsen>Ja, det gør jeg inden fredag.

5
00:00:30.500 --> 00:00:40.000
<v Lone Sørensen>Godt. Jeg sender dig et link til et kursus i projektledelse i morgen.

6
00:00:40.500 --> 00:00:50.000
<v Mette Nielsen>Tak. Min mand er sygemeldt med stress, så jeg kan ikke arbejde om aftenen lige nu.

7
00:00:50.500 --> 00:01:00.000
<v Lone Sørensen>Det noterer jeg. Vi aftaler, at du søger mindst to stillinger om ugen, og vi ses igen om tre uger.
`;

const DEMO_TRANSSKRIPTION_KOEGE = DEMO_TRANSSKRIPTION.replaceAll("Lone Sørensen", "Sara Lund")
  .replaceAll("Mette Nielsen", "Jonas Berg")
  .replaceAll("Mette", "Jonas")
  .replaceAll("Min mand", "Min kone");

/** A caseworker's ordinary week: mornings and afternoons Monday to Thursday, Friday morning. */
function uge(medarbejder: string, kommunekode: string, fra: string, n: number) {
  const rows = [];
  for (let ugedag = 1; ugedag <= 5; ugedag++) {
    rows.push({ ugedag, fra_min: 8 * 60 + 30, til_min: 12 * 60 });
    if (ugedag < 5) rows.push({ ugedag, fra_min: 12 * 60 + 30, til_min: 15 * 60 });
  }
  return rows.map((r, i) => ({
    id: id(n + i),
    kommunekode,
    medarbejder_id: medarbejder,
    gyldig_fra: fra,
    gyldig_til: null,
    ...r,
  }));
}

export async function seedSamtaler(tx: Kysely<DB>, today: string, nu?: Date): Promise<void> {
  const idag = arbejdsdag(dagFraIso(today));
  const gyldigFra = isoFraDag(dagFraIso(today) - 60);
  const now = seedNu(today, nu, 7);
  for (const k of [DEMO.roskilde, DEMO.koege]) {
    const p = PERSONER[k as keyof typeof PERSONER];
    const f = DEMO_SAMTALE[k]!;
    const by = k === DEMO.roskilde ? "Køgevej 80, 4000 Roskilde" : "Torvet 1, 4600 Køge";
    await tx
      .insertInto("moedetype")
      .values([
        {
          id: typeId(k, 1),
          kommunekode: k,
          kode: "jobsamtale",
          art: "jobsamtale",
          navn: "Jobsamtale",
          varighed_min: 45,
          buffer_min: 15,
          kanaler: ["fremmoede", "telefon", "video"],
        },
        {
          id: typeId(k, 2),
          kommunekode: k,
          kode: "opfoelgning",
          art: "opfoelgning",
          navn: "Opfølgningssamtale",
          varighed_min: 30,
          buffer_min: 10,
          kanaler: ["fremmoede", "telefon", "video"],
        },
        {
          id: typeId(k, 3),
          kommunekode: k,
          kode: "faelles",
          art: "faelles",
          navn: "Fællessamtale med a-kassen",
          varighed_min: 60,
          buffer_min: 15,
          kanaler: ["fremmoede", "video"],
          min_deltagere: 3,
        },
        {
          id: typeId(k, 4),
          kommunekode: k,
          kode: "sygeopfoelgning",
          art: "opfoelgning",
          navn: "Opfølgningssamtale (sygedagpenge)",
          varighed_min: 45,
          buffer_min: 15,
          kanaler: ["fremmoede", "telefon", "video"],
        },
      ])
      .execute();
    await tx
      .insertInto("lokale")
      .values([
        { id: lokaleId(k, 1), kommunekode: k, navn: "Samtalerum 1", adresse: `${by}, stueetagen`, kapacitet: 2 },
        { id: lokaleId(k, 2), kommunekode: k, navn: "Samtalerum 2", adresse: `${by}, stueetagen`, kapacitet: 3 },
        { id: lokaleId(k, 3), kommunekode: k, navn: "Mødelokale Fjorden", adresse: `${by}, 1. sal`, kapacitet: 6 },
      ])
      .execute();
    const staff = await tx
      .selectFrom("bruger")
      .select("id")
      .where("kommunekode", "=", k)
      .where("rolle", "in", ["jobkonsulent", "virksomhedskonsulent"])
      .orderBy("id")
      .execute();
    let n = k === DEMO.roskilde ? 3000 : 4000;
    for (const s of staff) {
      await tx
        .insertInto("aabningsvindue")
        .values(uge(s.id, k, gyldigFra, n))
        .execute();
      n += 10;
    }
    if (k === DEMO.roskilde) {
      // Peter Holm is on holiday for a week from next Monday
      const mandag = idag + 8 - ugedag(idag);
      await tx
        .insertInto("fravaer")
        .values({
          id: id(1501),
          kommunekode: k,
          medarbejder_id: p.medarbejder2,
          periode: sql<string>`tstzrange(${tid(mandag, 0).toISOString()}::timestamptz, ${tid(mandag + 5, 0).toISOString()}::timestamptz, '[)')`,
          aarsag: "Ferie",
        })
        .execute();
    }

    const bookinger: {
      id: string;
      borger: string;
      type: number;
      kanal: "fremmoede" | "telefon" | "video";
      start: Date;
      varighed: number;
      status: "booket" | "afholdt";
      lokale?: string;
      kode?: string;
      forberedelse?: string;
    }[] = [
      {
        id: f.samtaleId,
        borger: p.borger,
        type: 1,
        kanal: "video",
        start: tid(plusArbejdsdage(idag, 3), 10),
        varighed: 45,
        status: "booket",
        forberedelse:
          "Jeg har søgt tre stillinger siden sidst og vil gerne tale om et kursus i projektledelse. Jeg kan ikke arbejde om aftenen lige nu.",
      },
      {
        id: f.samtaleFlytId,
        borger: p.borger,
        type: 2,
        kanal: "telefon",
        start: tid(plusArbejdsdage(idag, 6), 9),
        varighed: 30,
        status: "booket",
      },
      {
        id: f.samtaleAflysId,
        borger: p.borger,
        type: 1,
        kanal: "telefon",
        start: tid(plusArbejdsdage(idag, 8), 13),
        varighed: 45,
        status: "booket",
      },
      {
        id: f.samtaleHoldtId,
        borger: p.borger,
        type: 1,
        kanal: "video",
        start: tid(foerArbejdsdage(idag, 1), 10),
        varighed: 45,
        status: "booket",
      },
      {
        id: f.samtaleReferatId,
        borger: p.borger,
        type: 1,
        kanal: "video",
        start: tid(foerArbejdsdage(idag, 2), 13),
        varighed: 45,
        status: "afholdt",
      },
      {
        id: f.samtaleGodkendtId,
        borger: p.borger,
        type: 1,
        kanal: "video",
        start: tid(foerArbejdsdage(idag, 7), 10),
        varighed: 45,
        status: "afholdt",
      },
      {
        id: f.samtaleFremmoedeId,
        borger: p.borger2,
        type: 1,
        kanal: "fremmoede",
        start: tid(idag, 10, 30),
        varighed: 45,
        status: "booket",
        lokale: lokaleId(k, 1),
        kode: f.checkinKode,
      },
    ];
    for (const b of bookinger) if (b.type === 1) b.type = hovedtype(k);
    for (const [i, b] of bookinger.entries()) {
      const slut = new Date(b.start.getTime() + b.varighed * 60_000);
      const blok = new Date(slut.getTime() + 15 * 60_000);
      await tx
        .insertInto("samtale")
        .values({
          id: b.id,
          kommunekode: k,
          borger_id: b.borger,
          medarbejder_id: p.medarbejder,
          moedetype_id: typeId(k, b.type),
          art: artAf(b.type),
          kanal: b.kanal,
          lokale_id: b.lokale ?? null,
          tid: sql<string>`tstzrange(${b.start.toISOString()}::timestamptz, ${slut.toISOString()}::timestamptz, '[)')`,
          blokeret: sql<string>`tstzrange(${b.start.toISOString()}::timestamptz, ${blok.toISOString()}::timestamptz, '[)')`,
          status: b.status,
          booket_af: p.medarbejder,
          booket_af_rolle: "jobkonsulent",
          oprettet: now,
          aendret: now,
          idempotens: null,
          regel_id: null,
          frist: null,
          flyttet_fra: null,
          aflyst_aarsag: null,
          forberedelse: b.forberedelse ?? null,
          forberedelse_aendret: b.forberedelse ? now : null,
          checkin_kode: b.kode ?? `${k === DEMO.roskilde ? "R" : "K"}DEM${"ABCDEFGHJ"[i]}${i + 2}`,
          checket_ind: null,
          video_udbyder: b.kanal === "video" ? "jitsi" : null,
          video_rum: b.kanal === "video" ? `jobunivers-demo-${b.id.slice(-6)}` : null,
        })
        .execute();
      const dato = danishDate(b.start);
      await tx
        .insertInto("sag_haendelse")
        .values([
          {
            id: b.id,
            kommunekode: k,
            borger_id: b.borger,
            type: "SAMTALE_INDKALDT",
            dato,
            maalgruppe: null,
            kanal: b.kanal,
            art: artAf(b.type),
            uger: null,
            kategori: null,
            beskrivelse: `${b.type === 1 ? "Jobsamtale" : "Opfølgningssamtale"} booket`,
            registreret: now,
            registreret_af: p.medarbejder,
          },
          ...(b.status === "afholdt"
            ? [
                {
                  id: id(Number(b.id.slice(-4)) + 50_000),
                  kommunekode: k,
                  borger_id: b.borger,
                  type: "SAMTALE_AFHOLDT",
                  dato,
                  maalgruppe: null,
                  kanal: b.kanal,
                  art: artAf(b.type),
                  uger: null,
                  kategori: null,
                  afholder: "jobcenter" as const,
                  beskrivelse: `${b.type === 1 ? "Jobsamtale" : "Opfølgningssamtale"} holdt (video)`,
                  registreret: now,
                  registreret_af: p.medarbejder,
                },
              ]
            : []),
        ])
        .execute();
    }

    // minutes: one draft waiting for approval, one approved (a journal note the citizen can read)
    const vtt = k === DEMO.roskilde ? DEMO_TRANSSKRIPTION : DEMO_TRANSSKRIPTION_KOEGE;
    const { linjer } = laesTransskription(vtt, "webvtt");
    for (const [sid, godkendt] of [
      [f.samtaleReferatId, false],
      [f.samtaleGodkendtId, true],
    ] as const) {
      const b = bookinger.find((x) => x.id === sid)!;
      const udkast = udkastTilReferat({
        linjer,
        kanal: "video",
        start: b.start,
        slut: new Date(b.start.getTime() + 45 * 60_000),
        moededag: danishDate(b.start),
        kendteDeltagere: [p.medarbejderNavn, p.borgerNavn],
      });
      const tekst = referatTekst(udkast, STANDARD_REFERATSKABELON);
      const notatId = godkendt ? id(Number(sid.slice(-4)) + 60_000) : null;
      if (notatId)
        await tx
          .insertInto("notat")
          .values({
            id: notatId,
            kommunekode: k,
            borger_id: p.borger,
            dato: danishDate(b.start),
            kategori: "samtale",
            emne: "Referat af jobsamtale (video)",
            tekst,
            forfatter_id: p.medarbejder,
            forfatter_navn: p.medarbejderNavn,
            oprettet: new Date(b.start.getTime() + 2 * 3_600_000),
            makro_id: null,
            retter_id: null,
            idempotens: null,
          })
          .execute();
      await tx
        .insertInto("referat")
        .values({
          id: id(Number(sid.slice(-4)) + 70_000),
          kommunekode: k,
          borger_id: p.borger,
          samtale_id: sid,
          status: godkendt ? "godkendt" : "udkast",
          kilde: "webvtt",
          transskription: vtt,
          udkast: JSON.stringify(udkast),
          tekst,
          oprettet: new Date(b.start.getTime() + 3_600_000),
          aendret: new Date(b.start.getTime() + 3_600_000),
          godkendt: godkendt ? new Date(b.start.getTime() + 2 * 3_600_000) : null,
          godkendt_af: godkendt ? p.medarbejder : null,
          godkendt_af_navn: godkendt ? p.medarbejderNavn : null,
          notat_id: notatId,
        })
        .execute();
    }

    // the messages the upcoming booking caused: a receipt, and an invitation letter
    const naeste = bookinger[0]!;
    const jc = await tx
      .selectFrom("kommune_indstillinger")
      .selectAll()
      .where("kommunekode", "=", k)
      .executeTakeFirstOrThrow();
    const pdf = Buffer.from(
      await indkaldelsesbrev({
        id: naeste.id,
        titel: "Jobsamtale",
        start: naeste.start,
        slut: new Date(naeste.start.getTime() + 45 * 60_000),
        kanal: "video",
        videoLink: "Du får linket på Min side",
        medarbejder: { navn: p.medarbejderNavn },
        borger: { navn: p.borgerNavn },
        jobcenter: {
          navn: jc.jobcenter_navn,
          adresse: jc.adresse,
          postnrBy: `${jc.postnr} ${jc.bynavn}`,
          telefon: jc.telefon,
          email: jc.email,
          url: "",
        },
        sekvens: 0,
        begrundelse: {
          tekst: "Du indkaldes til en jobsamtale som led i dit forløb i jobcentret.",
          henvisning: "Lov om en aktiv beskæftigelsesindsats § 31",
        },
        dato: now,
      }),
    );
    const dokumentId = id(Number(f.beskedBrevId.slice(-4)) + 80_000);
    await tx
      .insertInto("dokument")
      .values({
        id: dokumentId,
        kommunekode: k,
        borger_id: p.borger,
        dato: today,
        titel: "Indkaldelse til jobsamtale",
        kategori: "brev",
        helbred: false,
        filnavn: "indkaldelse.pdf",
        mimetype: "application/pdf",
        stoerrelse: pdf.length,
        sha256: createHash("sha256").update(pdf).digest("hex"),
        indhold: pdf,
        tekst: "Indkaldelse til jobsamtale på video.",
        uploadet: now,
        uploadet_af: null,
        uploadet_af_navn: "Jobunivers (automatisk brev)",
        idempotens: `indkaldelse:${naeste.id}`,
      })
      .execute();
    await tx
      .insertInto("besked")
      .values([
        {
          id: f.beskedId,
          kommunekode: k,
          borger_id: p.borger,
          art: "kvittering",
          emne: "Kvittering: Jobsamtale er booket",
          tekst: `Du har booket en jobsamtale med ${p.medarbejderNavn} på video. Linket til mødet finder du under Mine samtaler.`,
          samtale_id: naeste.id,
          dokument_id: null,
          udsendelse_id: null,
          oprettet: now,
          laest: null,
        },
        {
          id: f.beskedBrevId,
          kommunekode: k,
          borger_id: p.borger,
          art: "indkaldelse",
          emne: "Indkaldelse: Jobsamtale",
          tekst: "Du er indkaldt til en jobsamtale. Indkaldelsen er vedhæftet som brev (PDF).",
          samtale_id: naeste.id,
          dokument_id: dokumentId,
          udsendelse_id: null,
          oprettet: now,
          laest: null,
        },
      ])
      .execute();
    await tx
      .insertInto("medarbejder_notifikation")
      .values({
        id: f.notifikationId,
        kommunekode: k,
        medarbejder_id: p.medarbejder,
        art: "forberedelse",
        tekst: `${p.borgerNavn} har skrevet sin forberedelse til jobsamtalen.`,
        samtale_id: naeste.id,
        borger_id: p.borger,
        oprettet: now,
        laest: null,
      })
      .execute();
  }
}
