import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseCpr } from "#contracts/cpr.ts";
import { MAALGRUPPE_KODER, UDDANNELSER } from "#contracts/maalgrupper.ts";
import { ageOn } from "../../apps/server/src/modules/borger/model.ts";
import {
  GROUP_SHARES,
  generatePopulation,
  INDBYGGERE_TUSINDER,
  nationalPlan,
  type PopulationOptions,
  populationChunks,
} from "./model.ts";

const TODAY = "2026-11-23";
const ROSKILDE = ["2640", "3670", "4000", "4030", "4040", "4130", "4140", "4320", "4621", "4622", "4623"];
const KOEGE = ["4100", "4130", "4140", "4174", "4320", "4600", "4623", "4632", "4681", "4682"];
const roskilde = (citizens: number, seed: number | string = 1): PopulationOptions => ({
  kommunekode: "0265",
  citizens,
  seed,
  postnumre: ROSKILDE,
  today: TODAY,
});

const big = generatePopulation(roskilde(20_000));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("the population generator is deterministic", () => {
  test("the same seed gives the same rows", () => {
    expect(generatePopulation(roskilde(500))).toEqual(generatePopulation(roskilde(500)));
    expect(generatePopulation(roskilde(50, "demo-0265"))).toEqual(generatePopulation(roskilde(50, "demo-0265")));
  });
  test("different seeds give different rows and ids", () => {
    const a = generatePopulation(roskilde(200, 1));
    const b = generatePopulation(roskilde(200, 2));
    expect(a.citizens.map((c) => c.fornavn)).not.toEqual(b.citizens.map((c) => c.fornavn));
    const ids = new Set(a.citizens.map((c) => c.id));
    expect(b.citizens.some((c) => ids.has(c.id))).toBe(false);
  });
  test("the chunks hold the same rows as the whole population, whatever the chunk size", () => {
    const whole = generatePopulation(roskilde(2_345));
    for (const size of [1, 100, 1000, 10_000]) {
      const chunks = [...populationChunks(roskilde(2_345), size)];
      expect(chunks.flatMap((c) => c.caseworkers)).toEqual(whole.caseworkers);
      expect(chunks.flatMap((c) => c.citizens)).toEqual(whole.citizens);
      expect(chunks.slice(1).every((c) => c.caseworkers.length === 0)).toBe(true);
      expect(Math.max(...chunks.map((c) => c.citizens.length))).toBeLessThanOrEqual(size);
    }
  });
  test("ids are UUID-shaped", () => {
    for (const r of [...big.caseworkers, ...big.citizens.slice(0, 1000)]) expect(r.id).toMatch(UUID);
  });
});

