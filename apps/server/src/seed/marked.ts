/**
 * The demo's marketplace: each municipality's providers with offers of every kind (approved and live, one waiting for
 * approval, one draft), the token budget and the grant rules, the named citizens' tokens, and a few enrolments.
 * Everything goes through the marketplace's own store functions inside each municipality (row-level security on),
 * so the demo is built the way a user builds it. Fixed ids, so tests and the access-control matrix can name them.
 */
import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { ESCO_ERHVERV } from "../modules/marked/esco.ts";
import type { UdbudInput } from "../modules/marked/model.ts";
import { opretUdbud, rapporter, skiftStatus, tilfoejBudget, tildel, tilmeld } from "../modules/marked/store.ts";
import { dagFraIso, isoFraDag } from "../modules/regler/kalender.ts";
import { lokalTilUtc } from "../modules/samtale/tider.ts";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { DEMO, demoId as id } from "./ids.ts";
import { seedNu } from "./tid.ts";

const SYSTEM = { id: null, navn: "Jobunivers (demodata)" };

/** Skills an occupation of the demo taxonomy needs, by a word of its Danish name. */
function kompetencer(erhverv: string, antal = 3, valgfrie = 0): string[] {
  const e = ESCO_ERHVERV.find(
    (x) => x.da.toLowerCase().includes(erhverv) || x.synonymer.some((s) => s.includes(erhverv)),
  );
  if (!e) throw new Error(`intet erhverv i demotaksonomien matcher ${erhverv}`);
  return [...e.essentielle.slice(0, antal), ...e.valgfrie.slice(0, valgfrie)];
}

interface KommuneMarked {
  leverandoerId: string;
  /** an approved on-demand offer in the subscription (free): the citizen's enrol sample */
  udbudId: string;
  /** an approved blended offer the caseworker assigns as a formal tilbud */
  udbudTilbudId: string;
  /** an offer waiting for the municipality's approval */
  udbudGodkendId: string;
  /** a provider's draft */
  udbudKladdeId: string;
  /** an active enrolment of the municipality's first named citizen, reported on by the provider */
  tilmeldingRapportId: string;
  /** an enrolment of the same citizen that can be cancelled (tokens back) */
  tilmeldingAfmeldId: string;
  /** the grant rule of the first named citizen's target group */
  regelId: string;
}

export const DEMO_MARKED: Record<string, KommuneMarked> = {
  [DEMO.roskilde]: {
    leverandoerId: id(901),
    udbudId: id(3001),
    udbudTilbudId: id(3002),
    udbudGodkendId: id(3010),
    udbudKladdeId: id(3011),
    tilmeldingRapportId: id(3101),
    tilmeldingAfmeldId: id(3102),
    regelId: id(3201),
  },
  [DEMO.koege]: {
    leverandoerId: id(902),
    udbudId: id(4001),
    udbudTilbudId: id(4002),
    udbudGodkendId: id(4010),
    udbudKladdeId: id(4011),
    tilmeldingRapportId: id(4101),
    tilmeldingAfmeldId: id(4102),
    regelId: id(4201),
  },
};

/** Valid bodies for the marketplace's routes on the demo day (the access-control matrix calls them). */
export function markedEksempler(kommunekode: string, today: string) {
  const n = kommunekode === DEMO.roskilde ? 3 : 4;
  return {
    ...DEMO_MARKED[kommunekode]!,
    nytUdbud: {
      titel: "Førstehjælp på arbejdspladsen",
      beskrivelse: "Et kort online kursus i grundlæggende førstehjælp, som mange arbejdsgivere efterspørger.",
      art: "online",
      sprog: ["da"],
      niveau: "begynder",
      varighedUger: 1,
      timerPrUge: 4,
      kompetencer: [],
      maalgrupper: [],
      prisTokens: 5,
      abonnement: false,
      moduler: [],
      indsend: false,
      idempotensnoegle: id(n * 1000 + 900),
    },
    rapport: { art: "fremskridt", dato: today, fremskridt: 50, idempotensnoegle: id(n * 1000 + 901) },
    tilmeldNoegle: id(n * 1000 + 902),
    tilmeldNoegleFremmed: id(n * 1000 + 906),
    budget: { antal: 1000, tekst: "Tillægsbevilling", idempotensnoegle: id(n * 1000 + 903) },
    regel: { id: id(n * 1000 + 904), maalgruppe: "SYGEDAGPENGE", tokens: 40, gyldigFra: today },
    tilbud: { udbudId: DEMO_MARKED[kommunekode]!.udbudTilbudId, start: today, idempotensnoegle: id(n * 1000 + 905) },
    // the provider API's set-up (api-noegler.ts): a key is created, then rotated (nyId), then the old one revoked
    apiNoegle: { id: id(n * 1000 + 910), navn: "Kursusplatform", scopes: ["tilmeldinger:laes", "rapporter:skriv"] },
    apiNoegleRoter: { nyId: id(n * 1000 + 911) },
    webhook: { url: "https://example.org/jobunivers/webhook", aktiv: true },
  };
}

