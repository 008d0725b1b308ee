import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { MAALGRUPPE_KODER } from "#contracts/maalgrupper.ts";
import { HAENDELSE_TYPER } from "../../apps/server/src/modules/regler/model.ts";
import { type CitizenRow, generatePopulation, type PopulationOptions, populationChunks } from "./model.ts";
import { DEFAULT_NOTATER_PER_BORGER, type Sagsforloeb, sagsforloebChunks, sagsforloebFor } from "./sagsforloeb.ts";

const TODAY = "2026-11-23"; // a Monday
const ROSKILDE = ["2640", "3670", "4000", "4030", "4040", "4130", "4140", "4320", "4621", "4622", "4623"];
const roskilde = (citizens: number, seed: number | string = 1): PopulationOptions => ({
  kommunekode: "0265",
  citizens,
  seed,
  postnumre: ROSKILDE,
  today: TODAY,
});

const pop = generatePopulation(roskilde(2000));
const forfattere = pop.caseworkers.map((w) => ({ id: w.id, navn: w.navn }));
const opts = { today: TODAY, seed: 1, forfattere };
const cases = pop.citizens.map((c) => sagsforloebFor(c, opts));
const pairs = pop.citizens.map((c, i) => [c, cases[i]!] as const);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
const T = day(TODAY);
const isPension = (c: CitizenRow) => c.maalgruppe === "FOERTIDSPENSION";
const conversations = (s: Sagsforloeb) =>
  s.haendelser.filter((e) => e.type === "SAMTALE_AFHOLDT" || e.type === "SAMTALE_UDEBLEVET");
const share = (n: number, of: number) => n / of;

