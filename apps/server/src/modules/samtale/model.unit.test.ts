import { describe, expect, test } from "vitest";
import { evaluer } from "../regler/engine.ts";
import { dagFraIso } from "../regler/kalender.ts";
import type { Haendelse } from "../regler/model.ts";
import {
  arterDerOpfylder,
  bookingInterval,
  ingenJobsamtaleIForloebet,
  kanAendres,
  kanalRegel,
  type Moedetype,
  moedetyperFor,
  paamindelser,
  samtaleBehov,
} from "./model.ts";

const d = dagFraIso;
const h = (dato: string, type: Haendelse["type"], extra: Partial<Haendelse> = {}): Haendelse => ({
  type,
  dag: d(dato),
  ...extra,
});
const type = (
  kode: Moedetype["kode"],
  art: Moedetype["art"],
  kanaler: Moedetype["kanaler"] = ["fremmoede", "telefon", "video"],
): Moedetype => ({
  id: kode,
  kode,
  art,
  navn: kode === "jobsamtale" ? "Jobsamtale" : "Opfølgningssamtale",
  varighedMin: 45,
  bufferMin: 15,
  minVarselTimer: 24,
  bookingvindueDage: 56,
  aendringVarselTimer: 24,
  kanaler,
  minDeltagere: 2,
});
const JOBSAMTALE = type("jobsamtale", "jobsamtale");
const IDAG = d("2026-11-23");

describe("which conversations the law asks of a citizen", () => {
  test("a kontanthjælp case before 1 July 2026: the first jobsamtale within a week, with its rule, as a bookable need", () => {
    const dag = d("2026-05-13");
    const haendelser = [
      h("2026-05-11", "HJAELP_ANMODNING"),
      h("2026-05-12", "YDELSE_START", { maalgruppe: "KONTANTHJAELP_JOBPARAT" }),
    ];
    const behov = samtaleBehov(evaluer({ haendelser }, dag).forpligtelser, dag);
    const foerste = behov.find((b) => b.regelId === "KF-KH-FIRST");
    expect(foerste).toMatchObject({
      frist: d("2026-05-18"),
      overskredet: false,
      henvisning: { lov: "LAB", paragraf: "§ 31, stk. 3" },
    });
    expect(foerste?.arter).toContain("jobsamtale");
    // most urgent first
    expect(behov.map((b) => b.frist)).toEqual([...behov.map((b) => b.frist)].sort((a, b) => a - b));
  });

  test("the same case under the rules from 1 July 2026 (lov nr. 1750/2025) gets that law's first conversation instead", () => {
    const haendelser = [
      h("2026-11-18", "HJAELP_ANMODNING"),
      h("2026-11-20", "YDELSE_START", { maalgruppe: "KONTANTHJAELP_JOBPARAT" }),
    ];
    const behov = samtaleBehov(evaluer({ haendelser }, IDAG).forpligtelser, IDAG);
    expect(behov.map((b) => b.regelId)).toEqual(["KF-75"]);
    expect(behov[0]!.arter).toEqual(["jobsamtale", "faelles"]);
  });

  test("obligations not met by a conversation (the plan, an offer) are not offered for booking", () => {
    expect(arterDerOpfylder({ regelId: "MINPLAN" }, IDAG)).toBeUndefined();
    expect(arterDerOpfylder({ regelId: "KF-4IN6" }, IDAG)).toEqual(["jobsamtale", "faelles"]);
  });

  test("meeting types: the citizen does not book the joint a-kasse conversation; sick-listed citizens get the sickness type first", () => {
    const typer = [
      JOBSAMTALE,
      type("faelles", "faelles"),
      type("sygeopfoelgning", "opfoelgning"),
      type("opfoelgning", "opfoelgning"),
    ];
    expect(
      moedetyperFor(["jobsamtale", "faelles"], typer, { maalgruppe: "DAGPENGE", afBorger: true }).map((t) => t.kode),
    ).toEqual(["jobsamtale"]);
    expect(
      moedetyperFor(["jobsamtale", "faelles"], typer, { maalgruppe: "DAGPENGE", afBorger: false }).map((t) => t.kode),
    ).toEqual(["jobsamtale", "faelles"]);
    expect(
      moedetyperFor(["opfoelgning", "jobsamtale"], typer, { maalgruppe: "SYGEDAGPENGE", afBorger: true })[0]!.kode,
    ).toBe("sygeopfoelgning");
  });
});