type Tilbud = UdbudInput & { id: string; status: "godkendt" | "indsendt" | "kladde"; leverandoer?: string };

/** A module `dage` days from today at `time` o'clock (Danish time), lasting `timer` hours. */
function modul(today: string, dage: number, time: number, timer: number) {
  const start = lokalTilUtc(dagFraIso(today) + dage, time * 60);
  return { start: new Date(start).toISOString(), slut: new Date(start + timer * 3_600_000).toISOString() };
}

function roskildeTilbud(today: string, anden: string): Tilbud[] {
  const fysisk = (dage: number, titel: string, kapacitet: number) => ({
    titel,
    form: "fysisk" as const,
    ...modul(today, dage, 9, 6),
    sted: "Kursushuset Sjælland, Københavnsvej 100, 4000 Roskilde",
    kapacitet,
  });
  const live = (dage: number, titel: string) => ({
    titel,
    form: "live" as const,
    ...modul(today, dage, 10, 2),
    kapacitet: 25,
  });
  const base = {
    sprog: ["da"] as Tilbud["sprog"],
    maalgrupper: [] as string[],
    kompetencer: [] as string[],
    moduler: [] as Tilbud["moduler"],
    abonnement: false,
    prisTokens: null,
  };
  return [
    {
      ...base,
      id: id(3001),
      status: "godkendt",
      titel: "Digitale kompetencer for jobsøgende",
      beskrivelse:
        "Lær at bruge MitID, e-Boks, Jobnet og kontorprogrammer sikkert. Korte videoer og øvelser, du tager i dit eget tempo – start når du vil.",
      art: "on_demand",
      sprog: ["da", "en"],
      niveau: "begynder",
      varighedUger: 2,
      timerPrUge: 3,
      kompetencer: kompetencer("kontor", 2),
      abonnement: true,
    },
    {
      ...base,
      id: id(3002),
      status: "godkendt",
      titel: "Truckcertifikat – teori online og praktisk prøve",
      beskrivelse:
        "Teorien tager du online i dit eget tempo. Derefter to praktiske dage på kursuspladsen i Roskilde med køretræning og certifikatprøve (truckcertifikat B).",
      art: "blended",
      niveau: "begynder",
      varighedUger: 3,
      timerPrUge: 15,
      kompetencer: kompetencer("lager", 4),
      prisTokens: 40,
      moduler: [fysisk(14, "Praktisk køretræning", 12), fysisk(15, "Certifikatprøve", 12)],
    },
    {
      ...base,
      id: id(3003),
      status: "godkendt",
      titel: "Excel og kontorsoftware fra bunden",
      beskrivelse:
        "Regneark, tekstbehandling og e-mail, som en kontorarbejdsplads bruger dem. Online med opgaver, du får feedback på inden for to hverdage.",
      art: "online",
      niveau: "begynder",
      varighedUger: 4,
      timerPrUge: 5,
      kompetencer: kompetencer("kontor", 4, 1),
      prisTokens: 25,
    },
    {
      ...base,
      id: id(3004),
      status: "godkendt",
      titel: "Dansk på arbejdspladsen – live webinar",
      beskrivelse:
        "Arbejdspladsdansk for dig, der taler lidt dansk: møder, vagtplaner, sikkerhed og small talk. Live med underviser to gange om ugen, små hold.",
      art: "webinar",
      sprog: ["da", "en", "ar", "uk"],
      niveau: "oevet",
      varighedUger: 6,
      timerPrUge: 4,
      prisTokens: 30,
      moduler: [
        live(2, "Uge 1: Møder og beskeder"),
        live(9, "Uge 2: Sikkerhed og vagtplaner"),
        live(16, "Uge 3: Samtaler med kolleger"),
      ],
    },
    {
      ...base,
      id: id(3005),
      status: "godkendt",
      titel: "Jobsøgning med LinkedIn og et skarpt CV",
      beskrivelse:
        "Byg en profil, der bliver fundet, og et CV, der passer til jobbet. Videoer, skabeloner og en tjekliste.",
      art: "on_demand",
      niveau: "begynder",
      varighedUger: 1,
      timerPrUge: 4,
      prisTokens: 10,
      maalgrupper: ["DAGPENGE", "KONTANTHJAELP_JOBPARAT", "UDDANNELSESHJAELP_UDDANNELSESPARAT"],
    },
    {
      ...base,
      id: id(3006),
      status: "godkendt",
      titel: "Vejen til social- og sundhedshjælper – forberedende forløb",
      beskrivelse:
        "Et forberedende forløb med online moduler om omsorg, hygiejne og kommunikation og tre dage i praktik-køkken og plejestue i Roskilde.",
      art: "blended",
      niveau: "begynder",
      varighedUger: 8,
      timerPrUge: 12,
      kompetencer: kompetencer("social- og sundhedshjælper", 4, 1),
      prisTokens: 60,
      moduler: [
        fysisk(21, "Praktisk dag: forflytning og hygiejne", 16),
        fysisk(28, "Praktisk dag: kommunikation med borgere", 16),
      ],
    },
    {
      ...base,
      id: id(3007),
      status: "godkendt",
      titel: "Kundeservice og salg i butik",
      beskrivelse: "Mød kunden, håndter reklamationer og sælg mere. Online forløb med cases fra detailhandlen.",
      art: "online",
      niveau: "begynder",
      varighedUger: 3,
      timerPrUge: 4,
      kompetencer: kompetencer("butik", 4),
      prisTokens: 20,
      leverandoer: anden,
    },
    {
      ...base,
      id: id(3008),
      status: "godkendt",
      titel: "Hygiejne og fødevaresikkerhed i storkøkken",
      beskrivelse:
        "Det, du skal vide om hygiejne, egenkontrol og allergener for at arbejde i et køkken. Afsluttes med en test.",
      art: "online",
      niveau: "begynder",
      varighedUger: 1,
      timerPrUge: 6,
      kompetencer: kompetencer("kok", 3),
      prisTokens: 15,
      leverandoer: anden,
    },
    {
      ...base,
      id: id(3009),
      status: "godkendt",
      titel: "Byggeledelse i praksis: tid, økonomi og kvalitet",
      beskrivelse:
        "For dig med erfaring fra byggeriet, der vil lede projekter: tidsplaner, budgetopfølgning, kvalitetssikring og samarbejde med håndværkere og bygherre. Online med cases.",
      art: "online",
      niveau: "erfaren",
      varighedUger: 5,
      timerPrUge: 6,
      kompetencer: kompetencer("projektleder", 4, 1),
      prisTokens: 45,
      maalgrupper: ["DAGPENGE"],
      leverandoer: anden,
    },
    {
      ...base,
      id: id(3010),
      status: "indsendt",
      titel: "Lagerstyring og logistik",
      beskrivelse:
        "Plukning, lagersystemer og forsendelse, som moderne lagre arbejder. Online med en afsluttende opgave.",
      art: "online",
      niveau: "oevet",
      varighedUger: 3,
      timerPrUge: 6,
      kompetencer: kompetencer("lager", 3, 2),
      prisTokens: 30,
    },
    {
      ...base,
      id: id(3011),
      status: "kladde",
      titel: "Projektledelse i byggeriet (kladde)",
      beskrivelse: "Et forløb om planlægning, økonomi og samarbejde på byggepladsen. Ikke færdigt endnu.",
      art: "online",
      niveau: "erfaren",
      varighedUger: 6,
      timerPrUge: 5,
      kompetencer: kompetencer("projektleder", 3),
      prisTokens: 50,
    },
  ];
}

