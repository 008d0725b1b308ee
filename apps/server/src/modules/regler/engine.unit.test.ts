/**
 * The rules as situations with expected results, one row per situation: what happened in the case (the events),
 * the day we look at it, and what the law then requires of each rule — its status, due date (frist), the day it was
 * met and, for counting rules, how many were held. A municipal lawyer should be able to read each row and check it
 * against the law. Unless a row says `kun`, the row lists every obligation the case has; nothing else may appear.
 */
import type { Maalgruppe } from "#contracts/maalgrupper.ts";
import { describe, expect, test } from "vitest";
import { evaluer, kompilerRegelsaet, overblik, type Regelsaet, sagsOverblik } from "./engine.ts";
import { dagFraIso, isoFraDag } from "./kalender.ts";
import type { ForpligtelseStatus, Haendelse, HaendelseType, Kanal } from "./model.ts";
import { REGLER } from "./regelsaet.ts";

// ---------------------------------------------------------------------------------------------------------------------
// Builders: short names for the events of a case
// ---------------------------------------------------------------------------------------------------------------------

const d = dagFraIso;
const h = (dato: string, type: HaendelseType, mere: Partial<Haendelse> = {}): Haendelse => ({
  type,
  dag: d(dato),
  ...mere,
});
const ydelse = (dato: string, maalgruppe: Maalgruppe) => h(dato, "YDELSE_START", { maalgruppe });
const ophoer = (dato: string) => h(dato, "YDELSE_OPHOER");
const anmodning = (dato: string) => h(dato, "HJAELP_ANMODNING");
const ledig = (dato: string) => h(dato, "LEDIGHED_START");
const samtale = (dato: string, kanal: Kanal = "fremmoede", mere: Partial<Haendelse> = {}) =>
  h(dato, "SAMTALE_AFHOLDT", { art: "jobsamtale", kanal, ...mere });
const akasseSamtale = (dato: string) => samtale(dato, "fremmoede", { afholder: "akasse" });
const tilbud = (dato: string, uger: number, tilbudsart: Haendelse["tilbudsart"] = "virksomhedspraktik") =>
  h(dato, "TILBUD_START", { uger, tilbudsart });
const fritaget = (fra: string, til: string) => [h(fra, "FRITAGELSE_START"), h(til, "FRITAGELSE_SLUT")];

interface Forventet {
  status: ForpligtelseStatus;
  frist?: string;
  opfyldt?: string;
  bortfaldet?: string;
  /** counting rules: how many were held so far */
  antal?: number;
  udloest?: string;
}

interface Situation {
  situation: string;
  haendelser: Haendelse[];
  dag: string;
  /** per rule id (or "RULE/part"): the obligation, or several in trigger order */
  forventet: Record<string, Forventet | Forventet[]>;
  /** rule ids of the proposals (in order) */
  forslag?: string[];
  /** compare only these rules' obligations (and no proposals) */
  kun?: boolean;
  regler?: Regelsaet;
}

function kontroller(s: Situation) {
  const ev = evaluer({ haendelser: s.haendelser }, d(s.dag), s.regler);
  const faktisk = new Map<string, typeof ev.forpligtelser>();
  for (const f of ev.forpligtelser) {
    const k = f.del && f.regelId === "SDP-8W" ? `${f.regelId}/${f.del}` : f.regelId;
    faktisk.set(k, [...(faktisk.get(k) ?? []), f]);
  }
  const noegler = Object.keys(s.forventet).sort();
  if (!s.kun) expect([...faktisk.keys()].sort(), "hvilke regler gælder").toEqual(noegler);
  for (const k of noegler) {
    const forventet = [s.forventet[k]!].flat();
    const fs = faktisk.get(k) ?? [];
    expect(fs.length, `${k}: antal forpligtelser`).toBe(forventet.length);
    forventet.forEach((e, i) => {
      const f = fs[i]!;
      const vist = {
        status: f.status,
        ...(e.frist ? { frist: isoFraDag(f.frist) } : {}),
        ...(e.opfyldt ? { opfyldt: f.opfyldtDag === undefined ? undefined : isoFraDag(f.opfyldtDag) } : {}),
        ...(e.bortfaldet ? { bortfaldet: f.bortfaldetDag === undefined ? undefined : isoFraDag(f.bortfaldetDag) } : {}),
        ...(e.antal !== undefined ? { antal: f.antal?.opnaaet } : {}),
        ...(e.udloest ? { udloest: f.udloestDag === undefined ? undefined : isoFraDag(f.udloestDag) } : {}),
      };
      expect(vist, `${k} nr. ${i + 1}: ${f.forklaring}`).toEqual(e);
    });
  }
  if (!s.kun) expect(ev.forslag.map((p) => p.regelId)).toEqual(s.forslag ?? []);
  return ev;
}

// ---------------------------------------------------------------------------------------------------------------------
// Kontanthjælp: the first conversation, four in six months, the offer after six months
// ---------------------------------------------------------------------------------------------------------------------