describe("the channel rule (LAB § 33, stk. 1)", () => {
  const start = [h("2026-11-02", "LEDIGHED_START"), h("2026-11-02", "YDELSE_START", { maalgruppe: "DAGPENGE" })];

  test("the first jobsamtale in the course is in person, and says why with the paragraph", () => {
    const r = kanalRegel({ moedetype: JOBSAMTALE, maalgruppe: "DAGPENGE", haendelser: start, dag: IDAG });
    expect(r.kanaler).toEqual(["fremmoede"]);
    expect(r.begrundelse).toMatch(/første jobsamtale/);
    expect(r.henvisning?.paragraf).toMatch(/§ 33, stk. 1/);
  });

  test("after a held jobsamtale the citizen chooses; a conversation held by the a-kasse does not count", () => {
    const akasse = [...start, h("2026-11-10", "SAMTALE_AFHOLDT", { art: "jobsamtale", afholder: "akasse" })];
    expect(
      kanalRegel({ moedetype: JOBSAMTALE, maalgruppe: "DAGPENGE", haendelser: akasse, dag: IDAG }).kanaler,
    ).toEqual(["fremmoede"]);
    const held = [...start, h("2026-11-10", "SAMTALE_AFHOLDT", { art: "jobsamtale", kanal: "fremmoede" })];
    const r = kanalRegel({ moedetype: JOBSAMTALE, maalgruppe: "DAGPENGE", haendelser: held, dag: IDAG });
    expect(r.kanaler).toEqual(["fremmoede", "telefon", "video"]);
    expect(r.begrundelse).toBe("Du vælger selv, om samtalen skal holdes ved fremmøde, telefon eller video.");
  });

  test("a new course (a new start of benefit) makes the next jobsamtale the first again", () => {
    const ny = [
      ...start,
      h("2026-11-10", "SAMTALE_AFHOLDT", { art: "jobsamtale" }),
      h("2026-11-20", "HJAELP_ANMODNING"),
    ];
    expect(ingenJobsamtaleIForloebet(ny)).toBe(true);
  });

  test("the caseworker's concrete assessment requires in person, with its reason; the type's channels still bound the choice", () => {
    const held = [...start, h("2026-11-10", "SAMTALE_AFHOLDT", { art: "jobsamtale" })];
    const vurdering = {
      kraevFremmoede: true,
      begrundelse: "Tolk er nødvendig",
      af: "Lone Sørensen",
      dato: "2026-11-20",
    };
    const r = kanalRegel({ moedetype: JOBSAMTALE, maalgruppe: "DAGPENGE", haendelser: held, dag: IDAG, vurdering });
    expect(r.kanaler).toEqual(["fremmoede"]);
    expect(r.begrundelse).toMatch(/konkret vurdering.*Tolk er nødvendig/);
    const kunVideo = type("opfoelgning", "opfoelgning", ["telefon", "video"]);
    expect(kanalRegel({ moedetype: kunVideo, maalgruppe: "SYGEDAGPENGE", haendelser: [], dag: IDAG }).kanaler).toEqual([
      "telefon",
      "video",
    ]);
  });
});

describe("notice, booking range and reminders", () => {
  test("moving and cancelling are allowed until the notice before the meeting", () => {
    const start = new Date("2026-11-26T09:00:00Z");
    expect(kanAendres(start, new Date("2026-11-25T08:59:00Z"), 24).ok).toBe(true);
    expect(kanAendres(start, new Date("2026-11-25T09:01:00Z"), 24)).toMatchObject({
      ok: false,
      senest: new Date("2026-11-25T09:00:00Z"),
    });
  });

  test("the range ends at the deadline day's end, unless the deadline has passed", () => {
    const nu = new Date("2026-11-23T09:00:00Z");
    const dagSlut = (dag: number) => (dag + 1) * 86_400_000;
    const r = bookingInterval({ nu, moedetype: JOBSAMTALE, frist: d("2026-11-30"), dagSlut });
    expect(r).toEqual({ fra: nu.getTime() + 24 * 3_600_000, til: dagSlut(d("2026-11-30")) });
    const over = bookingInterval({ nu, moedetype: JOBSAMTALE, frist: d("2026-11-20"), overskredet: true, dagSlut });
    expect(over.til).toBe(nu.getTime() + 56 * 86_400_000);
  });

  test("reminders the day before and two hours before, only those still ahead", () => {
    const start = new Date("2026-11-26T09:00:00Z");
    expect(paamindelser(start, new Date("2026-11-23T09:00:00Z")).map((p) => p.art)).toEqual([
      "paamindelse_dag",
      "paamindelse_timer",
    ]);
    expect(paamindelser(start, new Date("2026-11-26T06:00:00Z")).map((p) => p.art)).toEqual(["paamindelse_timer"]);
    expect(paamindelser(start, new Date("2026-11-26T08:00:00Z"))).toEqual([]);
  });
});
