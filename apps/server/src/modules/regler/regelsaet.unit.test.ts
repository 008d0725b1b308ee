import { readdirSync, readFileSync } from "node:fs";
import { MAALGRUPPER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { describe, expect, test } from "vitest";
import { evaluer, kompilerRegelsaet } from "./engine.ts";
import { dagFraIso } from "./kalender.ts";
import {
  aendringer,
  REGELFILER,
  REGLER,
  type RegelFil,
  RegelFejl,
  regelIKraft,
  regelsaetPaa,
  tjekRegelsaet,
  validerRegelfil,
} from "./regelsaet.ts";

const d = dagFraIso;
const MAPPE = new URL("./regelsaet/", import.meta.url);

/**
 * The first rule set as the source table states it: reference, dates of effect, confidence and target groups (by
 * their LAB § 6 number). "gældende" in the table ("current") is entered as in force from 1 January 2020, the day the
 * rule set begins, and "—" (HEAR) as forvaltningsloven's day of effect, 1 January 1987; both carry a note.
 */
// biome-ignore format: a table
const TABEL: [id: string, lov: string, paragraf: string, fra: string, til: string | null, sikkerhed: string, grupper: number[] | "alle"][] = [
  ["KF-KH-FIRST", "LAB", "§ 31, stk. 3", "2020-01-01", "2026-06-30", "høj", [2, 3, 4, 5]],
  ["KF-4IN6", "LAB", "§ 31, stk. 1", "2020-01-01", "2026-06-30", "høj", [2, 3, 4, 5, 7, 8, 9, 10]],
  ["KF-DP-AK", "LAB", "§§ 27 og 31 (som ændret ved lov nr. 727/2023)", "2024-01-01", null, "middel", [1]],
  ["KF-DP-JC", "LAB", "§§ 27 og 31 (som ændret ved lov nr. 727/2023)", "2024-01-01", "2026-06-30", "middel", [1]],
  ["KF-DP-16M", "LAB", "§ 32, stk. 2", "2020-01-01", null, "høj", [1]],
  ["KF-REQ", "LAB", "§ 32, stk. 1", "2020-01-01", null, "høj", "alle"],
  ["KF-FORM", "LAB", "§ 33, stk. 1 (som ændret ved lov nr. 295/2023)", "2023-03-22", null, "høj", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
  ["KF-75", "Lov nr. 1750 af 29.12.2025", "(paragraf ikke angivet i kilden)", "2026-07-01", null, "middel", [1, 2, 9]],
  ["RP-6M", "LAB", "§ 102, stk. 1-3", "2020-01-01", "2026-06-30", "høj", [1, 2, 3]],
  ["RP-EXEMPT", "LAB", "§ 102, stk. 4", "2020-01-01", null, "høj", [1, 2, 3]],
  ["TILBUD-75", "Lov nr. 1750 af 29.12.2025", "(paragraf ikke angivet i kilden)", "2026-07-01", null, "middel", [1, 2, 9]],
  ["MINPLAN", "LAB", "§ 42", "2024-01-01", null, "høj", [1]],
  ["SDP-8W", "Sygedagpengeloven", "§ 13 b", "2020-01-01", null, "høj", [6]],
  ["SAN-KH-MISS", "Lov om aktiv socialpolitik", "§§ 13, 35 og 37", "2020-01-01", null, "høj", [2, 3, 4, 5]],
  ["SAN-KH-BOOK", "Lov om aktiv socialpolitik", "§ 37 a", "2020-01-01", null, "høj", [2, 3, 4, 5]],
  ["SAN-KH-TILBUD", "Lov om aktiv socialpolitik", "§ 36", "2020-01-01", null, "middel", [2, 3, 4, 5]],
  ["SAN-DP", "Rådighedsbekendtgørelsen", "(paragraf ikke angivet i kilden)", "2020-01-01", null, "middel", [1]],
  ["HEAR", "Forvaltningsloven", "§§ 19, 21, 22, 24 og 25", "1987-01-01", null, "høj", "alle"],
  ["AKT", "Offentlighedsloven", "§ 36", "2020-01-01", null, "høj", "alle"],
  ["GDPR-15", "Databeskyttelsesforordningen (GDPR)", "art. 12, stk. 3, og art. 15", "2018-05-25", null, "høj", "alle"],
];

const nr = (gs: Maalgruppe[] | "alle") => (gs === "alle" ? "alle" : gs.map((g) => MAALGRUPPER[g].nr));

describe("the rule files", () => {
  test("every file in regelsaet/ validates against the schema, and all were loaded", () => {
    const navne = readdirSync(MAPPE).filter((n) => n.endsWith(".json"));
    expect(navne.length).toBeGreaterThanOrEqual(9);
    for (const n of navne) {
      const fil = validerRegelfil(JSON.parse(readFileSync(new URL(n, MAPPE), "utf8")), n);
      expect(fil.id).toBe(n.replace(/\.json$/, ""));
    }
    expect(REGELFILER.map((f) => `${f.id}.json`).sort()).toEqual([...navne].sort());
  });

  test("every rule has a legal reference, a confidence and its dates of effect", () => {
    for (const r of REGLER) {
      expect(r.henvisning.lov.length, r.id).toBeGreaterThan(0);
      expect(r.henvisning.paragraf.length, r.id).toBeGreaterThan(0);
      expect(["høj", "middel", "lav"]).toContain(r.sikkerhed);
      expect(r.gyldig.fra).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.fraDag).toBe(d(r.gyldig.fra));
      if (r.gyldig.til) expect(r.tilDag).toBeGreaterThanOrEqual(r.fraDag);
      expect(r.titel.length).toBeGreaterThan(10);
    }
  });

  test.each(TABEL)(
    "%s: %s %s, in force %s → %s, confidence %s, target groups %j",
    (id, lov, paragraf, fra, til, sikkerhed, grupper) => {
      const versioner = REGLER.filter((r) => r.id === id);
      expect(versioner).toHaveLength(1);
      const r = versioner[0]!;
      expect(r.henvisning.lov).toBe(lov);
      expect(r.henvisning.paragraf).toBe(paragraf);
      expect(r.gyldig.fra).toBe(fra);
      expect(r.gyldig.til ?? null).toBe(til);
      expect(r.sikkerhed).toBe(sikkerhed);
      expect(nr(r.maalgrupper)).toEqual(grupper);
    },
  );

  test("the table is the whole first rule set", () => {
    expect(REGLER.map((r) => r.id).sort()).toEqual(TABEL.map((t) => t[0]).sort());
  });

  test("AKT cites both sources with their own confidence (high / medium)", () => {
    const akt = regelIKraft("AKT", d("2026-01-01"))!;
    expect(
      [akt.henvisning, ...(akt.yderligereHenvisninger ?? [])].map((h) => [h.lov, h.paragraf, h.sikkerhed]),
    ).toEqual([
      ["Offentlighedsloven", "§ 36", "høj"],
      ["Forvaltningsloven", "§ 16, stk. 2", "middel"],
    ]);
  });

  test("rules entered as «current» or «—» in the source say so in a note", () => {
    for (const id of ["SDP-8W", "SAN-KH-BOOK", "SAN-KH-TILBUD", "SAN-DP", "AKT", "HEAR"]) {
      expect(REGLER.find((r) => r.id === id)!.gyldig.note, id).toBeTruthy();
    }
  });

  test("lov nr. 1750/2025 names the rules it ends on 30 June 2026", () => {
    const lov = REGELFILER.find((f) => f.id === "lov-1750-2025")!;
    expect(lov.ophaever.map((o) => o.regelId).sort()).toEqual(["KF-4IN6", "KF-DP-JC", "KF-KH-FIRST", "RP-6M"]);
  });

  test("every rule with an unclear source explains our reading (fortolkning)", () => {
    for (const id of ["KF-75", "TILBUD-75", "KF-FORM", "KF-DP-16M", "KF-REQ", "MINPLAN", "RP-EXEMPT", "AKT"]) {
      expect(REGLER.find((r) => r.id === id)!.fortolkning, id).toBeTruthy();
    }
  });
});

describe("the schema refuses what a reviewer should not have to catch", () => {
  const gyldig = (): RegelFil => structuredClone(REGELFILER.find((f) => f.id === "lab-2019")!) as RegelFil;
  const fejl = (json: unknown, navn = "lab-2019.json") => {
    try {
      validerRegelfil(json, navn);
    } catch (e) {
      expect(e).toBeInstanceOf(RegelFejl);
      return (e as Error).message;
    }
    throw new Error("forventede en fejl");
  };

  test("a misspelt field", () => {
    const f = gyldig() as unknown as { regler: Record<string, unknown>[] };
    f.regler[0]!.sikkerhd = "høj";
    expect(fejl(f)).toMatch(/regler\.0.*sikkerhd/);
  });

  test("an impossible date, and an end before the start", () => {
    const f = gyldig();
    f.regler[0]!.gyldig.fra = "2026-02-30";
    expect(fejl(f)).toContain("regler.0.gyldig.fra");
    const g = gyldig();
    g.regler[0]!.gyldig.til = "2019-12-31";
    expect(fejl(g)).toContain("gyldig.til ligger før gyldig.fra");
  });

  test("a rule without a reference, or with an unknown target group or event", () => {
    const f = gyldig() as unknown as { regler: Record<string, unknown>[] };
    delete f.regler[0]!.henvisning;
    expect(fejl(f)).toContain("regler.0.henvisning");
    const g = gyldig() as unknown as {
      regler: { maalgrupper: string[]; krav: { trigger: { haendelse: string } }[] }[];
    };
    g.regler[0]!.maalgrupper = ["KONTANTHJAELP"];
    g.regler[0]!.krav[0]!.trigger.haendelse = "SAMTALE";
    const m = fejl(g);
    expect(m).toContain("regler.0.maalgrupper");
    expect(m).toContain("regler.0.krav.0.trigger.haendelse");
  });

  test("a requirement for target groups its rule does not cover", () => {
    const f = gyldig();
    const k = f.regler[0]!.krav[0]!;
    if (k.type === "frist") k.maalgrupper = ["DAGPENGE"];
    expect(fejl(f)).toContain("kravets målgrupper DAGPENGE er ikke regelens");
  });

  test("a file whose id is not its name", () => {
    expect(fejl(gyldig(), "lab-2020.json")).toContain("svarer ikke til filnavnet");
  });

  test("two versions of a rule in force at once, or an ending that does not match", () => {
    const ny = structuredClone(REGELFILER.find((f) => f.id === "lov-295-2023")!) as RegelFil;
    ny.id = "lov-ny";
    expect(() => tjekRegelsaet([...REGELFILER, ny])).toThrow(/KF-FORM: to versioner gælder samtidig/);
    const lov = structuredClone(REGELFILER.find((f) => f.id === "lov-1750-2025")!) as RegelFil;
    lov.ophaever[0]!.sidsteDag = "2026-05-31";
    expect(() => tjekRegelsaet(REGELFILER.map((f) => (f.id === lov.id ? lov : f)))).toThrow(
      /ingen version af reglen slutter/,
    );
  });
});

describe("the rule set in force on a day, and what changed", () => {
  const ids = (dag: string) => regelsaetPaa(d(dag)).map((r) => r.id);

  test("on 30 June 2026 the per-person rules apply; on 1 July the cohort quotas replace four of them", () => {
    expect(ids("2026-06-30")).toEqual(expect.arrayContaining(["KF-KH-FIRST", "KF-4IN6", "KF-DP-JC", "RP-6M"]));
    expect(ids("2026-06-30")).not.toContain("KF-75");
    expect(ids("2026-07-01")).toEqual(expect.arrayContaining(["KF-75", "TILBUD-75", "KF-FORM", "RP-EXEMPT"]));
    expect(ids("2026-07-01")).not.toContain("KF-4IN6");
  });

  test("before the rule set begins only the older laws apply", () => {
    expect(ids("2019-12-31")).toEqual(["GDPR-15", "HEAR"]);
    expect(ids("2023-03-21")).not.toContain("KF-FORM");
    expect(ids("2023-03-22")).toContain("KF-FORM");
  });

  test("the administrator's view has what a lawyer checks", () => {
    const r = regelsaetPaa(d("2026-03-01")).find((x) => x.id === "KF-4IN6")!;
    expect(r).toMatchObject({
      titel: "Mindst 4 individuelle jobsamtaler i de første 6 måneder",
      art: "person",
      henvisning: { lov: "LAB", paragraf: "§ 31, stk. 1" },
      gyldigFra: "2020-01-01",
      gyldigTil: "2026-06-30",
      sikkerhed: "høj",
      kilde: "Lov om en aktiv beskæftigelsesindsats (LAB), lov nr. 548 af 7. maj 2019",
    });
    expect(r.maalgrupper).toContainEqual({ kode: "REVALIDERING", nr: 10, navn: "Revalidering" });
    expect(r.beskrivelse).toBe(
      "ved start på ydelse eller skift af målgruppe: der skal holdes mindst 4 individuelle jobsamtaler i de første 6 måneder på ydelsen",
    );
    expect(regelsaetPaa(d("2026-07-01")).find((x) => x.id === "KF-75")!.art).toBe("kohorte");
    expect(regelsaetPaa(d("2026-07-01")).find((x) => x.id === "HEAR")!.art).toBe("trin");
    expect(regelsaetPaa(d("2026-07-01")).find((x) => x.id === "SAN-KH-MISS")!.art).toBe("forslag");
    for (const x of regelsaetPaa(d("2026-07-01"))) expect(x.beskrivelse.length, x.id).toBeGreaterThan(20);
  });

  test("between 30 June and 1 July 2026: two rules added, four ended", () => {
    const a = aendringer(d("2026-06-30"), d("2026-07-01"));
    expect(a.tilfoejet.map((r) => r.id).sort()).toEqual(["KF-75", "TILBUD-75"]);
    expect(a.ophoert.map((r) => r.id).sort()).toEqual(["KF-4IN6", "KF-DP-JC", "KF-KH-FIRST", "RP-6M"]);
    expect(a.aendret).toEqual([]);
  });

  test("on 1 January 2024 the dagpenge reform added three rules", () => {
    const a = aendringer(d("2023-12-31"), d("2024-01-01"));
    expect(a.tilfoejet.map((r) => r.id).sort()).toEqual(["KF-DP-AK", "KF-DP-JC", "MINPLAN"]);
    expect(a.ophoert).toEqual([]);
  });

  test("a new law that amends a rule shows up as changed, and the engine follows it from its day of effect", () => {
    // A hypothetical amendment from 1 January 2027: the first jobsamtale may also be held by video.
    const gammel = structuredClone(REGELFILER.find((f) => f.id === "lov-295-2023")!) as RegelFil;
    gammel.regler[0]!.gyldig.til = "2026-12-31";
    const ny: RegelFil = {
      ...structuredClone(gammel),
      id: "lov-ny-2027",
      titel: "En tænkt lov fra 2027",
      ikrafttraedelse: "2027-01-01",
      ophaever: [{ regelId: "KF-FORM", sidsteDag: "2026-12-31" }],
    };
    const form = ny.regler[0]!;
    form.gyldig = { fra: "2027-01-01" };
    form.sikkerhed = "middel";
    const k = form.krav[0]!;
    if (k.type === "kanal") k.kanal = "video";
    const regler = tjekRegelsaet([
      ...REGELFILER.filter((f) => f.id !== gammel.id),
      gammel,
      validerRegelfil(ny, "lov-ny-2027.json"),
    ]);

    const a = aendringer(d("2026-12-31"), d("2027-01-01"), regler);
    expect(a.aendret.map((x) => [x.id, x.felter])).toEqual([["KF-FORM", ["sikkerhed", "krav", "gyldig"]]]);

    // The same first conversation by video: a breach in 2026, met in 2027.
    const rs = kompilerRegelsaet(regler);
    const forloeb = (dato: string) => ({
      haendelser: [
        { type: "YDELSE_START" as const, dag: d(dato), maalgruppe: "KONTANTHJAELP_AKTIVITETSPARAT" as const },
        { type: "SAMTALE_AFHOLDT" as const, dag: d(dato) + 7, art: "jobsamtale" as const, kanal: "video" as const },
      ],
    });
    const status = (dato: string) =>
      evaluer(forloeb(dato), d(dato) + 30, rs).forpligtelser.find((f) => f.regelId === "KF-FORM")?.status;
    expect(status("2026-11-02")).toBe("forfalden");
    expect(status("2027-02-01")).toBe("opfyldt");
  });
});
