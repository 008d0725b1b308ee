import type { Kysely } from "kysely";
import type { JobordreArt, JobordreStatus } from "../platform/db/schema-job.ts";
import type { DB } from "../platform/db/schema.ts";
import { type Tx, withTenant } from "../platform/db/tenant.ts";
import { ESCO_ERHVERV } from "../modules/marked/esco.ts";
import { opretOrdre, type OrdreData, skiftStatus } from "../modules/jobordre/store.ts";
import { dagFraIso, isoFraDag } from "../modules/regler/kalender.ts";
import { DEMO, demoId } from "./ids.ts";

/**
 * Issue 5: the demo's job orders (docs/matching.md "Jobordrer"), ids demoId(13000..13499) in Roskilde and
 * demoId(13500..13999) in Køge: open orders of every kind across the demo taxonomy's occupations, some on the
 * opgavebørs, at real postcodes, by the named employers and, for other companies, by the company consultant. Each
 * order's skills are its occupation's essential skills and a few optional ones, read from the taxonomy in the tables
 * (an occupation missing from the taxonomy leaves its order out, so the seed never fails on a smaller taxonomy).
 *
 * For the journeys: Anders' carpenter order (13000) fits Ahmad's CV; the office order (13010) and the småjob with
 * scanning and filing on the opgavebørs (13011) fit Mette's.
 */

const O = "http://data.europa.eu/esco/occupation/";
export const ERHVERV = {
  toemrer: `${O}2a22ff9e-de3b-408d-b312-5034896cc4f4`,
  snedker: `${O}e1416610-ad08-4f37-8b46-9f99632a5c0f`,
  lager: `${O}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`,
  ordreplukker: `${O}cd94def5-3442-4c2e-ae3d-0761a3008bcb`,
  truckfoerer: `${O}eeac6251-1974-42f5-91ed-513c6c883755`,
  havnearbejder: `${O}b567a979-c556-49fa-8b36-8af6cfe97624`,
  sosuAssistent: `${O}d38c2107-98f2-47b7-8bb4-f69750d51082`,
  sosuHjaelper: `${O}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`,
  paedagogmedhjaelper: `${O}3f74aad8-2d60-4be2-b059-8dba5568d530`,
  lastbil: `${O}45037d43-a8f5-4f46-b332-b2935bc305f4`,
  bus: `${O}00cee175-1376-43fb-9f02-ba3d7a910a58`,
  kontor: `${O}6c999fc7-c6b7-4ef3-a4b9-af124a1783a2`,
  butik: `${O}0b15375e-dfdd-4047-9efb-096e0aaee7d2`,
  rengoering: `${O}303a1e34-cb16-4054-b323-81e5eec17397`,
  kok: `${O}90f75f67-495d-49fa-ab57-2f320e251d7e`,
  koekkenmedhjaelper: `${O}e1cf6897-158d-4b48-a39e-2a3a8cac216c`,
  opvasker: `${O}f756fdab-7726-4c48-bfcc-94ff8810fc08`,
  itSupport: `${O}aaeec9a7-dc57-4485-890c-86b3eef735f9`,
  elektriker: `${O}4910419f-b4af-4f59-b544-9dbebc8a74f0`,
  regnskab: `${O}bfe142b9-a049-4d41-89c4-fd2f34ac56b6`,
  gartnermedhjaelper: `${O}a10eb17a-3c78-4f7a-a1da-8f31146339d3`,
  receptionist: `${O}f7b04542-d8c7-42db-8475-e63b507cce82`,
} as const;