describe("the population has the national proportions", () => {
  test("each target group's share is within 1.5 percentage points of the national share (20,000 citizens)", () => {
    const n = big.citizens.length;
    expect(n).toBe(20_000);
    for (const g of MAALGRUPPE_KODER) {
      const share = big.citizens.filter((c) => c.maalgruppe === g).length / n;
      expect(Math.abs(share - GROUP_SHARES[g]), g).toBeLessThan(0.015);
    }
    expect(GROUP_SHARES.SYGEDAGPENGE).toBeCloseTo(0.35, 2);
    expect(GROUP_SHARES.DAGPENGE).toBeCloseTo(0.234, 2);
    expect(GROUP_SHARES.FOERTIDSPENSION).toBeCloseTo(0.2, 2);
  });
  test("ages fit the groups: uddannelseshjælp under 30, kontanthjælp from 30, everyone 18–66", () => {
    for (const c of big.citizens) {
      const age = ageOn(c.foedselsdato, TODAY);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThan(67);
      if (c.maalgruppe.startsWith("UDDANNELSESHJAELP")) expect(age).toBeLessThan(30);
      if (c.maalgruppe.startsWith("KONTANTHJAELP")) expect(age).toBeGreaterThanOrEqual(30);
    }
    const mean = (g: string) => {
      const xs = big.citizens.filter((c) => c.maalgruppe === g).map((c) => ageOn(c.foedselsdato, TODAY));
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    expect(mean("FOERTIDSPENSION")).toBeGreaterThan(mean("DAGPENGE"));
  });
  test("education levels, sex and benefit start are plausible", () => {
    const edu = new Set(Object.keys(UDDANNELSER));
    for (const c of big.citizens) {
      expect(edu.has(c.uddannelse)).toBe(true);
      expect(c.ydelse_start <= TODAY).toBe(true);
      expect(ageOn(c.foedselsdato, c.ydelse_start)).toBeGreaterThanOrEqual(18);
      if (c.maalgruppe.startsWith("UDDANNELSESHJAELP")) expect(["GRUNDSKOLE", "GYMNASIAL"]).toContain(c.uddannelse);
    }
    const women = big.citizens.filter((c) => c.koen === "K").length / big.citizens.length;
    expect(women).toBeGreaterThan(0.45);
    expect(women).toBeLessThan(0.6);
    const sdp = big.citizens.filter((c) => c.maalgruppe === "SYGEDAGPENGE");
    const daysBack = (d: string) => (Date.parse(TODAY) - Date.parse(d)) / 86_400_000;
    expect(sdp.every((c) => daysBack(c.ydelse_start) <= 366)).toBe(true);
    const grundskole = (g: string) => {
      const xs = big.citizens.filter((c) => c.maalgruppe === g);
      return xs.filter((c) => c.uddannelse === "GRUNDSKOLE").length / xs.length;
    };
    expect(grundskole("KONTANTHJAELP_AKTIVITETSPARAT")).toBeGreaterThan(grundskole("DAGPENGE"));
  });
  test("names are varied, mostly Danish, with contact details on the reserved example domains", () => {
    expect(new Set(big.citizens.map((c) => c.efternavn)).size).toBeGreaterThan(80);
    expect(new Set(big.citizens.map((c) => c.fornavn)).size).toBeGreaterThan(150);
    expect(big.citizens.filter((c) => /sen$/.test(c.efternavn)).length / big.citizens.length).toBeGreaterThan(0.5);
    for (const c of big.citizens.slice(0, 2000)) {
      if (c.email) expect(c.email).toMatch(/^[a-z0-9.]+@example\.(dk|com|net)$/);
      if (c.telefon) expect(c.telefon).toMatch(/^\d{2} \d{2} \d{2} \d{2}$/);
      expect(c.adresse).toMatch(/^\D+ \d+/);
    }
  });
});

describe("CPR numbers", () => {
  test("every CPR number is valid by date and century, matches the birth date and sex, and never uses 9xxx", () => {
    for (const c of big.citizens) {
      const r = parseCpr(c.cpr, TODAY);
      expect(r.ok, c.cpr).toBe(true);
      if (!r.ok) continue;
      expect(r.birthDate).toBe(c.foedselsdato);
      expect(r.sex).toBe(c.koen);
      expect(c.cpr[6]).not.toBe("9");
    }
  });
  test("CPR numbers are unique within a municipality and across municipalities", () => {
    expect(new Set(big.citizens.map((c) => c.cpr)).size).toBe(big.citizens.length);
    const koege = generatePopulation({
      kommunekode: "0259",
      citizens: 20_000,
      seed: 1,
      postnumre: KOEGE,
      today: TODAY,
    });
    const seen = new Set(big.citizens.map((c) => c.cpr));
    expect(koege.citizens.filter((c) => seen.has(c.cpr))).toEqual([]);
  });
  test("a large municipality still gets unique, valid numbers (Copenhagen size)", () => {
    const cph = generatePopulation({
      kommunekode: "0101",
      citizens: 120_000,
      seed: 1,
      postnumre: ["1050", "1620", "2100", "2200", "2300", "2400", "2450", "2500", "2700", "2720"],
      today: TODAY,
    });
    expect(new Set(cph.citizens.map((c) => c.cpr)).size).toBe(120_000);
    expect(cph.citizens.every((c) => parseCpr(c.cpr, TODAY).ok)).toBe(true);
  });
});

describe("municipalities and caseworkers", () => {
  test("postcodes belong to the municipality, special codes below 1000 are not used", () => {
    const allowed = new Set(ROSKILDE);
    expect(big.citizens.every((c) => allowed.has(c.postnr))).toBe(true);
    expect(new Set(big.citizens.map((c) => c.postnr)).size).toBe(ROSKILDE.length);
    const cph = generatePopulation({
      kommunekode: "0101",
      citizens: 2000,
      seed: 1,
      postnumre: ["0900", "0999", "1050", "1051", "2100", "2200"],
      today: TODAY,
    });
    expect(cph.citizens.some((c) => c.postnr < "1000")).toBe(false);
    expect(() => generatePopulation({ ...roskilde(10), postnumre: [] })).toThrow();
  });
  test("every citizen has a caseworker (jobkonsulent) of the same municipality; about 125 citizens each", () => {
    const byId = new Map(big.caseworkers.map((w) => [w.id, w]));
    for (const c of big.citizens) {
      const w = byId.get(c.sagsbehandler_id);
      expect(w?.kommunekode).toBe(c.kommunekode);
    }
    expect(big.caseworkers.length).toBe(160);
    const load = new Map<string, number>();
    for (const c of big.citizens) load.set(c.sagsbehandler_id, (load.get(c.sagsbehandler_id) ?? 0) + 1);
    for (const n of load.values()) {
      expect(n).toBeGreaterThanOrEqual(100);
      expect(n).toBeLessThanOrEqual(150);
    }
    for (const w of big.caseworkers) {
      expect(w).toMatchObject({
        rolle: "jobkonsulent",
        idp_issuer: "generated",
        idp_subject: w.id,
        kommunekode: "0265",
      });
      expect(w.team).toMatch(/^Team /);
    }
    expect(new Set(big.caseworkers.map((w) => w.team)).size).toBeGreaterThan(4);
  });
  test("a small municipality (the demo's Køge, 300 citizens) still gets caseworkers for everyone", () => {
    const koege = generatePopulation({
      kommunekode: "0259",
      citizens: 300,
      seed: "demo-0259",
      postnumre: KOEGE,
      today: TODAY,
    });
    expect(koege.caseworkers.length).toBe(2);
    const ids = new Set(koege.caseworkers.map((w) => w.id));
    expect(koege.citizens.every((c) => ids.has(c.sagsbehandler_id))).toBe(true);
  });
  test("ids never collide between two municipalities, even with the same seed", () => {
    const koege = generatePopulation({
      kommunekode: "0259",
      citizens: 20_000,
      seed: 1,
      postnumre: KOEGE,
      today: TODAY,
    });
    const ids = [big, koege].flatMap((p) => [...p.caseworkers, ...p.citizens].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
  test("the national plan spreads 1.1 million over the 98 municipalities by inhabitants", () => {
    const sql = readFileSync(path.resolve(import.meta.dirname, "../../db/migrations/0002_kommuner.sql"), "utf8");
    const municipalities = [...sql.matchAll(/\('(\d{4})', '[^']*', '\d+', '[^']*', (true|false)/g)];
    expect(Object.keys(INDBYGGERE_TUSINDER).sort()).toEqual(municipalities.map((m) => m[1]).sort());
    const plan = nationalPlan(1_100_000);
    expect(plan).toHaveLength(98);
    expect(plan.reduce((s, p) => s + p.citizens, 0)).toBe(1_100_000);
    const cph = plan.find((p) => p.kommunekode === "0101")!.citizens;
    expect(cph).toBeGreaterThan(100_000);
    expect(cph).toBeLessThan(140_000);
    expect(plan.some((p) => p.kommunekode === "0411")).toBe(false);
  });
});