function koegeTilbud(today: string): Tilbud[] {
  const base = { maalgrupper: [] as string[], abonnement: false, prisTokens: null };
  return [
    {
      ...base,
      id: id(4001),
      status: "godkendt",
      titel: "Dansk for begyndere – online",
      beskrivelse: "Lær dansk i dit eget tempo med lyd, billeder og små opgaver. Gratis for borgere i Køge.",
      art: "on_demand",
      sprog: ["da", "en", "ar"],
      niveau: "begynder",
      varighedUger: 8,
      timerPrUge: 3,
      kompetencer: [],
      abonnement: true,
      moduler: [],
    },
    {
      ...base,
      id: id(4002),
      status: "godkendt",
      titel: "Tilbage til arbejdet – gradvis opstart efter sygdom",
      beskrivelse:
        "Online moduler om energi, grænser og samtalen med arbejdsgiveren, og to fysiske holddage på sprogskolen.",
      art: "blended",
      sprog: ["da"],
      niveau: "begynder",
      varighedUger: 6,
      timerPrUge: 4,
      kompetencer: [],
      prisTokens: 35,
      moduler: [
        {
          titel: "Holddag i Køge",
          form: "fysisk",
          ...modul(today, 10, 9, 5),
          sted: "Sprogskolen Køge, Torvet 1, 4600 Køge",
          kapacitet: 14,
        },
      ],
    },
    {
      ...base,
      id: id(4003),
      status: "godkendt",
      titel: "Jobdansk for lager og logistik",
      beskrivelse: "Ord og vendinger fra lageret, sikkerhedsinstrukser og vagtplaner. Online med lydøvelser.",
      art: "online",
      sprog: ["da", "en"],
      niveau: "oevet",
      varighedUger: 4,
      timerPrUge: 3,
      kompetencer: kompetencer("lager", 2),
      prisTokens: 20,
      moduler: [],
    },
    {
      ...base,
      id: id(4004),
      status: "godkendt",
      titel: "Kom godt i gang med Jobnet og jobsøgning",
      beskrivelse:
        "Sådan finder du job på Jobnet, opretter jobagenter og skriver en kort, god ansøgning. Videoer og tjeklister.",
      art: "on_demand",
      sprog: ["da", "en"],
      niveau: "begynder",
      varighedUger: 1,
      timerPrUge: 3,
      kompetencer: [],
      prisTokens: 5,
      moduler: [],
    },
    {
      ...base,
      id: id(4010),
      status: "indsendt",
      titel: "Dansk i sundhedssektoren",
      beskrivelse: "Dansk til dig, der vil arbejde i ældreplejen: dokumentation, overlevering og samtale med borgere.",
      art: "online",
      sprog: ["da"],
      niveau: "oevet",
      varighedUger: 6,
      timerPrUge: 4,
      kompetencer: [],
      prisTokens: 30,
      moduler: [],
    },
    {
      ...base,
      id: id(4011),
      status: "kladde",
      titel: "Samtaletræning (kladde)",
      beskrivelse: "Træn jobsamtalen på dansk med en underviser. Ikke færdigt endnu.",
      art: "online",
      sprog: ["da"],
      niveau: "oevet",
      varighedUger: 2,
      timerPrUge: 2,
      kompetencer: [],
      prisTokens: 15,
      moduler: [],
    },
  ];
}