/** The companies of the demo's orders; the first of each municipality is seeded by seed/demo.ts already. */
const VIRKSOMHEDER = [
  { kommunekode: DEMO.roskilde, cvr: "31245678", navn: "Roskilde Tømrer & Snedker ApS" },
  { kommunekode: DEMO.roskilde, cvr: "35501234", navn: "Fjordens Plejecenter" },
  { kommunekode: DEMO.roskilde, cvr: "36712345", navn: "Roskilde Lager & Logistik A/S" },
  { kommunekode: DEMO.roskilde, cvr: "37823456", navn: "Café Domkirken ApS" },
  { kommunekode: DEMO.roskilde, cvr: "38934567", navn: "Himmelev Børnehus" },
  { kommunekode: DEMO.roskilde, cvr: "39045678", navn: "Trekroner Kontorservice ApS" },
  { kommunekode: DEMO.roskilde, cvr: "40156789", navn: "Viby Rengøring & Service ApS" },
  { kommunekode: DEMO.koege, cvr: "29876543", navn: "Køge Havnelogistik A/S" },
  { kommunekode: DEMO.koege, cvr: "41267890", navn: "Køge Storkøkken ApS" },
  { kommunekode: DEMO.koege, cvr: "42378901", navn: "Herfølge Ældrecenter" },
] as const;

const ANDERS = { id: demoId(106), navn: "Anders Møller" };
const KIM = { id: demoId(103), navn: "Kim Andersen" };
const CAMILLA = { id: demoId(204), navn: "Camilla Holt" };
const NADIA = { id: demoId(206), navn: "Nadia Yilmaz" };

interface DemoOrdre {
  n: number;
  kk: string;
  cvr: string;
  af: { id: string; navn: string };
  titel: string;
  erhverv: string;
  art: JobordreArt;
  timer: [number, number];
  postnr: string;
  arbejdssted: string;
  /** days from today to the start, and the length in days (none: permanent) */
  om: number;
  dage?: number;
  antal?: number;
  beskrivelse: string;
  opgaveboers?: boolean;
  naboer?: boolean;
  status?: JobordreStatus;
  certifikater?: string[];
  koerekort?: string[];
  uddannelseskrav?: string[];
  /** days ago it was created */
  oprettet: number;
}

const R = DEMO.roskilde;
const K = DEMO.koege;