const KONTANTHJAELP: Situation[] = [
  {
    situation:
      "Jobparat kontanthjælpsmodtager anmoder om hjælp mandag 2. marts 2026 og holder første jobsamtale ved fremmøde fredag 6. marts",
    haendelser: [anmodning("2026-03-02"), ydelse("2026-03-02", "KONTANTHJAELP_JOBPARAT"), samtale("2026-03-06")],
    dag: "2026-03-20",
    forventet: {
      "KF-KH-FIRST": { status: "opfyldt", frist: "2026-03-09", opfyldt: "2026-03-06" },
      "KF-FORM": { status: "opfyldt", frist: "2026-03-06" },
      "KF-4IN6": { status: "kommende", frist: "2026-09-02", antal: 1 },
      "RP-6M": { status: "kommende", frist: "2026-09-02" },
    },
  },
  {
    situation: "Samme borger, men den første jobsamtale holdes først 12. marts og telefonisk",
    haendelser: [
      anmodning("2026-03-02"),
      ydelse("2026-03-02", "KONTANTHJAELP_JOBPARAT"),
      samtale("2026-03-12", "telefon"),
    ],
    dag: "2026-03-20",
    forventet: {
      "KF-KH-FIRST": { status: "opfyldt_for_sent", frist: "2026-03-09", opfyldt: "2026-03-12" },
      "KF-FORM": { status: "forfalden", frist: "2026-03-12" },
      "KF-4IN6": { status: "kommende", antal: 1 },
      "RP-6M": { status: "kommende" },
    },
    forslag: ["KF-FORM"],
  },
  {
    situation: "Telefonsamtalen følges af en samtale ved fremmøde 19. marts: kravet om fremmøde er opfyldt for sent",
    haendelser: [
      anmodning("2026-03-02"),
      ydelse("2026-03-02", "KONTANTHJAELP_JOBPARAT"),
      samtale("2026-03-12", "telefon"),
      samtale("2026-03-19", "fremmoede"),
    ],
    dag: "2026-03-20",
    forventet: {
      "KF-KH-FIRST": { status: "opfyldt_for_sent", opfyldt: "2026-03-12" },
      "KF-FORM": { status: "opfyldt_for_sent", frist: "2026-03-12", opfyldt: "2026-03-19" },
      "KF-4IN6": { status: "kommende", antal: 2 },
      "RP-6M": { status: "kommende" },
    },
  },
  {
    situation: "Ingen samtale en uge efter anmodningen: fristen 9. marts er overskredet",
    haendelser: [anmodning("2026-03-02"), ydelse("2026-03-02", "KONTANTHJAELP_JOBPARAT")],
    dag: "2026-03-16",
    forventet: {
      "KF-KH-FIRST": { status: "forfalden", frist: "2026-03-09" },
      "KF-4IN6": { status: "kommende", frist: "2026-09-02", antal: 0 },
      "RP-6M": { status: "kommende", frist: "2026-09-02" },
    },
    forslag: ["KF-KH-FIRST"],
  },
  {
    situation: "Borgeren får job 5. marts, før fristen: forpligtelserne bortfalder, da ydelsen ophører",
    haendelser: [anmodning("2026-03-02"), ydelse("2026-03-02", "KONTANTHJAELP_JOBPARAT"), ophoer("2026-03-05")],
    dag: "2026-03-20",
    forventet: {
      "KF-KH-FIRST": { status: "bortfaldet", bortfaldet: "2026-03-05" },
      "KF-4IN6": { status: "bortfaldet", bortfaldet: "2026-03-05" },
      "RP-6M": { status: "bortfaldet", bortfaldet: "2026-03-05" },
    },
  },
  {
    situation:
      "Aktivitetsparat kontanthjælpsmodtager (uden registreret anmodning) har 4 jobsamtaler og et 4-ugers tilbud i de første 6 måneder",
    haendelser: [
      ydelse("2025-01-06", "KONTANTHJAELP_AKTIVITETSPARAT"),
      samtale("2025-01-20"),
      samtale("2025-02-24", "video"),
      samtale("2025-04-01", "telefon"),
      samtale("2025-05-12"),
      tilbud("2025-06-02", 4),
    ],
    dag: "2025-08-01",
    forventet: {
      "KF-FORM": { status: "opfyldt", frist: "2025-01-20" },
      "KF-4IN6": { status: "opfyldt", frist: "2025-07-06", opfyldt: "2025-05-12", antal: 4 },
      "RP-6M": { status: "opfyldt", frist: "2025-07-06", opfyldt: "2025-06-02" },
    },
  },
  {
    situation:
      "Ydelsen ophører 1. marts og genoptages 1. april i samme målgruppe: de 31 dage uden ydelse tæller ikke, så 6-månedersfristerne rykkes fra 6. juli til 6. august",
    haendelser: [
      ydelse("2025-01-06", "KONTANTHJAELP_JOBPARAT"),
      samtale("2025-01-15"),
      ophoer("2025-03-01"),
      ydelse("2025-04-01", "KONTANTHJAELP_JOBPARAT"),
      samtale("2025-05-01"),
    ],
    dag: "2025-07-20",
    forventet: {
      "KF-FORM": { status: "opfyldt" },
      "KF-4IN6": { status: "kommende", frist: "2025-08-06", antal: 2 },
      "RP-6M": { status: "kommende", frist: "2025-08-06" },
    },
  },
  {
    situation:
      "Borgeren skifter 3. marts fra jobparat til aktivitetsparat: KF-4IN6 starter forfra (den gamle bortfalder), RP-6M fortsætter (samme ydelse), og den nye målgruppes første samtale skal også være ved fremmøde",
    haendelser: [
      ydelse("2025-01-06", "KONTANTHJAELP_JOBPARAT"),
      samtale("2025-01-15"),
      samtale("2025-02-15", "telefon"),
      ydelse("2025-03-03", "KONTANTHJAELP_AKTIVITETSPARAT"),
      samtale("2025-03-20"),
    ],
    dag: "2025-04-01",
    forventet: {
      "KF-FORM": [
        { status: "opfyldt", frist: "2025-01-15" },
        { status: "opfyldt", frist: "2025-03-20" },
      ],
      "KF-4IN6": [
        { status: "bortfaldet", bortfaldet: "2025-03-03", antal: 2 },
        { status: "kommende", frist: "2025-09-03", antal: 1 },
      ],
      "RP-6M": { status: "kommende", frist: "2025-07-06" },
    },
  },
  {
    situation:
      "Borgeren er fritaget 1. juni–1. september: KF-4IN6's vindue forlænges med 92 dage; RP-6M's frist 6. juli falder i fritagelsen og bortfalder; i stedet skal tilbuddet gives senest 1 måned efter fritagelsen (RP-EXEMPT)",
    haendelser: [
      ydelse("2025-01-06", "KONTANTHJAELP_JOBPARAT"),
      samtale("2025-01-15"),
      ...fritaget("2025-06-01", "2025-09-01"),
    ],
    dag: "2025-09-15",
    forventet: {
      "KF-FORM": { status: "opfyldt" },
      "KF-4IN6": { status: "kommende", frist: "2025-10-06", antal: 1 },
      "RP-6M": { status: "bortfaldet", frist: "2025-07-06", bortfaldet: "2025-07-06" },
      "RP-EXEMPT": { status: "kommende", frist: "2025-10-01" },
    },
  },
  {
    situation: "… og tilbuddet starter 20. september: RP-EXEMPT er opfyldt; KF-4IN6 er overskredet 6. oktober",
    haendelser: [
      ydelse("2025-01-06", "KONTANTHJAELP_JOBPARAT"),
      samtale("2025-01-15"),
      ...fritaget("2025-06-01", "2025-09-01"),
      tilbud("2025-09-20", 3),
    ],
    dag: "2025-10-15",
    forventet: {
      "KF-FORM": { status: "opfyldt" },
      "KF-4IN6": { status: "forfalden", frist: "2025-10-06", antal: 1 },
      "RP-6M": { status: "bortfaldet" },
      "RP-EXEMPT": { status: "opfyldt", frist: "2025-10-01", opfyldt: "2025-09-20" },
    },
    forslag: ["KF-4IN6"],
  },
  {
    situation:
      "Et løntilskud, der starter 20. juli (2 uger efter fristen 6. juli), er rettidigt (LAB § 102, stk. 3); et tilbud på 1 uge tæller ikke",
    haendelser: [
      ydelse("2025-01-06", "KONTANTHJAELP_JOBPARAT"),
      tilbud("2025-03-03", 1),
      tilbud("2025-07-20", 26, "loentilskud"),
    ],
    dag: "2025-08-01",
    forventet: { "RP-6M": { status: "opfyldt", frist: "2025-07-06", opfyldt: "2025-07-20" } },
    kun: true,
  },
  {
    situation: "En virksomhedspraktik, der starter 20. juli, er for sent",
    haendelser: [ydelse("2025-01-06", "KONTANTHJAELP_JOBPARAT"), tilbud("2025-07-20", 4)],
    dag: "2025-08-01",
    forventet: { "RP-6M": { status: "opfyldt_for_sent", frist: "2025-07-06", opfyldt: "2025-07-20" } },
    kun: true,
  },
  {
    situation:
      "Den første samtale er kun indkaldt – som videosamtale 6. februar: kravet om fremmøde er kommende med samtalens dag som frist",
    haendelser: [
      anmodning("2026-02-02"),
      ydelse("2026-02-02", "KONTANTHJAELP_JOBPARAT"),
      h("2026-02-06", "SAMTALE_INDKALDT", { art: "jobsamtale", kanal: "video" }),
    ],
    dag: "2026-02-04",
    forventet: {
      "KF-KH-FIRST": { status: "kommende", frist: "2026-02-09" },
      "KF-FORM": { status: "kommende", frist: "2026-02-06" },
      "KF-4IN6": { status: "kommende", frist: "2026-08-02", antal: 0 },
      "RP-6M": { status: "kommende", frist: "2026-08-02" },
    },
  },
  {
    situation:
      "Før 22. marts 2023 gjaldt kravet om fremmøde ikke: en telefonisk første samtale i januar 2023 er i orden",
    haendelser: [
      anmodning("2023-01-09"),
      ydelse("2023-01-09", "KONTANTHJAELP_JOBPARAT"),
      samtale("2023-01-12", "telefon"),
    ],
    dag: "2023-02-01",
    forventet: {
      "KF-KH-FIRST": { status: "opfyldt", frist: "2023-01-16" },
      "KF-4IN6": { status: "kommende", frist: "2023-07-09", antal: 1 },
      "RP-6M": { status: "kommende", frist: "2023-07-09" },
    },
  },
  {
    situation:
      "Borgeren beder om en samtale 4. august 2025 efter 7 måneder på ydelse: retten til samtale har kommunens servicemål (standard 10 arbejdsdage) som frist",
    haendelser: [
      ydelse("2025-01-06", "KONTANTHJAELP_AKTIVITETSPARAT"),
      h("2025-08-04", "SAMTALE_ANMODET"),
      samtale("2025-08-12"),
    ],
    dag: "2025-08-20",
    forventet: { "KF-REQ": { status: "opfyldt", frist: "2025-08-18", opfyldt: "2025-08-12" } },
    kun: true,
  },
  {
    situation: "En anmodning om samtale efter kun 2 måneder giver ikke ret efter KF-REQ",
    haendelser: [ydelse("2025-01-06", "KONTANTHJAELP_AKTIVITETSPARAT"), h("2025-03-03", "SAMTALE_ANMODET")],
    dag: "2025-03-20",
    forventet: { "KF-REQ": [] },
    kun: true,
  },
  {
    situation:
      "Fritaget 1. juni–1. september, men borgeren får job 10. september: også den nye frist efter fritagelsen (RP-EXEMPT) bortfalder",
    haendelser: [
      ydelse("2025-01-06", "KONTANTHJAELP_JOBPARAT"),
      samtale("2025-01-15"),
      ...fritaget("2025-06-01", "2025-09-01"),
      ophoer("2025-09-10"),
    ],
    dag: "2025-09-15",
    forventet: {
      "KF-FORM": { status: "opfyldt" },
      "KF-4IN6": { status: "bortfaldet", bortfaldet: "2025-09-10", antal: 1 },
      "RP-6M": { status: "bortfaldet", bortfaldet: "2025-07-06" },
      "RP-EXEMPT": { status: "bortfaldet", frist: "2025-10-01", bortfaldet: "2025-09-10" },
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------------
// Dagpenge: the a-kasse's first three months, the handover, Min plan, 16 months
// ---------------------------------------------------------------------------------------------------------------------

const DAGPENGE: Situation[] = [
  {
    situation:
      "Ledig fra 5. februar 2024: a-kassen holder 3 samtaler, overdrager 6. maj; jobcenteret holder 3 samtaler i måned 4-6 og offentliggør planen; intet tilbud inden 6 måneder",
    haendelser: [
      ledig("2024-02-05"),
      ydelse("2024-02-05", "DAGPENGE"),
      akasseSamtale("2024-02-12"),
      h("2024-02-12", "PLAN_OFFENTLIGGJORT"),
      akasseSamtale("2024-03-11"),
      akasseSamtale("2024-04-15"),
      h("2024-05-06", "OVERDRAGELSE"),
      samtale("2024-05-13"),
      h("2024-05-14", "PLAN_OFFENTLIGGJORT"),
      samtale("2024-06-17", "video"),
      samtale("2024-07-22", "telefon"),
    ],
    dag: "2024-08-15",
    forventet: {
      "KF-DP-AK": { status: "opfyldt", frist: "2024-05-05", opfyldt: "2024-04-15", antal: 3 },
      MINPLAN: [
        { status: "opfyldt", frist: "2024-02-19", opfyldt: "2024-02-12" },
        { status: "opfyldt", frist: "2024-05-20", opfyldt: "2024-05-14" },
      ],
      "KF-FORM": { status: "opfyldt", frist: "2024-05-13" },
      "KF-DP-JC": { status: "opfyldt", frist: "2024-08-06", opfyldt: "2024-07-22", antal: 3 },
      "RP-6M": { status: "forfalden", frist: "2024-08-05" },
    },
    forslag: ["RP-6M"],
  },
  {
    situation:
      "Ledig fra 15. januar 2024; 1. maj 2025 (15½ måned) er den fælles samtale ved 16 måneder kommende: den opstod 15. april og skal holdes senest 15. maj",
    haendelser: [ledig("2024-01-15"), ydelse("2024-01-15", "DAGPENGE")],
    dag: "2025-05-01",
    forventet: { "KF-DP-16M": { status: "kommende", frist: "2025-05-15", udloest: "2025-04-15" } },
    kun: true,
  },
  {
    situation: "… holdes den fælles samtale 10. maj 2025, er kravet opfyldt",
    haendelser: [
      ledig("2024-01-15"),
      ydelse("2024-01-15", "DAGPENGE"),
      samtale("2025-05-10", "fremmoede", { art: "faelles" }),
    ],
    dag: "2025-06-01",
    forventet: { "KF-DP-16M": { status: "opfyldt", frist: "2025-05-15", opfyldt: "2025-05-10" } },
    kun: true,
  },
  {
    situation:
      "… og var borgeren uden dagpenge i hele marts 2024 (31 dage), rykker 16-månedersfristen til 15. juni 2025",
    haendelser: [
      ledig("2024-01-15"),
      ydelse("2024-01-15", "DAGPENGE"),
      ophoer("2024-03-01"),
      ydelse("2024-04-01", "DAGPENGE"),
    ],
    dag: "2025-06-01",
    forventet: { "KF-DP-16M": { status: "kommende", frist: "2025-06-15", udloest: "2025-05-16" } },
    kun: true,
  },
  {
    situation: "Før den 15. måned er der endnu ingen forpligtelse efter KF-DP-16M",
    haendelser: [ledig("2024-01-15"), ydelse("2024-01-15", "DAGPENGE")],
    dag: "2025-04-14",
    forventet: { "KF-DP-16M": [] },
    kun: true,
  },
];

// ---------------------------------------------------------------------------------------------------------------------
// Sygedagpenge
// ---------------------------------------------------------------------------------------------------------------------

const SYGEDAGPENGE: Situation[] = [
  {
    situation:
      "Sygemeldt mandag 5. januar 2026 (kategori 2): første opfølgning inden udgangen af 8. uge (1. marts), mindst 4 i 6 måneder, og hurtig opfølgning inden 2 uger efter anmodningen",
    haendelser: [
      h("2026-01-05", "FRAVAER_START", { kategori: 2 }),
      ydelse("2026-01-05", "SYGEDAGPENGE"),
      samtale("2026-02-23", "fremmoede", { art: "opfoelgning" }),
      h("2026-03-02", "HURTIG_OPFOELGNING_ANMODET"),
      samtale("2026-03-10", "telefon", { art: "opfoelgning" }),
    ],
    dag: "2026-03-20",
    forventet: {
      "SDP-8W/foerste": { status: "opfyldt", frist: "2026-03-01", opfyldt: "2026-02-23" },
      "SDP-8W/antal": { status: "kommende", frist: "2026-07-05", antal: 2 },
      "SDP-8W/hurtig": { status: "opfyldt", frist: "2026-03-16", opfyldt: "2026-03-10" },
    },
  },
  {
    situation: "Kategori 1 (forventes raskmeldt inden 8 uger) har ingen opfølgningsfrister efter SDP-8W",
    haendelser: [h("2026-01-05", "FRAVAER_START", { kategori: 1 }), ydelse("2026-01-05", "SYGEDAGPENGE")],
    dag: "2026-03-20",
    forventet: {},
  },
  {
    situation: "Raskmeldt 10. februar 2026 (sygedagpengene ophører): fristerne bortfalder",
    haendelser: [
      h("2026-01-05", "FRAVAER_START", { kategori: 3 }),
      ydelse("2026-01-05", "SYGEDAGPENGE"),
      ophoer("2026-02-10"),
    ],
    dag: "2026-03-20",
    forventet: {
      "SDP-8W/foerste": { status: "bortfaldet", bortfaldet: "2026-02-10" },
      "SDP-8W/antal": { status: "bortfaldet", bortfaldet: "2026-02-10" },
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------------
// Access to records
// ---------------------------------------------------------------------------------------------------------------------

const AKTINDSIGT: Situation[] = [
  {
    situation:
      "Aktindsigt anmodet tirsdag 22. december 2026: 7 arbejdsdage springer 24.–27. og 31. december og 1. januar over, så fristen er 6. januar 2027",
    haendelser: [h("2026-12-22", "AKTINDSIGT_ANMODNING")],
    dag: "2027-01-10",
    forventet: { AKT: { status: "forfalden", frist: "2027-01-06" } },
    forslag: ["AKT"],
  },
  {
    situation: "Et foreløbigt svar 5. januar med grunden og den forventede dato opfylder fristen",
    haendelser: [
      h("2026-12-22", "AKTINDSIGT_ANMODNING"),
      h("2027-01-05", "AKTINDSIGT_BESVARET", { foreloebigt: true }),
    ],
    dag: "2027-01-10",
    forventet: { AKT: { status: "opfyldt", opfyldt: "2027-01-05" } },
  },
  {
    situation: "To anmodninger og ét svar: svaret hører til den første, den anden er overskredet 8. januar",
    haendelser: [
      h("2026-12-22", "AKTINDSIGT_ANMODNING"),
      h("2026-12-28", "AKTINDSIGT_ANMODNING"),
      h("2026-12-30", "AKTINDSIGT_BESVARET"),
    ],
    dag: "2027-01-10",
    forventet: {
      AKT: [
        { status: "opfyldt", frist: "2027-01-06", opfyldt: "2026-12-30" },
        { status: "forfalden", frist: "2027-01-08" },
      ],
    },
    forslag: ["AKT"],
  },
  {
    situation:
      "Indsigt efter GDPR anmodet 10. marts 2026: fristen er 10. april; besked om forlængelse 1. april rykker den til 10. juni",
    haendelser: [
      h("2026-03-10", "INDSIGT_ANMODNING"),
      h("2026-04-01", "INDSIGT_BESVARET", { foreloebigt: true }),
      h("2026-05-20", "INDSIGT_BESVARET"),
    ],
    dag: "2026-06-01",
    forventet: { "GDPR-15": { status: "opfyldt", frist: "2026-06-10", opfyldt: "2026-05-20" } },
  },
  {
    situation: "Uden besked om forlængelse er svaret 20. maj for sent",
    haendelser: [h("2026-03-10", "INDSIGT_ANMODNING"), h("2026-05-20", "INDSIGT_BESVARET")],
    dag: "2026-06-01",
    forventet: { "GDPR-15": { status: "opfyldt_for_sent", frist: "2026-04-10", opfyldt: "2026-05-20" } },
  },
];

// ---------------------------------------------------------------------------------------------------------------------
// The change in the law on 1 July 2026 (lov nr. 1750 af 29.12.2025)
// ---------------------------------------------------------------------------------------------------------------------

/** The same history — request for help, jobparat kontanthjælp, two conversations — starting on day `s`. */
const samme = (s: string): Haendelse[] => {
  const t = d(s);
  return [
    { type: "HJAELP_ANMODNING", dag: t },
    { type: "YDELSE_START", dag: t, maalgruppe: "KONTANTHJAELP_JOBPARAT" },
    { type: "SAMTALE_AFHOLDT", dag: t + 3, art: "jobsamtale", kanal: "fremmoede" },
    { type: "SAMTALE_AFHOLDT", dag: t + 40, art: "jobsamtale", kanal: "telefon" },
  ];
};

const LOVAENDRING: Situation[] = [
  {
    situation:
      "Før 1. juli 2026: start 5. januar 2026, set 200 dage efter — de individuelle frister gælder: 4 samtaler og tilbud inden 6 måneder er overskredet",
    haendelser: samme("2026-01-05"),
    dag: isoFraDag(d("2026-01-05") + 200),
    forventet: {
      "KF-KH-FIRST": { status: "opfyldt", frist: "2026-01-12" },
      "KF-FORM": { status: "opfyldt" },
      "KF-4IN6": { status: "forfalden", frist: "2026-07-05", antal: 2 },
      "RP-6M": { status: "forfalden", frist: "2026-07-05" },
    },
    forslag: ["KF-4IN6", "RP-6M"],
  },
  {
    situation:
      "Efter 1. juli 2026: samme forløb fra 7. september 2026, set 200 dage efter — kun fremmødekravet og kohortelovens første samtale gælder, og begge er opfyldt",
    haendelser: samme("2026-09-07"),
    dag: isoFraDag(d("2026-09-07") + 200),
    forventet: {
      "KF-FORM": { status: "opfyldt" },
      "KF-75": { status: "opfyldt", frist: "2027-03-07", opfyldt: "2026-09-10", antal: 1 },
    },
  },
  {
    situation:
      "Et forløb, der starter 4. maj 2026 og ses 1. december 2026: udløst før lovændringen, bedømt efter den gamle lov",
    haendelser: samme("2026-05-04"),
    dag: "2026-12-01",
    forventet: {
      "KF-KH-FIRST": { status: "opfyldt" },
      "KF-FORM": { status: "opfyldt" },
      "KF-4IN6": { status: "forfalden", frist: "2026-11-04", antal: 2 },
      "RP-6M": { status: "forfalden", frist: "2026-11-04" },
    },
    forslag: ["KF-4IN6", "RP-6M"],
  },
  {
    situation:
      "… men skifter borgeren til aktivitetsparat 3. august 2026, starter KF-4IN6 ikke forfra (reglen er ophørt); RP-6M fortsætter, da ydelsen er den samme",
    haendelser: [...samme("2026-05-04"), ydelse("2026-08-03", "KONTANTHJAELP_AKTIVITETSPARAT")],
    dag: "2026-12-01",
    forventet: {
      "KF-KH-FIRST": { status: "opfyldt" },
      "KF-FORM": { status: "opfyldt" },
      "KF-4IN6": { status: "bortfaldet", bortfaldet: "2026-08-03", antal: 2 },
      "RP-6M": { status: "forfalden", frist: "2026-11-04" },
    },
    forslag: ["RP-6M"],
  },
  {
    situation:
      "Jobparat kontanthjælpsmodtager fra 3. august 2026 uden nogen samtale: første samtale inden 6 måneder er overskredet",
    haendelser: [ydelse("2026-08-03", "KONTANTHJAELP_JOBPARAT")],
    dag: "2027-03-01",
    forventet: { "KF-75": { status: "forfalden", frist: "2027-02-03", antal: 0 } },
    forslag: ["KF-75"],
  },
];

describe.each([
  ["kontanthjælp og uddannelseshjælp", KONTANTHJAELP],
  ["dagpenge", DAGPENGE],
  ["sygedagpenge", SYGEDAGPENGE],
  ["aktindsigt og indsigt", AKTINDSIGT],
  ["lovændringen 1. juli 2026", LOVAENDRING],
])("situationer: %s", (_navn, raekker) => {
  test.each(raekker.map((r) => [r.situation, r] as const))("%s", (_s, r) => {
    kontroller(r);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Proposals: sanctions are proposals with steps that must not be skipped
// ---------------------------------------------------------------------------------------------------------------------

const HEAR_SKRIDT = ["partshoering", "udsaettelse", "begrundelse", "klagevejledning"];

describe("forslag om sanktioner", () => {
  const kh = [ydelse("2026-01-05", "KONTANTHJAELP_JOBPARAT"), samtale("2026-01-07")];

  test("udeblivelse fra jobsamtale (kontanthjælp): vurdering af rådighed, fradrag inden 3 måneder, alle skridt", () => {
    const ev = evaluer(
      { haendelser: [...kh, h("2026-02-10", "SAMTALE_UDEBLEVET", { art: "jobsamtale" }), samtale("2026-02-17")] },
      d("2026-02-20"),
    );
    const [p, ...rest] = ev.forslag;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ regelId: "SAN-KH-MISS", ugunstig: true, status: "aktuel", frist: d("2026-05-10") });
    expect(p!.henvisning).toEqual({ lov: "Lov om aktiv socialpolitik", paragraf: "§§ 13, 35 og 37" });
    expect(p!.skridt!.map((s) => s.id)).toEqual(["skriftlig_vejledning", "konkret_vurdering", ...HEAR_SKRIDT]);
    expect(p!.skridt!.filter((s) => s.regelId === "HEAR").map((s) => s.henvisning.paragraf)).toEqual([
      "§ 19",
      "§ 21",
      "§§ 22 og 24",
      "§ 25",
    ]);
    expect(p!.forklaring).toContain("ikke en afgørelse");
    expect(p!.forklaring).toContain("Kontakten blev genoprettet den 17. februar 2026");
    expect(p!.forklaring).toContain("senest den 10. maj 2026");
    expect(p!.forklaring).toContain("Partshør borgeren");
  });

  test("efter 3 kalendermåneder kan forslaget ikke længere følges", () => {
    const ev = evaluer({ haendelser: [...kh, h("2026-02-10", "SAMTALE_UDEBLEVET")] }, d("2026-05-11"));
    const p = ev.forslag.find((x) => x.regelId === "SAN-KH-MISS")!;
    expect(p.status).toBe("udloebet");
    expect(p.forklaring).toContain("kan ikke længere følges");
    expect(overblik(ev).ugunstigeForslag).toBe(0);
  });

  test("overskredet selvbooking og udeblivelse fra tilbud giver hver sit forslag med HEAR's skridt", () => {
    const ev = evaluer(
      { haendelser: [...kh, h("2026-02-02", "SELVBOOKING_OVERSKREDET"), h("2026-02-09", "TILBUD_UDEBLEVET")] },
      d("2026-02-20"),
    );
    expect(ev.forslag.map((p) => [p.regelId, p.skridt!.map((s) => s.id)])).toEqual([
      ["SAN-KH-BOOK", ["konkret_vurdering", ...HEAR_SKRIDT]],
      ["SAN-KH-TILBUD", ["konkret_vurdering", ...HEAR_SKRIDT]],
    ]);
    expect(ev.forslag[0]!.henvisning.paragraf).toBe("§ 37 a");
    expect(ev.forslag[1]!.sikkerhed).toBe("middel");
  });

  test("dagpengemodtager udebliver fra samtale i jobcenteret: a-kassen underrettes og afgør; jobcenteret træffer ingen afgørelse", () => {
    const hs = [ledig("2026-01-05"), ydelse("2026-01-05", "DAGPENGE")];
    const ev = evaluer({ haendelser: [...hs, h("2026-05-11", "SAMTALE_UDEBLEVET")] }, d("2026-05-12"));
    const p = ev.forslag.filter((x) => x.regelId.startsWith("SAN"));
    expect(p.map((x) => [x.regelId, x.ugunstig, x.skridt])).toEqual([["SAN-DP", false, []]]);
    expect(p[0]!.forklaring).toContain("underret a-kassen");
    // An a-kasse conversation missed is the a-kasse's own matter.
    const akasse = evaluer(
      { haendelser: [...hs, h("2026-02-11", "SAMTALE_UDEBLEVET", { afholder: "akasse" })] },
      d("2026-02-12"),
    );
    expect(akasse.forslag.filter((x) => x.regelId.startsWith("SAN"))).toEqual([]);
  });

  test("en sanktion foreslås aldrig for målgrupper, reglen ikke gælder for (sygedagpenge)", () => {
    const ev = evaluer(
      { haendelser: [ydelse("2026-01-05", "SYGEDAGPENGE"), h("2026-02-10", "SAMTALE_UDEBLEVET")] },
      d("2026-02-20"),
    );
    expect(ev.forslag).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Explanations and the caseload summary
// ---------------------------------------------------------------------------------------------------------------------

describe("forklaringer", () => {
  test("en forklaring siger, hvorfor reglen gælder, hvad den kræver, status nu og lovhenvisningen", () => {
    const ev = kontroller(KONTANTHJAELP[0]!);
    const f = ev.forpligtelser.find((x) => x.regelId === "KF-KH-FIRST")!;
    for (const del of [
      "jobparat kontanthjælpsmodtager, målgruppe 2",
      "anmodede om hjælp den 2. marts 2026",
      "første jobsamtale skal holdes senest 1 uge efter",
      "senest 9. marts 2026",
      "Status: opfyldt den 6. marts 2026",
      "LAB § 31, stk. 3 (sikkerhed: høj)",
    ]) {
      expect(f.forklaring).toContain(del);
    }
  });

  test("en overskredet tællende forpligtelse siger, hvor mange der mangler", () => {
    const ev = kontroller(LOVAENDRING[0]!);
    const f = ev.forpligtelser.find((x) => x.regelId === "KF-4IN6")!;
    expect(f.forklaring).toContain("2 af 4 samtaler holdt");
    expect(f.forklaring).toContain("fristen udløb for 19 dage siden");
  });

  test("en bortfalden forpligtelse siger hvorfor", () => {
    const ev = kontroller(KONTANTHJAELP[8]!);
    expect(ev.forpligtelser.find((x) => x.regelId === "RP-6M")!.forklaring).toContain(
      "borgeren var fritaget, da fristen udløb (en ny frist gælder, når fritagelsen ophører)",
    );
  });

  test("et indkaldt videomøde som første samtale skal rettes til fremmøde", () => {
    const ev = kontroller(KONTANTHJAELP[12]!);
    expect(ev.forpligtelser.find((x) => x.regelId === "KF-FORM")!.forklaring).toContain(
      "indkaldt til den 6. februar 2026 som video. Den skal holdes ved personligt fremmøde – ret indkaldelsen.",
    );
    expect(ev.forpligtelser.find((x) => x.regelId === "KF-KH-FIRST")!.indkaldtDag).toBe(d("2026-02-06"));
  });

  test("a-kassens forpligtelser vises til orientering og tæller ikke med i jobcenterets forfaldne", () => {
    const ev = evaluer({ haendelser: [ledig("2026-08-03"), ydelse("2026-08-03", "DAGPENGE")] }, d("2026-11-23"));
    const ak = ev.forpligtelser.find((x) => x.regelId === "KF-DP-AK")!;
    expect(ak).toMatchObject({ status: "forfalden", ansvarlig: "akasse" });
    expect(ak.forklaring).toContain("Det er a-kassen, der skal handle");
    expect(overblik(ev)).toMatchObject({ forfaldne: 0, andresForfaldne: 1, naeste: null });
  });
});

describe("sagsstammens overblik", () => {
  test("næste åbne forpligtelse er den med den tidligste frist; forfaldne tælles", () => {
    const o = sagsOverblik(
      { haendelser: [anmodning("2026-03-02"), ydelse("2026-03-02", "KONTANTHJAELP_JOBPARAT")] },
      d("2026-03-16"),
    );
    expect(o.naeste?.regelId).toBe("KF-KH-FIRST");
    expect(o).toMatchObject({ forfaldne: 1, kommende: 2, aktuelleForslag: 1, ugunstigeForslag: 0 });
  });

  test("en sag uden forpligtelser har intet næste skridt", () => {
    expect(sagsOverblik({ haendelser: [] }, d("2026-03-16"))).toEqual({
      naeste: null,
      forfaldne: 0,
      kommende: 0,
      andresForfaldne: 0,
      aktuelleForslag: 0,
      ugunstigeForslag: 0,
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Rule-set options
// ---------------------------------------------------------------------------------------------------------------------

describe("regelsættets valgmuligheder", () => {
  test("kommunen kan sætte sit eget servicemål for KF-REQ (her 5 arbejdsdage)", () => {
    const rs = kompilerRegelsaet(REGLER, { parametre: { servicemaal_samtale: { antal: 5, enhed: "arbejdsdage" } } });
    // The conversation on 12 August, in time under the default, is now a day late.
    kontroller({
      ...KONTANTHJAELP[14]!,
      regler: rs,
      forventet: { "KF-REQ": { status: "opfyldt_for_sent", frist: "2025-08-11" } },
    });
  });

  test("en regel med ophoer «bortfalder» lader åbne forpligtelser bortfalde dagen efter sin sidste dag", () => {
    const regler = REGLER.map((r) => (r.id === "KF-4IN6" ? { ...r, ophoer: "bortfalder" as const } : r));
    kontroller({
      ...LOVAENDRING[2]!,
      regler: kompilerRegelsaet(regler),
      forventet: { "KF-4IN6": { status: "bortfaldet", bortfaldet: "2026-07-01", antal: 2 } },
      kun: true,
    });
  });

  test("uordnede hændelser sorteres før evalueringen; hændelser samme dag beholder den rækkefølge, de blev registreret i", () => {
    const r = KONTANTHJAELP[0]!;
    const [a, b, c] = r.haendelser;
    expect(evaluer({ haendelser: [c!, a!, b!] }, d(r.dag))).toEqual(evaluer({ haendelser: r.haendelser }, d(r.dag)));
  });
});
