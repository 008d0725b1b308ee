import type { Kysely } from "kysely";
import type { Role } from "#contracts/roles.ts";
import { DEMO_ISSUER_KEY } from "../platform/auth/demo-idp.ts";
import type { CprVault } from "../platform/crypto/cpr-vault.ts";
import type { Database } from "../platform/db/database.ts";
import { citizenRecord } from "../../../../tools/population/load.ts";
import type { CitizenRow } from "../../../../tools/population/model.ts";
import type { DB } from "../platform/db/schema.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedMarked } from "./marked.ts";
import { seedMinside } from "./minside.ts";
import { seedIndsigt } from "./indsigt.ts";
import { seedDialog } from "./dialog.ts";
import { seedJoblog } from "./joblog.ts";
import { seedBefordring } from "./befordring.ts";
import { seedCv } from "./cv.ts";
import { seedEsco } from "./esco.ts";
import { seedJob } from "./job.ts";
import { seedJobordre } from "./jobordre.ts";
import { seedChatbot } from "./chatbot.ts";
import { seedSag } from "./sag.ts";
import { seedSamtaler } from "./samtale.ts";

/**
 * The demo: two municipalities that run Jobunivers, Roskilde (0265, the main demo with about 1,000 citizens) and Køge
 * (0259, the "other municipality" that must never leak into Roskilde), with named demo users for every role who log in
 * through the demo identity provider, and a generated population around them.
 * Runs once: a database that already has Roskilde's settings is left alone.
 */
export { DEMO };

/** A named demo citizen: a population row, with its demo login and its caseworker named by login. */
type NamedCitizen = Omit<CitizenRow, "sagsbehandler_id"> & { subject: string; sagsbehandler: string };

interface NamedUser {
  subject: string;
  id: string;
  kommunekode: string;
  rolle: Exclude<Role, "borger">;
  navn: string;
  titel: string;
  team?: string;
  email: string;
  cvr?: string;
  leverandoer_id?: string;
}

const id = demoId;

export const DEMO_USERS: NamedUser[] = [
  {
    subject: "jk-lone",
    id: id(101),
    kommunekode: "0265",
    rolle: "jobkonsulent",
    navn: "Lone Sørensen",
    titel: "Jobkonsulent",
    team: "Team Jobparate",
    email: "lone.soerensen@roskilde.dk",
  },
  {
    subject: "jk-peter",
    id: id(102),
    kommunekode: "0265",
    rolle: "jobkonsulent",
    navn: "Peter Holm",
    titel: "Jobkonsulent",
    team: "Team Sygedagpenge",
    email: "peter.holm@roskilde.dk",
  },
  {
    subject: "vk-kim",
    id: id(103),
    kommunekode: "0265",
    rolle: "virksomhedskonsulent",
    navn: "Kim Andersen",
    titel: "Virksomhedskonsulent",
    team: "Virksomhedsservice",
    email: "kim.andersen@roskilde.dk",
  },
  {
    subject: "leder-birgitte",
    id: id(104),
    kommunekode: "0265",
    rolle: "leder",
    navn: "Birgitte Kjær",
    titel: "Jobcenterchef",
    email: "birgitte.kjaer@roskilde.dk",
  },
  {
    subject: "admin-jens",
    id: id(105),
    kommunekode: "0265",
    rolle: "admin",
    navn: "Jens Madsen",
    titel: "Systemadministrator",
    email: "jens.madsen@roskilde.dk",
  },
  {
    subject: "virk-anders",
    id: id(106),
    kommunekode: "0265",
    rolle: "virksomhed",
    navn: "Anders Møller",
    titel: "Indehaver, Roskilde Tømrer & Snedker ApS",
    email: "anders@roskildetoemrer.dk",
    cvr: "31245678",
  },
  {
    subject: "lev-hanne",
    id: id(107),
    kommunekode: "0265",
    rolle: "leverandoer",
    navn: "Hanne Berg",
    titel: "Kursuskoordinator, Kursushuset Sjælland ApS",
    email: "hanne@kursushuset.dk",
    leverandoer_id: id(901),
  },
  {
    subject: "jk-sara",
    id: id(201),
    kommunekode: "0259",
    rolle: "jobkonsulent",
    navn: "Sara Lund",
    titel: "Jobkonsulent",
    team: "Team Ydelse",
    email: "sara.lund@koege.dk",
  },
  {
    subject: "leder-koege",
    id: id(202),
    kommunekode: "0259",
    rolle: "leder",
    navn: "Morten Dahl",
    titel: "Jobcenterchef",
    email: "morten.dahl@koege.dk",
  },
  {
    subject: "admin-koege",
    id: id(203),
    kommunekode: "0259",
    rolle: "admin",
    navn: "Ulla Friis",
    titel: "Systemadministrator",
    email: "ulla.friis@koege.dk",
  },
  {
    subject: "virk-koege",
    id: id(204),
    kommunekode: "0259",
    rolle: "virksomhed",
    navn: "Camilla Holt",
    titel: "HR-chef, Køge Havnelogistik A/S",
    email: "ch@koegehavn.dk",
    cvr: "29876543",
  },
  {
    subject: "lev-koege",
    id: id(205),
    kommunekode: "0259",
    rolle: "leverandoer",
    navn: "Rasmus Kirk",
    titel: "Direktør, Sprogskolen Køge",
    email: "rk@sprogskolen-koege.dk",
    leverandoer_id: id(902),
  },
  {
    subject: "vk-koege",
    id: id(206),
    kommunekode: "0259",
    rolle: "virksomhedskonsulent",
    navn: "Nadia Yilmaz",
    titel: "Virksomhedskonsulent",
    team: "Virksomhedsservice",
    email: "nadia.yilmaz@koege.dk",
  },
];