export const DEMO_ORDRER: readonly DemoOrdre[] = [
  {
    n: 13000,
    kk: R,
    cvr: "31245678",
    af: ANDERS,
    titel: "Tømrer til renovering af rækkehuse",
    erhverv: ERHVERV.toemrer,
    art: "loentilskud",
    timer: [37, 37],
    postnr: "4000",
    arbejdssted: "Byggepladsen, Hyrdehøj, Roskilde",
    om: 14,
    beskrivelse:
      "Vi renoverer 24 rækkehuse i Hyrdehøj og søger en tømrer eller en med erfaring fra byggepladsen. Du skal skifte vinduer og døre, lægge gulve og sætte gipsvægge op sammen med vores svende. Vi vil gerne ansætte med løntilskud i 6 måneder med henblik på fast job.",
    koerekort: ["B"],
    naboer: true,
    oprettet: 6,
  },
  {
    n: 13001,
    kk: R,
    cvr: "31245678",
    af: ANDERS,
    titel: "Snedker til værkstedet",
    erhverv: ERHVERV.snedker,
    art: "ordinaer",
    timer: [37, 37],
    postnr: "4000",
    arbejdssted: "Værkstedet, Industrivej 12, Roskilde",
    om: 21,
    beskrivelse:
      "Vi søger en snedker til at lave specialinventar, trapper og køkkener på vores værksted. Du kan læse en tegning og betjene CNC-fræser eller vil lære det.",
    uddannelseskrav: ["Svendebrev som snedker"],
    oprettet: 10,
  },
  {
    n: 13002,
    kk: R,
    cvr: "31245678",
    af: ANDERS,
    titel: "Virksomhedspraktik som tømrerhjælper",
    erhverv: ERHVERV.toemrer,
    art: "virksomhedspraktik",
    timer: [25, 30],
    postnr: "4000",
    arbejdssted: "Roskilde Tømrer & Snedker ApS, Industrivej 12",
    om: 10,
    dage: 28,
    beskrivelse:
      "Fire ugers praktik for en, der gerne vil prøve kræfter med tømrerfaget: oprydning på pladsen, bæring af materialer og enkle opgaver sammen med en svend.",
    opgaveboers: true,
    status: "kladde",
    oprettet: 1,
  },
  {
    n: 13003,
    kk: R,
    cvr: "36712345",
    af: KIM,
    titel: "Lagermedarbejder til varemodtagelse",
    erhverv: ERHVERV.lager,
    art: "ordinaer",
    timer: [30, 37],
    postnr: "4000",
    arbejdssted: "Roskilde Lager & Logistik, Københavnsvej 81",
    om: 7,
    antal: 2,
    beskrivelse:
      "Du tager imod varer, tjekker følgesedler, sætter varer på plads og pakker ordrer til butikker på Sjælland. Dagvagt kl. 7-15.",
    certifikater: ["Truckcertifikat"],
    oprettet: 8,
  },
  {
    n: 13004,
    kk: R,
    cvr: "36712345",
    af: KIM,
    titel: "Hjælp til oprydning på lageret 2 dage",
    erhverv: ERHVERV.lager,
    art: "smaajob",
    timer: [8, 15],
    postnr: "4000",
    arbejdssted: "Roskilde Lager & Logistik, Københavnsvej 81",
    om: 5,
    dage: 2,
    beskrivelse:
      "Vi rydder op efter årets lageroptælling og har brug for en ekstra hånd i to dage: sortere, pakke og køre affald til containeren. Almindelig timeløn.",
    opgaveboers: true,
    oprettet: 3,
  },
  {
    n: 13005,
    kk: R,
    cvr: "36712345",
    af: KIM,
    titel: "Truckfører, aftenhold",
    erhverv: ERHVERV.truckfoerer,
    art: "loentilskud",
    timer: [30, 37],
    postnr: "4000",
    arbejdssted: "Roskilde Lager & Logistik, Københavnsvej 81",
    om: 14,
    beskrivelse: "Aftenhold kl. 15-23: du kører truck, flytter paller og læsser lastbiler. Truckcertifikat er et krav.",
    certifikater: ["Truckcertifikat"],
    oprettet: 12,
  },
  {
    n: 13006,
    kk: R,
    cvr: "35501234",
    af: KIM,
    titel: "Social- og sundhedsassistent, aftenvagt",
    erhverv: ERHVERV.sosuAssistent,
    art: "ordinaer",
    timer: [28, 32],
    postnr: "4000",
    arbejdssted: "Fjordens Plejecenter, Fjordvej 3",
    om: 30,
    antal: 2,
    beskrivelse:
      "Vi søger to social- og sundhedsassistenter til aftenvagt i et plejecenter med 60 beboere. Du giver medicin, plejer og samarbejder med sygeplejersker og pårørende.",
    certifikater: ["Autorisation som social- og sundhedsassistent", "Straffeattest"],
    oprettet: 5,
  },
  {
    n: 13007,
    kk: R,
    cvr: "35501234",
    af: KIM,
    titel: "Social- og sundhedshjælper i fleksjob",
    erhverv: ERHVERV.sosuHjaelper,
    art: "fleksjob",
    timer: [12, 20],
    postnr: "4000",
    arbejdssted: "Fjordens Plejecenter, Fjordvej 3",
    om: 21,
    beskrivelse:
      "Fleksjob i dagvagt med faste opgaver: hjælp ved måltider, gåture og aktiviteter med beboerne. Vi tilpasser timer og opgaver efter dine skånehensyn.",
    oprettet: 9,
  },
  {
    n: 13008,
    kk: R,
    cvr: "38934567",
    af: KIM,
    titel: "Pædagogmedhjælper i vuggestuen",
    erhverv: ERHVERV.paedagogmedhjaelper,
    art: "loentilskud",
    timer: [30, 32],
    postnr: "4000",
    arbejdssted: "Himmelev Børnehus, Himmelev Bygade 40",
    om: 14,
    beskrivelse:
      "Vi søger en pædagogmedhjælper til vores vuggestuegruppe med 12 børn. Du skal være med i leg, måltider, puslerutiner og ture i naturen.",
    certifikater: ["Børneattest"],
    oprettet: 4,
  },
  {
    n: 13009,
    kk: R,
    cvr: "37823456",
    af: KIM,
    titel: "Virksomhedspraktik i køkken",
    erhverv: ERHVERV.koekkenmedhjaelper,
    art: "virksomhedspraktik",
    timer: [20, 25],
    postnr: "4000",
    arbejdssted: "Café Domkirken, Stændertorvet 1",
    om: 7,
    dage: 28,
    beskrivelse:
      "Praktik i vores køkken i 4 uger: du forbereder grøntsager, hjælper med frokostretter og holder køkkenet rent. God mulighed for at prøve faget.",
    opgaveboers: true,
    certifikater: ["Hygiejnebevis"],
    oprettet: 2,
  },
  {
    n: 13010,
    kk: R,
    cvr: "39045678",
    af: KIM,
    titel: "Kontorassistent til kundeservice og fakturering",
    erhverv: ERHVERV.kontor,
    art: "ordinaer",
    timer: [32, 37],
    postnr: "4000",
    arbejdssted: "Trekroner Kontorservice, Trekroner Allé 5",
    om: 21,
    beskrivelse:
      "Du svarer kunder i telefon og på mail, registrerer ordrer, fakturerer og holder styr på arkivet. Du er god til it og skriver et klart dansk.",
    naboer: true,
    oprettet: 7,
  },
  {
    n: 13011,
    kk: R,
    cvr: "39045678",
    af: KIM,
    titel: "Småjob: scanning og arkivering 10 timer om ugen",
    erhverv: ERHVERV.kontor,
    art: "smaajob",
    timer: [8, 10],
    postnr: "4000",
    arbejdssted: "Trekroner Kontorservice, Trekroner Allé 5",
    om: 7,
    dage: 56,
    beskrivelse:
      "Vi digitaliserer vores papirarkiv og søger en til at scanne, navngive og arkivere dokumenter 2-3 formiddage om ugen i 8 uger. Almindelig timeløn.",
    opgaveboers: true,
    oprettet: 2,
  },
  {
    n: 13012,
    kk: R,
    cvr: "40156789",
    af: KIM,
    titel: "Rengøringsassistent, morgenhold",
    erhverv: ERHVERV.rengoering,
    art: "ordinaer",
    timer: [20, 25],
    postnr: "4130",
    arbejdssted: "Viby Rengøring & Service, Viby Sjælland",
    om: 10,
    antal: 3,
    beskrivelse: "Rengøring af kontorer og skoler i Roskilde og Viby kl. 6-10. Kørekort B er en fordel.",
    koerekort: ["B"],
    oprettet: 11,
  },
  {
    n: 13013,
    kk: R,
    cvr: "40156789",
    af: KIM,
    titel: "Småjob: rengøring af trappeopgange lørdag",
    erhverv: ERHVERV.rengoering,
    art: "smaajob",
    timer: [3, 4],
    postnr: "4040",
    arbejdssted: "Boligområdet i Jyllinge",
    om: 5,
    beskrivelse: "Hver lørdag formiddag gør du trappeopgangene rene i tre opgange. Almindelig løn efter overenskomst.",
    opgaveboers: true,
    oprettet: 3,
  },
  {
    n: 13014,
    kk: R,
    cvr: "37823456",
    af: KIM,
    titel: "Kok til frokostrestaurant",
    erhverv: ERHVERV.kok,
    art: "ordinaer",
    timer: [37, 37],
    postnr: "4000",
    arbejdssted: "Café Domkirken, Stændertorvet 1",
    om: 30,
    beskrivelse: "Vi søger en kok til frokost og selskaber. Du planlægger menuer, bestiller varer og leder en elev.",
    uddannelseskrav: ["Uddannet kok"],
    certifikater: ["Hygiejnebevis"],
    oprettet: 14,
  },
  {
    n: 13015,
    kk: R,
    cvr: "39045678",
    af: KIM,
    titel: "IT-supporter til kunder i Roskilde",
    erhverv: ERHVERV.itSupport,
    art: "loentilskud",
    timer: [37, 37],
    postnr: "4000",
    arbejdssted: "Trekroner Kontorservice, Trekroner Allé 5",
    om: 21,
    beskrivelse: "Du hjælper vores kunder med pc'er, printere og Microsoft 365 over telefon og på besøg.",
    koerekort: ["B"],
    oprettet: 6,
  },
  {
    n: 13016,
    kk: R,
    cvr: "36712345",
    af: KIM,
    titel: "Lastbilchauffør til distribution på Sjælland",
    erhverv: ERHVERV.lastbil,
    art: "ordinaer",
    timer: [37, 40],
    postnr: "4000",
    arbejdssted: "Roskilde Lager & Logistik, Københavnsvej 81",
    om: 14,
    beskrivelse: "Du kører varer ud til butikker på Sjælland i en 18-tons lastbil med lift. Start kl. 5.",
    koerekort: ["C"],
    certifikater: ["Chaufføruddannelsesbevis"],
    oprettet: 15,
  },
  {
    n: 13017,
    kk: R,
    cvr: "31245678",
    af: ANDERS,
    titel: "Tømrerlærling søges",
    erhverv: ERHVERV.toemrer,
    art: "ordinaer",
    timer: [37, 37],
    postnr: "4000",
    arbejdssted: "Roskilde Tømrer & Snedker ApS, Industrivej 12",
    om: -30,
    beskrivelse: "Læreplads som tømrer. Stillingen er besat.",
    status: "besat",
    oprettet: 45,
  },
  {
    n: 13018,
    kk: R,
    cvr: "38934567",
    af: KIM,
    titel: "Småjob: havearbejde på legepladsen",
    erhverv: ERHVERV.gartnermedhjaelper,
    art: "smaajob",
    timer: [4, 8],
    postnr: "4000",
    arbejdssted: "Himmelev Børnehus, Himmelev Bygade 40",
    om: 5,
    dage: 14,
    beskrivelse: "Klip hække, rive blade og gøre sandkassen klar to eftermiddage om ugen i to uger.",
    opgaveboers: true,
    oprettet: 2,
  },
  /* ------------------------------------------------------------- Køge */
  {
    n: 13500,
    kk: K,
    cvr: "29876543",
    af: CAMILLA,
    titel: "Havnearbejder til containerterminalen",
    erhverv: ERHVERV.havnearbejder,
    art: "ordinaer",
    timer: [37, 37],
    postnr: "4600",
    arbejdssted: "Køge Havn, Containerterminalen",
    om: 14,
    antal: 2,
    beskrivelse: "Du laster og losser skibe, surrer gods og kører truck på terminalen. Skiftende vagter.",
    certifikater: ["Truckcertifikat"],
    oprettet: 5,
  },
  {
    n: 13501,
    kk: K,
    cvr: "29876543",
    af: CAMILLA,
    titel: "Lagermedarbejder med løntilskud",
    erhverv: ERHVERV.lager,
    art: "loentilskud",
    timer: [37, 37],
    postnr: "4600",
    arbejdssted: "Køge Havnelogistik, Havnen 2",
    om: 21,
    beskrivelse: "Plukning, pakning og varemodtagelse på vores lager ved havnen. 6 måneder med løntilskud.",
    naboer: true,
    oprettet: 8,
  },
  {
    n: 13502,
    kk: K,
    cvr: "29876543",
    af: CAMILLA,
    titel: "Virksomhedspraktik på lageret",
    erhverv: ERHVERV.ordreplukker,
    art: "virksomhedspraktik",
    timer: [25, 30],
    postnr: "4600",
    arbejdssted: "Køge Havnelogistik, Havnen 2",
    om: 10,
    dage: 28,
    beskrivelse: "4 ugers praktik med plukning og pakning af ordrer.",
    opgaveboers: true,
    status: "kladde",
    oprettet: 1,
  },
  {
    n: 13503,
    kk: K,
    cvr: "41267890",
    af: NADIA,
    titel: "Køkkenmedhjælper i storkøkken",
    erhverv: ERHVERV.koekkenmedhjaelper,
    art: "ordinaer",
    timer: [30, 37],
    postnr: "4600",
    arbejdssted: "Køge Storkøkken, Værftsvej 7",
    om: 14,
    beskrivelse: "Du hjælper med at lave mad til 1.500 ældre og børn om dagen: tilberedning, pakning og opvask.",
    certifikater: ["Hygiejnebevis"],
    oprettet: 6,
  },
  {
    n: 13504,
    kk: K,
    cvr: "41267890",
    af: NADIA,
    titel: "Småjob: opvask i weekenden",
    erhverv: ERHVERV.opvasker,
    art: "smaajob",
    timer: [6, 10],
    postnr: "4600",
    arbejdssted: "Køge Storkøkken, Værftsvej 7",
    om: 5,
    beskrivelse: "Opvask og oprydning lørdag og søndag kl. 9-13. Almindelig timeløn.",
    opgaveboers: true,
    oprettet: 2,
  },
  {
    n: 13505,
    kk: K,
    cvr: "42378901",
    af: NADIA,
    titel: "Social- og sundhedshjælper i fleksjob",
    erhverv: ERHVERV.sosuHjaelper,
    art: "fleksjob",
    timer: [10, 18],
    postnr: "4681",
    arbejdssted: "Herfølge Ældrecenter, Tingvej 10",
    om: 21,
    beskrivelse: "Fleksjob med faste dagvagter: hjælp til personlig pleje, måltider og aktiviteter.",
    oprettet: 9,
  },
  {
    n: 13506,
    kk: K,
    cvr: "42378901",
    af: NADIA,
    titel: "Social- og sundhedsassistent, dagvagt",
    erhverv: ERHVERV.sosuAssistent,
    art: "ordinaer",
    timer: [32, 37],
    postnr: "4681",
    arbejdssted: "Herfølge Ældrecenter, Tingvej 10",
    om: 30,
    beskrivelse: "Dagvagt i et ældrecenter med 40 beboere. Du har ansvar for medicin og pleje.",
    certifikater: ["Autorisation som social- og sundhedsassistent"],
    oprettet: 4,
  },
];

