import { describe, expect, test } from "vitest";
import { evaluer } from "../regler/engine.ts";
import { dagFraIso } from "../regler/kalender.ts";
import { HAENDELSE_TYPER, type Haendelse } from "../regler/model.ts";
import { somHaendelse } from "../sag/store.ts";
import {
  arbejdsdageTilFrist,
  bilagType,
  HAENDELSE_BESVARET,
  HAENDELSE_HENVENDELSE,
  naesteTilstand,
  OVERGANGE,
  overskredet,
  rensFilnavn,
  svarfrist,
  type Tilstand,
} from "./model.ts";

const ingen: Tilstand = { venterPaa: "ingen", svarfrist: null };

describe("who a thread waits for", () => {
  test("a citizen's message waits for the jobcentre until the promised day: 3 working days after receipt", () => {
    expect(naesteTilstand(ingen, { art: "borger_skriver" }, "2026-11-23", 3)).toEqual({
      venterPaa: "jobcenter",
      svarfrist: "2026-11-26",
    });
  });
  test("a second message from the citizen keeps the first promised day (the oldest unanswered message counts)", () => {
    const t = naesteTilstand(ingen, { art: "borger_skriver" }, "2026-11-23", 3)!;
    expect(naesteTilstand(t, { art: "borger_skriver" }, "2026-11-25", 3)).toEqual(t);
  });
  test("the jobcentre's answer waits for the citizen only when it asks for an answer", () => {
    const t = naesteTilstand(ingen, { art: "borger_skriver" }, "2026-11-23", 3)!;
    expect(naesteTilstand(t, { art: "jobcenter_skriver", svarOenskes: true }, "2026-11-24", 3)).toEqual({
      venterPaa: "borger",
      svarfrist: null,
    });
    expect(naesteTilstand(t, { art: "jobcenter_skriver", svarOenskes: false }, "2026-11-24", 3)).toEqual(ingen);
  });
  test("the citizen's answer to a question from the jobcentre starts a new promised day", () => {
    const venter: Tilstand = { venterPaa: "borger", svarfrist: null };
    expect(naesteTilstand(venter, { art: "borger_skriver" }, "2026-11-27", 3)).toEqual({
      venterPaa: "jobcenter",
      svarfrist: "2026-12-02",
    });
  });
  test("marking as needing no answer closes the wait from any state; only the jobcentre may do it", () => {
    for (const venterPaa of ["jobcenter", "borger", "ingen"] as const)
      expect(
        naesteTilstand(
          { venterPaa, svarfrist: venterPaa === "jobcenter" ? "2026-11-26" : null },
          { art: "intet_svar" },
          "2026-11-24",
          3,
        ),
      ).toEqual(ingen);
    expect(OVERGANGE.intet_svar.af).toEqual(["jobcenter"]);
    expect(OVERGANGE.borger_skriver.af).toEqual(["borger"]);
  });
});

describe("the promised answer day", () => {
  test("over a weekend: a message on Friday 27 November 2026 is answered by Wednesday 2 December", () => {
    expect(svarfrist("2026-11-27", 3)).toBe("2026-12-02");
  });
  test("a message on a Saturday counts from the Saturday: Monday, Tuesday, Wednesday", () => {
    expect(svarfrist("2026-11-28", 3)).toBe("2026-12-02");
  });
  test("over Christmas: 22 December 2026 → 23rd, then 24th–27th closed, 28th, 29th", () => {
    expect(svarfrist("2026-12-22", 3)).toBe("2026-12-29");
  });
  test("over Easter 2027: Wednesday 24 March → Thursday 1 April (skærtorsdag 25 March to 2. påskedag 29 March closed)", () => {
    expect(svarfrist("2027-03-24", 3)).toBe("2027-04-01");
  });
  test("overdue only after the promised day has passed", () => {
    const t: Tilstand = { venterPaa: "jobcenter", svarfrist: "2026-11-26" };
    expect(overskredet(t, "2026-11-26")).toBe(false);
    expect(overskredet(t, "2026-11-27")).toBe(true);
    expect(overskredet({ venterPaa: "borger", svarfrist: null }, "2030-01-01")).toBe(false);
  });
  test("working days left, and how many overdue", () => {
    expect(arbejdsdageTilFrist("2026-11-26", "2026-11-23")).toBe(3);
    expect(arbejdsdageTilFrist("2026-11-26", "2026-11-26")).toBe(0);
    expect(arbejdsdageTilFrist("2026-11-26", "2026-11-30")).toBe(-2);
  });
});

describe("attachments by their first bytes", () => {
  test("PDF, JPEG and PNG are known by their signatures; anything else is refused whatever its name", () => {
    expect(bilagType(Buffer.from("%PDF-1.7\n…"))).toBe("application/pdf");
    expect(bilagType(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0]))).toBe("image/jpeg");
    expect(bilagType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(bilagType(Buffer.from("PDF-1.7 without the percent"))).toBeNull();
    expect(bilagType(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
    expect(bilagType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(bilagType(new Uint8Array())).toBeNull();
  });
  test("a file name loses its path and control characters", () => {
    expect(rensFilnavn("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(rensFilnavn("C:\\Users\\mette\\scan.png")).toBe("scan.png");
    expect(rensFilnavn('a"b\u0000c.pdf')).toBe("abc.pdf");
    expect(rensFilnavn("")).toBe("bilag");
  });
});

describe("the dialog's case events", () => {
  const raekke = (type: string, dato: string, mere: { kanal?: "fremmoede" | null; art?: string | null } = {}) => ({
    type,
    dato,
    maalgruppe: null,
    kanal: mere.kanal ?? null,
    art: mere.art ?? null,
    uger: null,
    kategori: null,
    afholder: null,
    tilbudsart: null,
    foreloebigt: null,
  });

  test("are not event types of the rules engine, and the engine ignores them: the same deadlines with and without", () => {
    expect(HAENDELSE_TYPER as readonly string[]).not.toContain(HAENDELSE_HENVENDELSE);
    expect(HAENDELSE_TYPER as readonly string[]).not.toContain(HAENDELSE_BESVARET);
    const sag = [
      { ...raekke("YDELSE_START", "2026-08-03"), maalgruppe: "DAGPENGE" },
      raekke("LEDIGHED_START", "2026-08-03"),
      raekke("SAMTALE_AFHOLDT", "2026-08-20", { kanal: "fremmoede", art: "jobsamtale" }),
    ];
    const medDialog = [
      ...sag,
      raekke(HAENDELSE_HENVENDELSE, "2026-09-01"),
      raekke(HAENDELSE_BESVARET, "2026-09-02"),
      raekke(HAENDELSE_HENVENDELSE, "2026-11-20"),
    ].sort((a, b) => (a.dato < b.dato ? -1 : a.dato > b.dato ? 1 : 0));
    const idag = dagFraIso("2026-11-23");
    const uden = evaluer({ haendelser: sag.map(somHaendelse) as Haendelse[] }, idag);
    const med = evaluer({ haendelser: medDialog.map(somHaendelse) as Haendelse[] }, idag);
    expect(uden.forpligtelser.length).toBeGreaterThan(0);
    expect(med.forpligtelser).toEqual(uden.forpligtelser);
    expect(med.forslag).toEqual(uden.forslag);
  });
});