/** Synthetic CPR numbers: valid dates with serial numbers in the 9xxx range, which the generator never uses. */
export const DEMO_CITIZENS: NamedCitizen[] = [
  {
    subject: "borger-mette",
    id: id(301),
    kommunekode: "0265",
    cpr: "1503889901",
    fornavn: "Mette",
    efternavn: "Nielsen",
    foedselsdato: "1988-03-15",
    koen: "K",
    adresse: "Algade 12, 2. th.",
    postnr: "4000",
    telefon: "22 33 44 55",
    email: "mette.nielsen@example.dk",
    maalgruppe: "DAGPENGE",
    ydelse_start: "2026-08-03",
    uddannelse: "MELLEMLANG_VIDEREGAAENDE",
    sagsbehandler: "jk-lone",
  },
  {
    subject: "borger-ahmad",
    id: id(302),
    kommunekode: "0265",
    cpr: "0207959903",
    fornavn: "Ahmad",
    efternavn: "Hassan",
    foedselsdato: "1995-07-02",
    koen: "M",
    adresse: "Hyrdehøj 4",
    postnr: "4000",
    telefon: "31 42 53 64",
    email: "ahmad.hassan@example.dk",
    maalgruppe: "KONTANTHJAELP_JOBPARAT",
    ydelse_start: "2026-05-18",
    uddannelse: "GRUNDSKOLE",
    sagsbehandler: "jk-lone",
  },
  {
    subject: "borger-jonas",
    id: id(401),
    kommunekode: "0259",
    cpr: "2111829905",
    fornavn: "Jonas",
    efternavn: "Berg",
    foedselsdato: "1982-11-21",
    koen: "M",
    adresse: "Nørregade 30",
    postnr: "4600",
    telefon: "40 50 60 70",
    email: "jonas.berg@example.dk",
    maalgruppe: "SYGEDAGPENGE",
    ydelse_start: "2026-10-05",
    uddannelse: "ERHVERVSFAGLIG",
    sagsbehandler: "jk-sara",
  },
];

const OPENING_HOURS = JSON.stringify([
  { dag: "man", fra: "08:00", til: "15:00" },
  { dag: "tir", fra: "08:00", til: "15:00" },
  { dag: "ons", fra: "08:00", til: "15:00" },
  { dag: "tor", fra: "08:00", til: "17:00" },
  { dag: "fre", fra: "08:00", til: "13:00" },
]);