const kl9 = (dag: string) => new Date(`${dag}T08:00:00Z`);

/** The order's skills: its occupation's essential skills (at most 8) and 3 optional ones, from the tables. */
async function faerdighederFor(tx: Tx, erhverv: string) {
  const rel = await tx
    .selectFrom("esco_erhverv_faerdighed")
    .select(["faerdighed_uri", "relation"])
    .where("erhverv_uri", "=", erhverv)
    .orderBy("relation")
    .orderBy("faerdighed_uri")
    .execute();
  return [
    ...rel.filter((r) => r.relation === "essentiel").slice(0, 8),
    ...rel.filter((r) => r.relation === "valgfri").slice(0, 3),
  ].map((r) => ({ uri: r.faerdighed_uri, relation: r.relation }));
}

export async function seedJobordre(db: Kysely<DB>, today: string): Promise<void> {
  const idag = dagFraIso(today);
  const findes = new Set(
    (await db.selectFrom("esco_erhverv").select("uri").where("udgaaet", "=", false).execute()).map((r) => r.uri),
  );
  for (const kk of [DEMO.roskilde, DEMO.koege]) {
    await withTenant(db, kk, async (tx) => {
      await tx
        .insertInto("virksomhed")
        .values(VIRKSOMHEDER.filter((v) => v.kommunekode === kk).map((v) => ({ ...v })))
        .onConflict((oc) => oc.columns(["kommunekode", "cvr"]).doNothing())
        .execute();
      for (const o of DEMO_ORDRER.filter((x) => x.kk === kk && findes.has(x.erhverv))) {
        const start = isoFraDag(idag + o.om);
        const d: OrdreData = {
          titel: o.titel,
          erhvervUri: o.erhverv,
          beskrivelse: o.beskrivelse,
          art: o.art,
          timerMin: o.timer[0],
          timerMax: o.timer[1],
          postnr: o.postnr,
          arbejdssted: o.arbejdssted,
          start,
          slut: o.dage ? isoFraDag(idag + o.om + o.dage - 1) : null,
          antal: o.antal ?? 1,
          uddannelseskrav: o.uddannelseskrav ?? [],
          certifikater: o.certifikater ?? [],
          koerekort: o.koerekort ?? [],
          opgaveboers: o.opgaveboers ?? false,
          tilladNaboer: o.naboer ?? false,
          faerdigheder: await faerdighederFor(tx, o.erhverv),
        };
        const oprettet = kl9(isoFraDag(idag - o.oprettet));
        const id = demoId(o.n);
        await opretOrdre(tx, o.cvr, d, `demo-jobordre-${o.n}`, o.af, oprettet, id);
        const status = o.status ?? "aaben";
        if (status !== "kladde") {
          const udgivet = new Date(oprettet.getTime() + 3_600_000);
          await skiftStatus(tx, id, "kommune", "aaben", "Udgivet", undefined, o.af, udgivet);
          if (status !== "aaben")
            await skiftStatus(tx, id, "kommune", status, null, undefined, o.af, kl9(isoFraDag(idag - 2)));
        }
      }
    });
  }
}