/** The named citizens' enrolments: the first citizen of each municipality has one running and one to cancel. */
const TILMELDINGER: Record<string, { id: string; udbud: string; borger: string; fremskridt?: number }[]> = {
  [DEMO.roskilde]: [
    { id: id(3101), udbud: id(3005), borger: "borger-mette", fremskridt: 40 },
    { id: id(3102), udbud: id(3003), borger: "borger-mette" },
  ],
  [DEMO.koege]: [
    { id: id(4101), udbud: id(4003), borger: "borger-jonas", fremskridt: 20 },
    { id: id(4102), udbud: id(4004), borger: "borger-jonas" },
  ],
};

const REGLER: Record<string, { id: string; maalgruppe: string; tokens: number; udloebDage: number | null }[]> = {
  [DEMO.roskilde]: [
    { id: id(3201), maalgruppe: "DAGPENGE", tokens: 100, udloebDage: 365 },
    { id: id(3202), maalgruppe: "KONTANTHJAELP_JOBPARAT", tokens: 80, udloebDage: 365 },
    { id: id(3203), maalgruppe: "UDDANNELSESHJAELP_UDDANNELSESPARAT", tokens: 80, udloebDage: 365 },
  ],
  [DEMO.koege]: [{ id: id(4201), maalgruppe: "SYGEDAGPENGE", tokens: 60, udloebDage: null }],
};

