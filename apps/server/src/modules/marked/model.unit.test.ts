import { describe, expect, test } from "vitest";
import { kanSkifte, type PostArt, refusion, regnskab, slutdag, UDBUD_STATUS, UdbudInput, uger } from "./model.ts";
import { dagFraIso } from "../regler/kalender.ts";

const fysiskModul = {
  titel: "Praktisk dag",
  form: "fysisk" as const,
  start: "2026-12-10T08:00:00Z",
  slut: "2026-12-10T14:00:00Z",
  sted: "Kursushuset, Københavnsvej 100, 4000 Roskilde",
  kapacitet: 12,
};
const digitaltModul = {
  titel: "Online modul",
  form: "digital" as const,
  start: "2026-12-01T08:00:00Z",
  slut: "2026-12-01T10:00:00Z",
  kapacitet: 100,
};
const gyldigt = {
  titel: "Truckcertifikat",
  beskrivelse: "Teori online og to praktiske dage med køretræning og prøve.",
  art: "blended" as const,
  sprog: ["da"],
  niveau: "begynder" as const,
  varighedUger: 3,
  timerPrUge: 15,
  prisTokens: 40,
  moduler: [digitaltModul, fysiskModul],
};

function fejl(input: unknown) {
  const r = UdbudInput.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("UdbudInput", () => {
  test("a valid blended offer parses, with defaults for what was left out", () => {
    const r = UdbudInput.parse(gyldigt);
    expect(r.kompetencer).toEqual([]);
    expect(r.maalgrupper).toEqual([]);
    expect(r.abonnement).toBe(false);
    expect(r.moduler).toHaveLength(2);
  });

  test("a price or the subscription is required", () => {
    expect(fejl({ ...gyldigt, prisTokens: undefined })).toContainEqual({
      path: "prisTokens",
      message: "Angiv en pris i tokens, eller at udbuddet er med i abonnementet",
    });
    expect(fejl({ ...gyldigt, prisTokens: undefined, abonnement: true })).toEqual([]);
    expect(fejl({ ...gyldigt, prisTokens: 0 })).toEqual([]);
  });

  test("webinar, physical and blended offers need a module", () => {
    for (const art of ["webinar", "fysisk", "blended"]) {
      expect(fejl({ ...gyldigt, art, moduler: [] }).map((e) => e.path)).toContain("moduler");
    }
    expect(fejl({ ...gyldigt, art: "online", moduler: [] })).toEqual([]);
    expect(fejl({ ...gyldigt, art: "on_demand", moduler: [] })).toEqual([]);
  });

  test("blended and physical offers need a physical module", () => {
    const e = fejl({ ...gyldigt, moduler: [digitaltModul] });
    expect(e).toEqual([
      { path: "moduler", message: "Et fysisk eller blandet forløb skal have mindst ét fysisk modul" },
    ]);
    expect(fejl({ ...gyldigt, art: "fysisk", moduler: [digitaltModul] }).map((x) => x.path)).toEqual(["moduler"]);
    expect(fejl({ ...gyldigt, art: "webinar", moduler: [{ ...digitaltModul, form: "live" }] })).toEqual([]);
  });

  test("online and on demand offers have digital modules only", () => {
    expect(fejl({ ...gyldigt, art: "online", moduler: [fysiskModul] })).toEqual([
      { path: "moduler", message: "Et online- eller on demand-forløb har kun digitale moduler" },
    ]);
    expect(fejl({ ...gyldigt, art: "on_demand", moduler: [digitaltModul] })).toEqual([]);
  });

  test("a module ends after it starts, and has a place exactly when it is physical", () => {
    expect(fejl({ ...gyldigt, moduler: [{ ...fysiskModul, slut: fysiskModul.start }] })).toContainEqual({
      path: "moduler.0.slut",
      message: "Slut skal være efter start",
    });
    const { sted: _sted, ...udenSted } = fysiskModul;
    expect(fejl({ ...gyldigt, moduler: [udenSted] }).map((e) => e.path)).toContain("moduler.0.sted");
    expect(
      fejl({ ...gyldigt, moduler: [{ ...digitaltModul, sted: "Et sted i byen" }, fysiskModul] }).map((e) => e.path),
    ).toEqual(["moduler.0.sted"]);
  });

  test("field limits: title, description, languages, weeks, hours, capacity", () => {
    expect(fejl({ ...gyldigt, titel: "  a " }).map((e) => e.path)).toContain("titel");
    expect(fejl({ ...gyldigt, beskrivelse: "for kort" }).map((e) => e.path)).toContain("beskrivelse");
    expect(fejl({ ...gyldigt, sprog: [] }).map((e) => e.path)).toContain("sprog");
    expect(fejl({ ...gyldigt, sprog: ["xx"] }).map((e) => e.path)).toContain("sprog.0");
    expect(fejl({ ...gyldigt, varighedUger: 0 }).map((e) => e.path)).toContain("varighedUger");
    expect(fejl({ ...gyldigt, timerPrUge: 38 }).map((e) => e.path)).toContain("timerPrUge");
    expect(fejl({ ...gyldigt, moduler: [{ ...fysiskModul, kapacitet: 0 }] }).map((e) => e.path)).toContain(
      "moduler.0.kapacitet",
    );
    expect(fejl({ ...gyldigt, maalgrupper: ["UKENDT"] }).map((e) => e.path)).toContain("maalgrupper.0");
    expect(fejl({ ...gyldigt, prisTokens: -1 }).map((e) => e.path)).toContain("prisTokens");
  });
});

describe("kanSkifte", () => {
  test("the allowed moves, and nothing else", () => {
    const tilladt = new Set([
      "kladde>indsendt",
      "kladde>tilbagetrukket",
      "indsendt>godkendt",
      "indsendt>afvist",
      "indsendt>tilbagetrukket",
      "afvist>indsendt",
      "afvist>tilbagetrukket",
      "godkendt>tilbagetrukket",
    ]);
    for (const fra of UDBUD_STATUS)
      for (const til of UDBUD_STATUS) expect(kanSkifte(fra, til), `${fra}>${til}`).toBe(tilladt.has(`${fra}>${til}`));
  });

  test("a draft cannot be approved without being submitted, and a withdrawn offer is final", () => {
    expect(kanSkifte("kladde", "godkendt")).toBe(false);
    for (const til of UDBUD_STATUS) expect(kanSkifte("tilbagetrukket", til)).toBe(false);
  });
});

describe("uger and slutdag", () => {
  test("whole weeks, counting both the first and the last day, at least one", () => {
    expect(uger("2026-11-23", "2026-11-23")).toBe(1);
    expect(uger("2026-11-23", "2026-11-29")).toBe(1);
    expect(uger("2026-11-23", "2026-11-30")).toBe(2);
    expect(uger("2026-11-23", "2026-12-13")).toBe(3);
    expect(uger("2026-11-23", "2026-11-20")).toBe(1);
    // across the new year
    expect(uger("2026-12-28", "2027-01-10")).toBe(2);
  });

  test("an offer of n weeks ends on the day before the same weekday n weeks later, and lasts n weeks", () => {
    expect(slutdag("2026-11-23", 3)).toBe(dagFraIso("2026-12-13"));
    for (const n of [1, 2, 5, 52]) {
      const slut = slutdag("2026-11-23", n);
      expect(slut - dagFraIso("2026-11-23") + 1).toBe(n * 7);
    }
  });
});

describe("refusion", () => {
  const regel = { dage: 14, maksFremskridt: 25 };
  const tilmeldt = new Date("2026-11-01T10:00:00Z");
  const efter = (dage: number, timer = 0) => new Date(tilmeldt.getTime() + dage * 86_400_000 + timer * 3_600_000);

  test("all tokens back within the period and below the progress limit, with the reason in Danish", () => {
    const r = refusion(regel, { tokens: 40, tilmeldt, fremskridt: 0 }, efter(3));
    expect(r).toEqual({
      tokens: 40,
      grund: "Du får alle 40 tokens tilbage, fordi du afmelder dig inden for 14 dage og har gennemført højst 25 %.",
    });
  });

  test("the limits themselves still give tokens back", () => {
    expect(refusion(regel, { tokens: 40, tilmeldt, fremskridt: 25 }, efter(14, 23)).tokens).toBe(40);
  });

  test("none after the period", () => {
    const r = refusion(regel, { tokens: 40, tilmeldt, fremskridt: 0 }, efter(15));
    expect(r.tokens).toBe(0);
    expect(r.grund).toBe(
      "Du får ikke tokens tilbage: du meldte dig til for 15 dage siden, og kommunens frist er 14 dage.",
    );
  });

  test("none when too much has been done", () => {
    const r = refusion(regel, { tokens: 40, tilmeldt, fremskridt: 26 }, efter(1));
    expect(r.tokens).toBe(0);
    expect(r.grund).toBe("Du får ikke tokens tilbage: du har gennemført 26 %, og grænsen er 25 %.");
  });

  test("a free course has nothing to give back", () => {
    expect(refusion(regel, { tokens: 0, tilmeldt, fremskridt: 90 }, efter(100))).toEqual({
      tokens: 0,
      grund: "Forløbet kostede ingen tokens.",
    });
  });

  test("a zero-day period refunds only on the day of enrolment", () => {
    const nul = { dage: 0, maksFremskridt: 100 };
    expect(refusion(nul, { tokens: 5, tilmeldt, fremskridt: 0 }, efter(0, 23)).tokens).toBe(5);
    expect(refusion(nul, { tokens: 5, tilmeldt, fremskridt: 0 }, efter(1)).tokens).toBe(0);
  });
});

describe("regnskab", () => {
  const p = (art: PostArt, antal: number, borger: boolean) => ({ art, antal, borger });

  test("a budget, grants, a spend, a refund and an expiry balance", () => {
    const r = regnskab([
      p("budget", 1000, false),
      p("tildeling", -200, false),
      p("tildeling", 200, true),
      p("forbrug", -60, true),
      p("refusion", 20, true),
      p("forbrug", -40, false),
      p("udloeb", -30, true),
    ]);
    expect(r).toEqual({
      budget: 1000,
      kommunensSaldo: 760,
      borgernesSaldo: 130,
      forbrugt: 80,
      udloebet: 30,
      bevaret: true,
    });
  });

  test("an empty ledger balances", () => {
    expect(regnskab([])).toMatchObject({ budget: 0, bevaret: true });
  });

  test("tokens that appear from nowhere or vanish are caught", () => {
    expect(regnskab([p("budget", 100, false), p("tildeling", 50, true)]).bevaret).toBe(false);
    expect(regnskab([p("budget", 100, false), p("tildeling", -50, false)]).bevaret).toBe(false);
  });
});