/** A valid order body for the access-control test and the tests: a warehouse job (the slice's first occupation). */
function eksempelBody(today: string) {
  const lager = ESCO_ERHVERV.find((e) => e.uri === ERHVERV.lager)!;
  return {
    titel: "Lagermedarbejder",
    erhvervUri: lager.uri,
    beskrivelse: "Plukning og pakning af ordrer.",
    art: "ordinaer" as const,
    timerMin: 30,
    timerMax: 37,
    postnr: "4000",
    arbejdssted: "Lageret",
    start: isoFraDag(dagFraIso(today) + 14),
    slut: null,
    antal: 1,
    uddannelseskrav: [],
    certifikater: ["Truckcertifikat"],
    koerekort: [],
    opgaveboers: false,
    tilladNaboer: false,
    faerdigheder: [
      ...lager.essentielle.slice(0, 3).map((uri) => ({ uri, relation: "essentiel" as const })),
      ...lager.valgfrie.slice(0, 1).map((uri) => ({ uri, relation: "valgfri" as const })),
    ],
  };
}

/** The part's demo ids and valid request bodies for the access-control test (per municipality). */
export function jobordreEksempler(kommunekode: string, today: string) {
  const base = kommunekode === DEMO.koege ? 13500 : 13000;
  const body = { ...eksempelBody(today), postnr: kommunekode === DEMO.koege ? "4600" : "4000" };
  return {
    kommunekode,
    /** the municipality's employer user's CVR and an open order of it; an order to edit; a draft to publish */
    cvr: kommunekode === DEMO.koege ? "29876543" : "31245678",
    ordreId: demoId(base),
    retId: demoId(base + 1),
    kladdeId: demoId(base + 2),
    /** an order of another company of the municipality, for the company consultant to edit */
    retKonsulentId: demoId(base + 3),
    ny: { ...body, idempotensnoegle: demoId(base + 400) },
    nyForVirksomhed: {
      ...body,
      cvr: kommunekode === DEMO.koege ? "41267890" : "36712345",
      idempotensnoegle: demoId(base + 401),
    },
    /** the seeded open orders are at version 2 (created, then published) */
    ret: { ...body, titel: "Snedker til værkstedet", version: 2 },
    retKonsulent: { ...body, version: 2 },
    ordningQuery: { timerMin: "10", timerMax: "15", start: body.start },
  };
}