export async function seedMarked(db: Kysely<DB>, today: string, borgerIdFor: (subject: string) => string, nu?: Date) {
  const now = seedNu(today, nu);
  const anden = id(903);
  await db
    .insertInto("leverandoer")
    .values({ id: anden, kommunekode: DEMO.roskilde, navn: "Digital Læring Danmark A/S", cvr: "41556677" })
    .onConflict((oc) => oc.doNothing())
    .execute();
  for (const [kommunekode, tilbud] of [
    [DEMO.roskilde, roskildeTilbud(today, anden)],
    [DEMO.koege, koegeTilbud(today)],
  ] as const) {
    await withTenant(db, kommunekode, async (tx) => {
      const egen = DEMO_MARKED[kommunekode]!.leverandoerId;
      for (const { id: udbudId, status, leverandoer, ...input } of tilbud) {
        await opretUdbud(
          tx,
          leverandoer ?? egen,
          input,
          { indsend: status !== "kladde", idempotens: `demo:${udbudId}`, id: udbudId },
          now,
        );
        if (status === "godkendt")
          await skiftStatus(
            tx,
            udbudId,
            "godkendt",
            { id: null, navn: "Jobcentrets administrator" },
            { leverandoerId: null },
            now,
          );
      }
      // budget and grants a week before the demo's enrolments, so the ledger reads in order
      const tildelt = new Date(now.getTime() - 7 * 86_400_000);
      await tilfoejBudget(tx, 50_000, "Årets budget til digitale forløb", `demo:${kommunekode}`, SYSTEM, tildelt);
      for (const r of REGLER[kommunekode]!) {
        await tx
          .insertInto("token_regel")
          .values({
            id: r.id,
            kommunekode: sql<string>`current_kommunekode()`,
            maalgruppe: r.maalgruppe,
            tokens: r.tokens,
            gyldig_fra: isoFraDag(dagFraIso(today) - 60),
            gyldig_til: null,
            udloeb_dage: r.udloebDage,
            oprettet_af: null,
            oprettet: tildelt,
          })
          .execute();
        await tildel(tx, r.id, SYSTEM, tildelt);
      }
      for (const t of TILMELDINGER[kommunekode]!) {
        const borgerId = borgerIdFor(t.borger);
        // enrolled a few days ago, by the citizen
        const da = new Date(now.getTime() - 3 * 86_400_000);
        await tilmeld(
          tx,
          { id: t.id, udbudId: t.udbud, borgerId, kilde: "borger", formelt: false, idempotens: `demo:${t.id}` },
          { id: null, navn: "Borgeren" },
          da,
        );
        if (t.fremskridt)
          await rapporter(
            tx,
            (await tx.selectFrom("udbud").select("leverandoer_id").where("id", "=", t.udbud).executeTakeFirstOrThrow())
              .leverandoer_id,
            t.id,
            { art: "fremskridt", dato: isoFraDag(dagFraIso(today) - 1), fremskridt: t.fremskridt },
            "api",
            { id: null, navn: "Udbyderens system" },
            `demo:${randomUUID()}`,
            now,
          );
      }
    });
  }
}