export async function seedDemoIfEmpty(
  database: Database,
  vault: CprVault,
  population?: (database: Database, kommunekode: string, citizens: number) => Promise<void>,
  today?: string,
  /** the moment of seeding: what is seeded as done today is never stamped later than this (seed/tid.ts) */
  nu?: Date,
): Promise<boolean> {
  const db = database.db;
  const already = await db
    .selectFrom("kommune_indstillinger")
    .select("kommunekode")
    .where("kommunekode", "=", DEMO.roskilde)
    .executeTakeFirst();
  if (already) return false;
  const dag = today ?? new Date().toISOString().slice(0, 10);
  await db.transaction().execute(async (tx) => {
    await seedNamed(tx, vault);
    await seedSag(tx, dag, nu);
    // the conversations' booking setup and the named bookings (seed/samtale.ts)
    await seedSamtaler(tx, dag, nu);
  });
  // the marketplace, built through its own store inside each municipality (seed/marked.ts)
  await seedMarked(db, dag, (subject) => DEMO_CITIZENS.find((c) => c.subject === subject)!.id, nu);
  // Min side (issue 7): each part seeds its own demo data
  await seedMinside(db, dag, nu);
  await seedIndsigt(db, dag, nu);
  await seedDialog(db, dag);
  await seedJoblog(db, dag);
  await seedBefordring(db, dag, nu);
  await seedChatbot(db, dag, nu);
  if (population) {
    await population(database, DEMO.roskilde, 1000);
    await population(database, DEMO.koege, 300);
    // The named caseworkers take over part of the generated caseload, so "Mine borgere" shows a real list.
    const handover: [string, string, number][] = [
      ["jk-lone", DEMO.roskilde, 120],
      ["jk-peter", DEMO.roskilde, 110],
      ["jk-sara", DEMO.koege, 100],
    ];
    for (const [subject, kommunekode, count] of handover) {
      const caseworker = DEMO_USERS.find((u) => u.subject === subject)!;
      const ids = db
        .selectFrom("borger")
        .select("id")
        .where("kommunekode", "=", kommunekode)
        .where(
          "sagsbehandler_id",
          "not in",
          DEMO_USERS.map((u) => u.id),
        )
        .orderBy("id")
        .limit(count);
      await db.updateTable("borger").set({ sagsbehandler_id: caseworker.id }).where("id", "in", ids).execute();
    }
  }
  // Issue 5: the ESCO demo taxonomy, CVs (also of the generated citizens), job orders and contact requests
  await seedEsco(db);
  await seedCv(db, dag, nu);
  await seedJobordre(db, dag);
  await seedJob(db, dag, nu);
  return true;
}

async function seedNamed(tx: Kysely<DB>, vault: CprVault): Promise<void> {
  await tx
    .insertInto("kommune_indstillinger")
    .values([
      {
        kommunekode: DEMO.roskilde,
        jobcenter_navn: "Jobcenter Roskilde",
        adresse: "Køgevej 80",
        postnr: "4000",
        bynavn: "Roskilde",
        telefon: "46 31 62 00",
        email: "jobcenter@roskilde.dk",
        aabningstider: OPENING_HOURS,
      },
      {
        kommunekode: DEMO.koege,
        jobcenter_navn: "Jobcenter Køge",
        adresse: "Fændediget 9",
        postnr: "4600",
        bynavn: "Køge",
        telefon: "56 67 67 67",
        email: "jobcenter@koege.dk",
        aabningstider: OPENING_HOURS,
      },
    ])
    .execute();
  await tx
    .insertInto("virksomhed")
    .values([
      { kommunekode: DEMO.roskilde, cvr: "31245678", navn: "Roskilde Tømrer & Snedker ApS" },
      { kommunekode: DEMO.roskilde, cvr: "35501234", navn: "Fjordens Plejecenter" },
      { kommunekode: DEMO.koege, cvr: "29876543", navn: "Køge Havnelogistik A/S" },
    ])
    .execute();
  await tx
    .insertInto("leverandoer")
    .values([
      { id: id(901), kommunekode: DEMO.roskilde, navn: "Kursushuset Sjælland ApS", cvr: "38112233" },
      { id: id(902), kommunekode: DEMO.koege, navn: "Sprogskolen Køge", cvr: "27445566" },
    ])
    .execute();
  await tx
    .insertInto("bruger")
    .values(
      DEMO_USERS.map((u) => ({
        id: u.id,
        kommunekode: u.kommunekode,
        rolle: u.rolle,
        navn: u.navn,
        email: u.email,
        titel: u.titel,
        team: u.team ?? null,
        idp_issuer: DEMO_ISSUER_KEY,
        idp_subject: u.subject,
        cvr: u.cvr ?? null,
        leverandoer_id: u.leverandoer_id ?? null,
      })),
    )
    .execute();
  const bySubject = new Map(DEMO_USERS.map((u) => [u.subject, u.id]));
  await tx
    .insertInto("borger")
    .values(DEMO_CITIZENS.map((c) => citizenRecord({ ...c, sagsbehandler_id: bySubject.get(c.sagsbehandler)! }, vault)))
    .execute();
  await tx
    .insertInto("bruger")
    .values(
      DEMO_CITIZENS.map((c, i) => ({
        id: id(500 + i),
        kommunekode: c.kommunekode,
        rolle: "borger",
        navn: `${c.fornavn} ${c.efternavn}`,
        email: c.email,
        idp_issuer: DEMO_ISSUER_KEY,
        idp_subject: c.subject,
        borger_id: c.id,
      })),
    )
    .execute();
}
