import { describe, expect, test } from "vitest";
import { evaluer } from "../regler/engine.ts";
import { dagFraIso } from "../regler/kalender.ts";
import type { Haendelse, HaendelseType } from "../regler/model.ts";
import {
  BISIDDER_MAKS_DAGE,
  bisidderStatus,
  borgerForpligtelser,
  gyldigTil,
  kommuneAfToken,
  normaliserKode,
  nyKode,
  nytToken,
  sessionUdloeber,
  visKode,
} from "./model.ts";

const h = (type: HaendelseType, dato: string, x: Partial<Haendelse> = {}): Haendelse => ({
  type,
  dag: dagFraIso(dato),
  ...x,
});

/** A dagpenge case like the demo's Mette: unemployed 3 August 2026, handed over, first jobsamtale, plan published. */
const dagpenge: Haendelse[] = [
  h("LEDIGHED_START", "2026-08-03"),
  h("YDELSE_START", "2026-08-03", { maalgruppe: "DAGPENGE" }),
  ...["2026-08-20", "2026-09-24", "2026-10-22"].map((d) =>
    h("SAMTALE_AFHOLDT", d, { kanal: "telefon", art: "jobsamtale", afholder: "akasse" }),
  ),
  h("OVERDRAGELSE", "2026-11-03"),
  h("SAMTALE_AFHOLDT", "2026-11-10", { kanal: "fremmoede", art: "jobsamtale" }),
];

describe("the citizen's obligations and why they apply", () => {
  test("MINPLAN, not yet met on 12 November 2026: the jobcentre must publish the plan by 17 November, LAB § 42, in force since 1 January 2024", () => {
    const idag = dagFraIso("2026-11-12");
    const ev = evaluer({ haendelser: dagpenge }, idag);
    const list = borgerForpligtelser(ev.forpligtelser, [], idag);
    const plan = list.find((f) => f.regelId === "MINPLAN")!;
    expect(plan).toMatchObject({
      hvem: "jobcenter",
      status: "kommende",
      frist: "2026-11-17",
      gyldigFra: "2024-01-01",
      gyldigTil: null,
      gaelderFra: "2026-11-10",
    });
    expect(plan.hvorfor).toBe(
      "Loven siger, at planen (Min plan) skal offentliggøres for borgeren i forbindelse med den første jobsamtale. " +
        "Det skal jobcentret gøre senest 17. november 2026. " +
        "Reglen gælder for dig, fordi du havde din første jobsamtale i forløbet 10. november 2026. " +
        "Reglen står i LAB § 42 og har gældt siden 1. januar 2024.",
    );
  });

  test("an earlier course's version of the same rule is replaced by the later one, and open ones come before met ones", () => {
    const idag = dagFraIso("2026-11-23");
    const ev = evaluer({ haendelser: [...dagpenge, h("PLAN_OFFENTLIGGJORT", "2026-11-11")] }, idag);
    const list = borgerForpligtelser(ev.forpligtelser, [], idag);
    expect(list.filter((f) => f.regelId === "MINPLAN")).toHaveLength(1);
    expect(list.find((f) => f.regelId === "MINPLAN")).toMatchObject({ status: "opfyldt", opfyldt: "2026-11-11" });
    expect(list.find((f) => f.regelId === "MINPLAN")!.hvorfor).toContain("Det er sket den 11. november 2026.");
    // the a-kasse's conversations, met on 22 October, are said to be the a-kasse's
    expect(list.find((f) => f.regelId === "KF-DP-AK")).toMatchObject({ hvem: "akasse", status: "opfyldt" });
  });

  test("a conversation the citizen must book uses the samtale module's own words, and a rule no longer in force says until when", () => {
    // jobparat kontanthjælp from 1 March 2026 under LAB 2019 (KF-4IN6 in force to 30 June 2026)
    const idag = dagFraIso("2026-03-20");
    const ev = evaluer(
      { haendelser: [h("YDELSE_START", "2026-03-02", { maalgruppe: "KONTANTHJAELP_JOBPARAT" })] },
      idag,
    );
    const open = ev.forpligtelser.filter((f) => f.status === "kommende" || f.status === "forfalden");
    expect(open.length).toBeGreaterThan(0);
    const behov = open.map((f) => ({ regelId: f.regelId, del: f.del, forklaring: `BOOK ${f.regelId}.` }));
    const list = borgerForpligtelser(ev.forpligtelser, behov, idag);
    const fire = list.find((f) => f.regelId === "KF-4IN6")!;
    expect(fire.hvem).toBe("borger");
    expect(fire.hvorfor.startsWith("BOOK KF-4IN6.")).toBe(true);
    expect(fire.gyldigTil).toBe("2026-06-30");
    expect(fire.hvorfor).toContain("(til og med 30. juni 2026)");
    expect(fire.hvorfor).toContain("fordi du begyndte på din nuværende ydelse 2. marts 2026");
  });

  test("met obligations older than 60 days are left out", () => {
    const idag = dagFraIso("2027-02-01");
    const ev = evaluer({ haendelser: [...dagpenge, h("PLAN_OFFENTLIGGJORT", "2026-11-11")] }, idag);
    expect(borgerForpligtelser(ev.forpligtelser, [], idag).find((f) => f.regelId === "MINPLAN")).toBeUndefined();
  });
});

describe("the companion's grant", () => {
  const nu = new Date("2026-11-23T09:00:00Z");
  const base = { gyldig_til: gyldigTil(nu, 14), tilbagekaldt: null, laast: null, kode_brugt: null };

  test("status: waiting for the code, open once used, locked, expired, revoked (revocation wins)", () => {
    expect(bisidderStatus(base, nu)).toBe("afventer");
    expect(bisidderStatus({ ...base, kode_brugt: nu }, nu)).toBe("aktiv");
    expect(bisidderStatus({ ...base, laast: nu }, nu)).toBe("spaerret");
    expect(bisidderStatus(base, new Date(base.gyldig_til.getTime()))).toBe("udloebet");
    expect(bisidderStatus({ ...base, laast: nu, tilbagekaldt: nu }, new Date("2027-01-01"))).toBe("tilbagekaldt");
  });

  test(`a grant lasts 1 to ${BISIDDER_MAKS_DAGE} days; a session 4 hours, or less when the grant ends sooner`, () => {
    expect(gyldigTil(nu, 1).toISOString()).toBe("2026-11-24T09:00:00.000Z");
    expect(() => gyldigTil(nu, 0)).toThrow();
    expect(() => gyldigTil(nu, BISIDDER_MAKS_DAGE + 1)).toThrow();
    expect(sessionUdloeber(nu, gyldigTil(nu, 1)).toISOString()).toBe("2026-11-23T13:00:00.000Z");
    expect(sessionUdloeber(nu, new Date("2026-11-23T10:00:00Z")).toISOString()).toBe("2026-11-23T10:00:00.000Z");
  });

  test("a token carries its municipality; a code is 8 digits, typed with or without spaces", () => {
    const t = nytToken("0265");
    expect(kommuneAfToken(t)).toBe("0265");
    expect(kommuneAfToken("0265-kort")).toBeNull();
    expect(kommuneAfToken(`x${t}`)).toBeNull();
    expect(nytToken("0265")).not.toBe(t);
    const k = nyKode();
    expect(k).toMatch(/^\d{8}$/);
    expect(normaliserKode(visKode(k))).toBe(k);
    expect(normaliserKode(" 1234-5678 ")).toBe("12345678");
    expect(normaliserKode("1234567")).toBeNull();
    expect(normaliserKode("abcdefgh")).toBeNull();
  });
});