describe("the case generator is deterministic", () => {
  test("the same citizen, seed and day give the same rows; another seed gives other notes", () => {
    const again = pop.citizens.slice(0, 200).map((c) => sagsforloebFor(c, opts));
    expect(again).toEqual(cases.slice(0, 200));
    const other = pop.citizens.slice(0, 200).map((c) => sagsforloebFor(c, { ...opts, seed: 2 }));
    expect(other.map((s) => s.notater.map((n) => n.tekst))).not.toEqual(
      cases.slice(0, 200).map((s) => s.notater.map((n) => n.tekst)),
    );
  });
  test("the chunks of a population stream hold the same rows, whatever the chunk sizes", () => {
    const small = generatePopulation(roskilde(700));
    const authors = small.caseworkers.map((w) => ({ id: w.id, navn: w.navn }));
    const whole = small.citizens.map((c) => sagsforloebFor(c, { ...opts, forfattere: authors }));
    for (const [popSize, size] of [
      [100, 1],
      [250, 64],
      [10_000, 1000],
    ] as const) {
      const chunks = [...sagsforloebChunks(populationChunks(roskilde(700), popSize), { today: TODAY, seed: 1 }, size)];
      expect(chunks.reduce((s, c) => s + c.borgere, 0)).toBe(700);
      expect(Math.max(...chunks.map((c) => c.borgere))).toBeLessThanOrEqual(size);
      expect(chunks.flatMap((c) => c.haendelser)).toEqual(whole.flatMap((s) => s.haendelser));
      expect(chunks.flatMap((c) => c.notater)).toEqual(whole.flatMap((s) => s.notater));
      expect(chunks.flatMap((c) => c.jobplan)).toEqual(whole.flatMap((s) => s.jobplan));
      expect(chunks.flatMap((c) => c.dokumenter)).toEqual(whole.flatMap((s) => s.dokumenter));
    }
  });
  test("ids are UUID-shaped and unique over all tables; rows carry the citizen and municipality", () => {
    const ids = new Set<string>(pop.citizens.map((c) => c.id));
    let n = ids.size;
    for (const [c, s] of pairs) {
      for (const r of [...s.haendelser, ...s.jobplan, ...s.notater, ...s.dokumenter]) {
        expect(r.id).toMatch(UUID);
        expect(r.borger_id).toBe(c.id);
        expect(r.kommunekode).toBe(c.kommunekode);
        ids.add(r.id);
        n++;
      }
    }
    expect(ids.size).toBe(n);
  });
  test("a citizen id not made by model.ts still gets valid, distinct ids", () => {
    const named = { ...pop.citizens[0]!, id: "00000000-0000-4000-8000-000000000042" };
    const s = sagsforloebFor(named, opts);
    const ids = [...s.haendelser, ...s.notater].map((r) => r.id);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test("no clock: the rows depend on `today`, not on when the test runs", () => {
    const c = pop.citizens[7]!;
    expect(sagsforloebFor(c, opts)).toEqual(sagsforloebFor(c, { ...opts }));
    expect(sagsforloebFor(c, { ...opts, today: "2026-12-01" })).not.toEqual(sagsforloebFor(c, opts));
  });
});

describe("events follow the law and the target group", () => {
  test("every case starts with a YDELSE_START at ydelse_start, and the last one carries the citizen's målgruppe", () => {
    let changed = 0;
    for (const [c, s] of pairs) {
      const starts = s.haendelser.filter((e) => e.type === "YDELSE_START");
      expect(starts.length, c.id).toBeGreaterThanOrEqual(1);
      expect(starts[0]!.dato).toBe(c.ydelse_start);
      expect(starts.at(-1)!.maalgruppe).toBe(c.maalgruppe);
      for (const e of starts) expect(MAALGRUPPE_KODER).toContain(e.maalgruppe);
      if (starts.length > 1) {
        changed++;
        expect(starts[0]!.maalgruppe).not.toBe(c.maalgruppe);
      }
    }
    // some cases changed target group (revisitation, sygedagpenge → jobafklaring), most did not
    expect(changed).toBeGreaterThan(20);
    expect(changed).toBeLessThan(300);
  });
  test("nothing is dated after today except booked conversations; nothing is registered after today", () => {
    for (const [, s] of pairs) {
      for (const e of s.haendelser) {
        if (e.type === "SAMTALE_INDKALDT") expect(e.dato >= TODAY).toBe(true);
        else expect(e.dato <= TODAY, `${e.type} ${e.dato}`).toBe(true);
        expect(e.registreret.slice(0, 10) <= TODAY).toBe(true);
        expect(e.registreret).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
      }
      for (const n of s.notater) {
        expect(n.dato <= TODAY).toBe(true);
        expect(n.oprettet.slice(0, 10) <= TODAY).toBe(true);
        expect(n.oprettet.slice(0, 10) >= n.dato).toBe(true);
      }
      for (const p of s.jobplan) expect(p.opdateret.slice(0, 10) <= TODAY).toBe(true);
      for (const d of s.dokumenter) expect(d.dato <= TODAY).toBe(true);
    }
  });
  test("events are sorted by day, use the rules vocabulary, and start at most a few weeks before ydelse_start", () => {
    const types = new Set<string>(HAENDELSE_TYPER);
    for (const [c, s] of pairs) {
      const days = s.haendelser.map((e) => e.dato);
      expect(days).toEqual([...days].sort());
      for (const e of s.haendelser) expect(types.has(e.type)).toBe(true);
      expect(day(days[0]!)).toBeGreaterThanOrEqual(day(c.ydelse_start) - 28);
      for (const n of s.notater) expect(day(n.dato)).toBeGreaterThanOrEqual(day(c.ydelse_start) - 28);
    }
  });
  test("kontanthjælp/uddannelseshjælp: a request for help a few days before the benefit, first jobsamtale in person", () => {
    const kh = pairs.filter(
      ([c, s]) => /HJAELP/.test(c.maalgruppe) && s.haendelser.filter((e) => e.type === "YDELSE_START").length === 1,
    );
    expect(kh.length).toBeGreaterThan(100);
    let withinWeek = 0;
    let withFirst = 0;
    for (const [c, s] of kh) {
      const req = s.haendelser.find((e) => e.type === "HJAELP_ANMODNING")!;
      const gap = day(c.ydelse_start) - day(req.dato);
      expect(gap).toBeGreaterThanOrEqual(2);
      expect(gap).toBeLessThanOrEqual(14);
      const first = s.haendelser.find((e) => e.type === "SAMTALE_AFHOLDT" && e.art === "jobsamtale");
      if (!first) continue;
      withFirst++;
      expect(first.kanal).toBe("fremmoede");
      if (day(first.dato) - day(req.dato) <= 7) withinWeek++;
    }
    // KF-KH-FIRST: most within a week, some late
    expect(share(withinWeek, withFirst)).toBeGreaterThan(0.8);
    expect(share(withinWeek, withFirst)).toBeLessThan(0.97);
  });
  test("kontanthjælp: at least 4 jobsamtaler in the first 6 months, unless the case was made to breach", () => {
    for (const [c, s] of pairs) {
      if (!c.maalgruppe.startsWith("KONTANTHJAELP") || s.forsinkelse === "samtaler_bagud") continue;
      if (s.haendelser.filter((e) => e.type === "YDELSE_START").length > 1) continue;
      const start = day(c.ydelse_start);
      if (T - start < 200 || s.haendelser.some((e) => e.type === "FRITAGELSE_START")) continue;
      const held = s.haendelser.filter(
        (e) =>
          e.type === "SAMTALE_AFHOLDT" && e.art === "jobsamtale" && day(e.dato) >= start && day(e.dato) < start + 183,
      );
      expect(held.length, c.id).toBeGreaterThanOrEqual(4);
    }
  });
  test("dagpenge: unemployment starts at ydelse_start, handover after 3 months, jobcentre conversations after it", () => {
    const dp = pairs.filter(([c]) => c.maalgruppe === "DAGPENGE");
    let published = 0;
    let withFirst = 0;
    for (const [c, s] of dp) {
      expect(s.haendelser.find((e) => e.type === "LEDIGHED_START")?.dato).toBe(c.ydelse_start);
      const handover = s.haendelser.find((e) => e.type === "OVERDRAGELSE");
      const first = s.haendelser.find((e) => e.type === "SAMTALE_AFHOLDT");
      if (!handover) {
        expect(first).toBeUndefined();
        continue;
      }
      const after = day(handover.dato) - day(c.ydelse_start);
      expect(after).toBeGreaterThanOrEqual(91);
      expect(after).toBeLessThanOrEqual(94);
      if (first) {
        expect(first.dato >= handover.dato).toBe(true);
        withFirst++;
        if (s.haendelser.some((e) => e.type === "PLAN_OFFENTLIGGJORT")) published++;
      }
    }
    // MINPLAN: the plan is published after the first jobsamtale for nearly all
    expect(share(published, withFirst)).toBeGreaterThan(0.85);
  });
  test("sygedagpenge: a first day of absence with category 1–3, follow-up conversations (art opfoelgning)", () => {
    const sdp = pairs.filter(([c]) => c.maalgruppe === "SYGEDAGPENGE");
    const cats = new Set<number>();
    for (const [c, s] of sdp) {
      const f = s.haendelser.find((e) => e.type === "FRAVAER_START")!;
      expect(f.dato <= c.ydelse_start).toBe(true);
      expect([1, 2, 3]).toContain(f.kategori);
      cats.add(f.kategori!);
      for (const e of conversations(s)) expect(["opfoelgning", "anden"]).toContain(e.art);
    }
    expect(cats.size).toBe(3);
  });
  test("offers last 2–13 weeks and come after some time on benefit; pensioners have few events", () => {
    let offers = 0;
    for (const [c, s] of pairs) {
      for (const e of s.haendelser.filter((x) => x.type === "TILBUD_START")) {
        offers++;
        expect(e.uger).toBeGreaterThanOrEqual(2);
        expect(e.uger).toBeLessThanOrEqual(13);
        expect(day(e.dato) - day(c.ydelse_start)).toBeGreaterThanOrEqual(20);
      }
    }
    expect(offers).toBeGreaterThan(300);
    const fp = pairs.filter(([c]) => isPension(c));
    expect(fp.reduce((n, [, s]) => n + s.haendelser.length, 0) / fp.length).toBeLessThan(3);
  });
  test("a realistic share of missed conversations (about 8 % where the LAB counts them)", () => {
    let held = 0;
    let missed = 0;
    for (const [c, s] of pairs) {
      if (c.maalgruppe === "SYGEDAGPENGE" || isPension(c)) continue;
      for (const e of conversations(s)) e.type === "SAMTALE_UDEBLEVET" ? missed++ : held++;
    }
    expect(held).toBeGreaterThan(5000);
    const p = share(missed, held + missed);
    expect(p).toBeGreaterThan(0.06);
    expect(p).toBeLessThan(0.11);
  });
  test("about half have a booked conversation, some today and some later this week", () => {
    const booked = cases.filter((s) => s.haendelser.some((e) => e.type === "SAMTALE_INDKALDT"));
    expect(share(booked.length, cases.length)).toBeGreaterThan(0.35);
    expect(share(booked.length, cases.length)).toBeLessThan(0.65);
    const dates = booked.flatMap((s) => s.haendelser.filter((e) => e.type === "SAMTALE_INDKALDT").map((e) => e.dato));
    expect(dates.filter((d) => d === TODAY).length).toBeGreaterThan(20);
    expect(dates.filter((d) => d > TODAY && day(d) - T < 5).length).toBeGreaterThan(50);
    // the first jobsamtale is booked in person; later ones in the channel the citizen prefers
    const kanaler = new Set(booked.flatMap((s) => s.haendelser.map((e) => e.kanal)));
    expect(kanaler).toEqual(new Set([null, "fremmoede", "telefon", "video"]));
  });
  test("10–20 % of active cases have something overdue, and the events show it", () => {
    const active = pairs.filter(([c]) => !isPension(c));
    const overdue = active.filter(([, s]) => s.forsinkelse !== null);
    expect(share(overdue.length, active.length)).toBeGreaterThan(0.1);
    expect(share(overdue.length, active.length)).toBeLessThan(0.2);
    expect(new Set(overdue.map(([, s]) => s.forsinkelse)).size).toBeGreaterThanOrEqual(7);
    for (const [c, s] of overdue) {
      const last = conversations(s).at(-1);
      if (s.forsinkelse === "udeblevet") {
        expect(last?.type).toBe("SAMTALE_UDEBLEVET");
        expect(T - day(last!.dato)).toBeLessThanOrEqual(30);
        expect(s.haendelser.some((e) => e.type === "SAMTALE_INDKALDT")).toBe(false);
      }
      if (s.forsinkelse === "tilbud_mangler") {
        expect(T - day(c.ydelse_start)).toBeGreaterThan(183);
        expect(s.haendelser.some((e) => e.type === "TILBUD_START")).toBe(false);
      }
      if (s.forsinkelse === "opfoelgning_mangler") {
        expect(s.haendelser.some((e) => e.type === "SAMTALE_AFHOLDT")).toBe(false);
      }
    }
  });
  test("some citizens have asked for a conversation that is not yet answered", () => {
    const open = cases.filter((s) => {
      const asked = s.haendelser.filter((e) => e.type === "SAMTALE_ANMODET").at(-1);
      return asked && !s.haendelser.some((e) => e.type === "SAMTALE_AFHOLDT" && e.dato >= asked.dato);
    });
    expect(open.length).toBeGreaterThan(20);
  });
});

describe("the jobplan", () => {
  test("about 8 % of citizens have no plan at all", () => {
    const none = share(cases.filter((s) => s.jobplan.length === 0).length, cases.length);
    expect(none).toBeGreaterThan(0.055);
    expect(none).toBeLessThan(0.105);
  });
  test("a plan has 1–2 job goals and 1–5 activities, some waiting for the citizen or the jobcentre", () => {
    const statuses = new Map<string, number>();
    for (const s of cases) {
      if (!s.jobplan.length) continue;
      const goals = s.jobplan.filter((p) => p.art === "maal");
      const acts = s.jobplan.filter((p) => p.art === "aktivitet");
      expect(goals.length).toBeGreaterThanOrEqual(1);
      expect(goals.length).toBeLessThanOrEqual(2);
      expect(acts.length).toBeGreaterThanOrEqual(1);
      expect(acts.length).toBeLessThanOrEqual(5);
      expect(new Set(s.jobplan.map((p) => p.titel)).size).toBe(s.jobplan.length);
      for (const a of acts) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    }
    expect([...statuses.keys()].sort()).toEqual(
      ["afbrudt", "afventer_borger", "afventer_jobcenter", "gennemfoert", "i_gang", "planlagt"].sort(),
    );
    expect(statuses.get("afventer_borger")!).toBeGreaterThan(100);
    expect(statuses.get("afventer_jobcenter")!).toBeGreaterThan(100);
    const goals = cases.flatMap((s) => s.jobplan.filter((p) => p.art === "maal").map((p) => p.titel));
    expect(goals.some((g) => /^Job som /.test(g))).toBe(true);
    expect(goals.some((g) => /^Ordinær uddannelse som /.test(g))).toBe(true);
  });
});

describe("journal notes", () => {
  const notes = cases.flatMap((s) => s.notater);
  test(`about ${DEFAULT_NOTATER_PER_BORGER} notes per citizen by default, and as many as asked for`, () => {
    expect(notes.length / cases.length).toBeGreaterThan(DEFAULT_NOTATER_PER_BORGER * 0.9);
    expect(notes.length / cases.length).toBeLessThan(DEFAULT_NOTATER_PER_BORGER * 1.1);
    const few = pop.citizens.slice(0, 1000).map((c) => sagsforloebFor(c, { ...opts, notaterPerBorger: 8 }));
    const mean = few.reduce((n, s) => n + s.notater.length, 0) / few.length;
    expect(mean).toBeGreaterThan(8 * 0.85);
    expect(mean).toBeLessThan(8 * 1.15);
  });
  test("every note is Danish text of 2–6 sentences (about 150–600 characters) with a subject and a category", () => {
    const kategorier = new Set(["samtale", "telefon", "notat", "helbred", "tilbud", "sanktion"]);
    for (const n of notes) {
      expect(n.tekst.length).toBeGreaterThanOrEqual(120);
      expect(n.tekst.length).toBeLessThanOrEqual(650);
      const sentences = n.tekst.split(/[.!?](?:\s|$)/).filter((x) => x.trim().length > 0).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(n.tekst).toMatch(/\b(og|at|er|har|til|med|om|på|fra)\b/);
      expect(n.emne.length).toBeGreaterThan(3);
      expect(kategorier.has(n.kategori)).toBe(true);
      expect(n).toMatchObject({ makro_id: null, retter_id: null, idempotens: null });
    }
    expect(new Set(notes.map((n) => n.kategori))).toEqual(kategorier);
  });
  test("notes are varied and use inflected forms that full-text search must stem", () => {
    expect(new Set(notes.map((n) => n.tekst)).size).toBeGreaterThan(notes.length * 0.95);
    const all = notes.map((n) => n.tekst).join("\n");
    for (const form of [
      "samtale",
      "samtalen",
      "samtaler",
      "udeblev",
      "er udeblevet",
      "ondt i ryggen",
      "rygproblemer",
      "lægeerklæring",
      "Lægeerklæringen",
      "virksomhedspraktik",
      "lagermedarbejder",
      "Borger (",
    ])
      expect(all, form).toContain(form);
    // dates in Danish formats
    expect(all).toMatch(
      /\b\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/,
    );
  });
  test("a note for each held or missed conversation and each offer; the citizen's own caseworker writes most", () => {
    for (const s of cases.slice(0, 500)) {
      const held = s.haendelser.filter((e) => e.type === "SAMTALE_AFHOLDT").length;
      const convNotes = s.notater.filter((n) => n.kategori === "samtale" || n.kategori === "telefon").length;
      expect(convNotes).toBeGreaterThanOrEqual(held);
      for (const e of s.haendelser.filter((x) => x.type === "TILBUD_START"))
        expect(s.notater.some((n) => n.kategori === "tilbud" && n.dato === e.dato)).toBe(true);
    }
    let own = 0;
    for (const [c, s] of pairs) own += s.notater.filter((n) => n.forfatter_id === c.sagsbehandler_id).length;
    expect(share(own, notes.length)).toBeGreaterThan(0.7);
    const names = new Map(forfattere.map((f) => [f.id, f.navn]));
    for (const n of notes.slice(0, 5000)) expect(n.forfatter_navn).toBe(names.get(n.forfatter_id!));
  });
  test("no CPR numbers in notes or documents", () => {
    const cpr = /\b\d{6}-?\d{4}\b/;
    for (const [c, s] of pairs) {
      for (const t of [...s.notater.map((n) => n.tekst), ...s.dokumenter.map((d) => d.tekst)]) {
        expect(t).not.toMatch(cpr);
        expect(t).not.toContain(c.cpr);
      }
    }
  });
});

describe("documents", () => {
  test("some citizens have a few documents: text with its size and hash, medical ones marked", () => {
    const withDocs = cases.filter((s) => s.dokumenter.length > 0);
    expect(share(withDocs.length, cases.length)).toBeGreaterThan(0.15);
    expect(share(withDocs.length, cases.length)).toBeLessThan(0.5);
    const kinds = new Set<string>();
    for (const d of withDocs.flatMap((s) => s.dokumenter)) {
      kinds.add(d.kategori);
      expect(d.mimetype).toBe("text/plain");
      expect(d.filnavn).toMatch(/\.txt$/);
      expect(d.stoerrelse).toBe(Buffer.byteLength(d.tekst, "utf8"));
      expect(d.sha256).toBe(createHash("sha256").update(d.tekst, "utf8").digest("hex"));
      expect(d.helbred).toBe(d.kategori === "helbred");
      expect(d.tekst.length).toBeGreaterThan(60);
      expect(d.uploadet_af_navn.length).toBeGreaterThan(2);
    }
    expect(kinds).toEqual(new Set(["helbred", "partshoering", "cv", "ansoegning", "bevilling", "korrespondance"]));
  });
});
