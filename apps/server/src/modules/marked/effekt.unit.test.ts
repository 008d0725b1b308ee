import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dagFraIso, ugedag } from "../regler/kalender.ts";
import {
  beregnEffekter,
  DAGE_13,
  DAGE_26,
  type EffektGrundlag,
  type EffektHaendelse,
  type EffektRaekke,
  type EffektTal,
  MIN_OBSERVERET,
  mandag,
  vurderEffekt,
} from "./effekt.ts";

const d = dagFraIso;
const DP = "DAGPENGE";
const KJ = "KONTANTHJAELP_JOBPARAT";

const start = (borgerId: string, dato: string, maalgruppe: string | null = DP): EffektHaendelse => ({
  borgerId,
  type: "YDELSE_START",
  dag: d(dato),
  maalgruppe,
});
const ophoer = (borgerId: string, dato: string, art: string): EffektHaendelse => ({
  borgerId,
  type: "YDELSE_OPHOER",
  dag: d(dato),
  art,
});
const raekke = (rs: EffektRaekke[], udbud: string, gruppe: string) =>
  rs.find((r) => r.udbud_id === udbud && r.maalgruppe === gruppe);

describe("the effect method on a small, hand-counted municipality", () => {
  // Today is Monday 23 November 2026. Offer U is completed by A and B in the week of Monday 2 March (M1) and by C in
  // the week of Monday 1 June (M2); offer V by X6 in the week of Monday 9 March.
  const grundlag: EffektGrundlag = {
    idag: d("2026-11-23"),
    borgere: [
      ...["A", "B", "C", "X1", "X2", "X3", "X4", "X5", "X6", "Z"].map((id) => ({ id, maalgruppe: DP })),
      { id: "Y", maalgruppe: KJ },
    ],
    haendelser: [
      // completers of U
      start("A", "2026-01-05"),
      ophoer("A", "2026-04-15", "job"), // in work at 13 and 26 weeks
      start("B", "2026-01-05"),
      ophoer("B", "2026-07-01", "job"), // after 13 weeks (4 June), before 26 (3 September)
      start("C", "2026-02-02"), // never leaves
      // possible comparisons
      start("X1", "2025-12-01"),
      ophoer("X1", "2026-05-01", "job"), // on benefit on M1, not on M2
      start("X2", "2026-02-01"), // on benefit on M1 and M2, never leaves
      start("X3", "2026-03-02"), // starts on M1 itself: not on benefit throughout M1; on M2
      ophoer("X3", "2026-08-01", "uddannelse"),
      start("X4", "2026-01-01"),
      ophoer("X4", "2026-03-02", "job"), // ended on M1: not on benefit that day
      start("X5", "2026-01-01"),
      ophoer("X5", "2026-07-01", "anden"), // ended for another reason …
      start("X5", "2026-08-01", KJ), // … and back on another benefit: not in work
      start("X6", "2026-01-01"),
      ophoer("X6", "2026-05-15", "job"),
      start("Z", "2026-01-01"),
      ophoer("Z", "2026-04-01", "job"), // enrolled in U without completing: never a comparison for U
      start("Y", "2026-01-01", KJ),
      ophoer("Y", "2026-04-01", "job"),
      // an event the method does not read
      { borgerId: "X2", type: "SAMTALE_AFHOLDT", dag: d("2026-03-01") },
    ],
    tilmeldinger: [
      { udbudId: "U", borgerId: "A", gennemfoertDag: d("2026-03-04") },
      { udbudId: "U", borgerId: "B", gennemfoertDag: d("2026-03-05") },
      { udbudId: "U", borgerId: "C", gennemfoertDag: d("2026-06-03") },
      { udbudId: "U", borgerId: "Z", gennemfoertDag: null },
      { udbudId: "U", borgerId: "Y", gennemfoertDag: d("2026-03-04") },
      { udbudId: "V", borgerId: "X6", gennemfoertDag: d("2026-03-10") },
    ],
  };
  const rs = beregnEffekter(grundlag);

  test("the calendar of the example", () => {
    expect(mandag(d("2026-03-04"))).toBe(d("2026-03-02"));
    expect(mandag(d("2026-03-02"))).toBe(d("2026-03-02"));
    expect(mandag(d("2026-06-07"))).toBe(d("2026-06-01"));
    expect(ugedag(d("2026-11-23"))).toBe(1);
  });

  test("the completers of U in the target group DAGPENGE", () => {
    const u = raekke(rs, "U", DP)!;
    // A, B and C completed; all three observed at 13 weeks, only A and B at 26 (C's day + 182 is after today)
    expect(u.gennemfoert).toBe(3);
    expect(u.observeret_13).toBe(3);
    expect(u.i_arbejde_13).toBe(1); // A
    expect(u.observeret_26).toBe(2);
    expect(u.i_arbejde_26).toBe(2); // A and B
  });

  test("the comparison for U: strata by week, weighted by the completers", () => {
    const u = raekke(rs, "U", DP)!;
    // M1: X1 (in work), X2 (no), X5 (no), X6 (in work) → 2 of 4; A, B, C and Z are enrolled in U, X3 started on M1,
    //     X4 ended on M1. M2: X2 (no), X3 (in education on 31 August), X5 (no) → 1 of 3.
    // 13 weeks: (2 · 2/4 + 1 · 1/3) / 3 = 4/9. 26 weeks: only M1 is observed (M2 + 182 is after today) → 2/4.
    expect(u.kontrol_andel_13).toBeCloseTo(4 / 9, 12);
    expect(u.kontrol_andel_26).toBeCloseTo(0.5, 12);
    // distinct citizens behind the 13-week share: X1, X2, X3, X5, X6
    expect(u.kontrol_antal).toBe(5);
  });

  test("a target group of its own, with nobody to compare with", () => {
    const y = raekke(rs, "U", KJ)!;
    expect(y).toMatchObject({
      gennemfoert: 1,
      i_arbejde_13: 1,
      observeret_13: 1,
      i_arbejde_26: 1,
      observeret_26: 1,
      kontrol_andel_13: null,
      kontrol_andel_26: null,
      kontrol_antal: 0,
    });
  });

  test("being enrolled in another offer does not keep a citizen out of the comparison", () => {
    const v = raekke(rs, "V", DP)!;
    // X6 completed on Tuesday 10 March (M = 9 March), in work at 13 and 26 weeks.
    expect(v).toMatchObject({ gennemfoert: 1, i_arbejde_13: 1, observeret_13: 1, i_arbejde_26: 1, observeret_26: 1 });
    // On 9 March in DAGPENGE and not enrolled in V: A, B, C, X1, X2, X3, X5, Z (X4 had left).
    // 13 weeks (8 June): A, X1, Z in work → 3/8. 26 weeks (7 September): A, B, X1, X3, Z → 5/8.
    expect(v.kontrol_andel_13).toBeCloseTo(3 / 8, 12);
    expect(v.kontrol_andel_26).toBeCloseTo(5 / 8, 12);
    expect(v.kontrol_antal).toBe(8);
  });

  test("rows come sorted by offer and target group, one per cell with completers", () => {
    expect(rs.map((r) => `${r.udbud_id}/${r.maalgruppe}`)).toEqual([`U/${DP}`, `U/${KJ}`, `V/${DP}`]);
  });
});

describe("details of the method", () => {
  const idag = d("2026-11-23");
  const borgere = [
    { id: "A", maalgruppe: DP },
    { id: "K", maalgruppe: DP },
  ];

  test("a citizen who completes the same offer twice counts once, from the first completion", () => {
    const rs = beregnEffekter({
      idag,
      borgere,
      haendelser: [start("A", "2026-01-01"), ophoer("A", "2026-04-10", "job"), start("K", "2026-01-01")],
      tilmeldinger: [
        { udbudId: "U", borgerId: "A", gennemfoertDag: d("2026-09-01") },
        { udbudId: "U", borgerId: "A", gennemfoertDag: d("2026-02-04") },
      ],
    });
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ gennemfoert: 1, observeret_13: 1, i_arbejde_13: 1, kontrol_antal: 1 });
    expect(rs[0]!.kontrol_andel_13).toBe(0);
  });

  test("a completion too recent to observe counts as completed but not observed, and needs no comparison", () => {
    const rs = beregnEffekter({
      idag,
      borgere,
      haendelser: [start("A", "2026-01-01"), start("K", "2026-01-01")],
      tilmeldinger: [{ udbudId: "U", borgerId: "A", gennemfoertDag: idag - DAGE_13 + 1 }],
    });
    expect(rs[0]).toMatchObject({
      gennemfoert: 1,
      observeret_13: 0,
      observeret_26: 0,
      kontrol_andel_13: null,
      kontrol_antal: 0,
    });
  });

  test("the outcome day itself counts, and a later restart of benefit ends the outcome", () => {
    const done = d("2026-03-04");
    const rs = beregnEffekter({
      idag,
      borgere,
      haendelser: [
        start("A", "2026-01-01"),
        // in work from exactly 13 weeks after completion, back on benefit before 26 weeks
        { borgerId: "A", type: "YDELSE_OPHOER", dag: done + DAGE_13, art: "job" },
        { borgerId: "A", type: "YDELSE_START", dag: done + DAGE_26 - 1, maalgruppe: DP },
        start("K", "2026-01-01"),
      ],
      tilmeldinger: [{ udbudId: "U", borgerId: "A", gennemfoertDag: done }],
    });
    expect(rs[0]).toMatchObject({ i_arbejde_13: 1, observeret_13: 1, i_arbejde_26: 0, observeret_26: 1 });
  });

  test("events on the same day count in recorded order, whatever order the days come in", () => {
    const rs = beregnEffekter({
      idag,
      borgere,
      haendelser: [
        // recorded last on its day: the benefit ended for a job on 1 April, though a start was recorded that day too
        start("A", "2026-04-01"),
        ophoer("A", "2026-04-01", "job"),
        start("A", "2026-01-01"),
        start("K", "2026-01-01"),
      ],
      tilmeldinger: [{ udbudId: "U", borgerId: "A", gennemfoertDag: d("2026-03-04") }],
    });
    expect(rs[0]).toMatchObject({ i_arbejde_13: 1, i_arbejde_26: 1 });
  });

  test("the completer's target group is the one in force on the completion day", () => {
    const rs = beregnEffekter({
      idag,
      borgere,
      haendelser: [start("A", "2026-01-01", KJ), start("A", "2026-06-01", DP), start("K", "2026-01-01", KJ)],
      tilmeldinger: [{ udbudId: "U", borgerId: "A", gennemfoertDag: d("2026-03-04") }],
    });
    expect(rs.map((r) => r.maalgruppe)).toEqual([KJ]);
    expect(rs[0]!.kontrol_antal).toBe(1); // K, on benefit in KJ
  });

  test("no data, no rows", () => {
    expect(beregnEffekter({ idag, borgere: [], haendelser: [], tilmeldinger: [] })).toEqual([]);
  });
});

describe("reading the figures", () => {
  const tal = (t: Partial<EffektTal>): EffektTal => ({
    gennemfoert: 50,
    i_arbejde_13: 31,
    observeret_13: 50,
    i_arbejde_26: 0,
    observeret_26: 0,
    kontrol_andel_13: 0.41,
    kontrol_andel_26: null,
    kontrol_antal: 812,
    ...t,
  });

  test("enough data: the shares, the counts and the difference", () => {
    const v = vurderEffekt(tal({}));
    expect(v.status).toBe("nok_data");
    expect(v.andel13).toBeCloseTo(0.62, 12);
    expect(v.kontrol13).toBe(0.41);
    expect(v.effekt13).toBe(21);
    expect(v.andel26).toBeNull();
    expect(v.effekt26).toBeNull();
    expect(v.tekst).toBe(
      "62 % af 50 borgere, der gennemførte, var i job eller uddannelse 13 uger efter " +
        "(lignende borgere uden forløbet: 41 % af 812) – 21 procentpoint bedre.",
    );
  });

  test("26 weeks are added once enough completers are observed then; worse and equal are said as such", () => {
    const v = vurderEffekt(
      tal({
        i_arbejde_13: 10,
        observeret_13: 40,
        kontrol_andel_13: 0.3,
        i_arbejde_26: 12,
        observeret_26: 24,
        kontrol_andel_26: 0.5,
        kontrol_antal: 1234,
      }),
    );
    expect(v.effekt13).toBe(-5);
    expect(v.effekt26).toBe(0);
    expect(v.tekst).toBe(
      "25 % af 40 borgere, der gennemførte, var i job eller uddannelse 13 uger efter " +
        "(lignende borgere uden forløbet: 30 % af 1.234) – 5 procentpoint dårligere. " +
        "Efter 26 uger: 50 % af 24 (lignende borgere: 50 %) – samme andel.",
    );
  });

  test("too few observed completers: says so honestly, with the count", () => {
    const v = vurderEffekt(tal({ gennemfoert: 30, observeret_13: MIN_OBSERVERET - 1, i_arbejde_13: 15 }));
    expect(v.status).toBe("ikke_nok_data");
    expect(v.andel13).toBeNull();
    expect(v.effekt13).toBeNull();
    expect(v.tekst).toBe("Ikke nok data endnu: kun 19 har gennemført for mindst 13 uger siden (mindst 20 kræves).");
    expect(vurderEffekt(tal({ observeret_13: 0, i_arbejde_13: 0 })).tekst).toBe(
      "Ikke nok data endnu: ingen har gennemført for mindst 13 uger siden (mindst 20 kræves).",
    );
  });

  test("nobody to compare with", () => {
    const v = vurderEffekt(tal({ kontrol_andel_13: null, kontrol_antal: 0 }));
    expect(v.status).toBe("ikke_nok_data");
    expect(v.tekst).toBe("Ikke nok data endnu: der er ingen lignende borgere uden forløbet at sammenligne med.");
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Properties: the fast method agrees with a plain, day-by-day reading of the definition
// ---------------------------------------------------------------------------------------------------------------------

type Tilstand = { art: "ingen" | "ydelse" | "arbejde" | "andet"; gruppe: string };

/** The state at the end of day t, straight from the definition (events sorted stably by day). */
function tilstand(g: EffektGrundlag, borgerId: string, t: number): Tilstand {
  const registreret = g.borgere.find((b) => b.id === borgerId)!.maalgruppe;
  const hs = g.haendelser
    .filter((h) => h.borgerId === borgerId && (h.type === "YDELSE_START" || h.type === "YDELSE_OPHOER"))
    .map((h, i) => ({ h, i }))
    .sort((a, b) => a.h.dag - b.h.dag || a.i - b.i)
    .map((x) => x.h)
    .filter((h) => h.dag <= t);
  let s: Tilstand = { art: "ingen", gruppe: registreret };
  for (const h of hs) {
    if (h.type === "YDELSE_START") s = { art: "ydelse", gruppe: h.maalgruppe ?? registreret };
    else s = { art: h.art === "job" || h.art === "uddannelse" ? "arbejde" : "andet", gruppe: s.gruppe };
  }
  return s;
}

function reference(g: EffektGrundlag): EffektRaekke[] {
  const ud: EffektRaekke[] = [];
  const udbud = [...new Set(g.tilmeldinger.map((t) => t.udbudId))].sort();
  for (const u of udbud) {
    const tilmeldt = new Set(g.tilmeldinger.filter((t) => t.udbudId === u).map((t) => t.borgerId));
    const foerste = new Map<string, number>();
    for (const t of g.tilmeldinger) {
      if (t.udbudId !== u || t.gennemfoertDag === null) continue;
      const f = foerste.get(t.borgerId);
      if (f === undefined || t.gennemfoertDag < f) foerste.set(t.borgerId, t.gennemfoertDag);
    }
    const perGruppe = new Map<string, [string, number][]>();
    for (const [b, dag] of foerste) {
      const gr = tilstand(g, b, dag).gruppe;
      perGruppe.set(gr, [...(perGruppe.get(gr) ?? []), [b, dag]]);
    }
    for (const [gr, fuldfoert] of perGruppe) {
      const iArbejde = (b: string, t: number) => tilstand(g, b, t).art === "arbejde";
      const obs13 = fuldfoert.filter(([, x]) => x + DAGE_13 <= g.idag);
      const obs26 = fuldfoert.filter(([, x]) => x + DAGE_26 <= g.idag);
      let v13 = 0;
      let s13 = 0;
      let v26 = 0;
      let s26 = 0;
      const kontrol = new Set<string>();
      for (const m of new Set(obs13.map(([, x]) => mandag(x)))) {
        const med = g.borgere
          .map((b) => b.id)
          .filter((b) => {
            if (tilmeldt.has(b)) return false;
            const foer = tilstand(g, b, m - 1);
            const nu = tilstand(g, b, m);
            return foer.art === "ydelse" && nu.art === "ydelse" && nu.gruppe === gr;
          });
        if (med.length === 0) continue;
        for (const b of med) kontrol.add(b);
        const n13 = obs13.filter(([, x]) => mandag(x) === m).length;
        v13 += n13;
        s13 += (n13 * med.filter((b) => iArbejde(b, m + DAGE_13)).length) / med.length;
        const n26 = obs26.filter(([, x]) => mandag(x) === m).length;
        if (n26 > 0) {
          v26 += n26;
          s26 += (n26 * med.filter((b) => iArbejde(b, m + DAGE_26)).length) / med.length;
        }
      }
      ud.push({
        udbud_id: u,
        maalgruppe: gr,
        gennemfoert: fuldfoert.length,
        observeret_13: obs13.length,
        i_arbejde_13: obs13.filter(([b, x]) => iArbejde(b, x + DAGE_13)).length,
        observeret_26: obs26.length,
        i_arbejde_26: obs26.filter(([b, x]) => iArbejde(b, x + DAGE_26)).length,
        kontrol_andel_13: v13 > 0 ? s13 / v13 : null,
        kontrol_andel_26: v26 > 0 ? s26 / v26 : null,
        kontrol_antal: v13 > 0 ? kontrol.size : 0,
      });
    }
  }
  return ud.sort((a, b) => (a.udbud_id + a.maalgruppe < b.udbud_id + b.maalgruppe ? -1 : 1));
}

describe("properties", () => {
  const FRA = d("2025-06-01");
  const idag = d("2026-06-01");
  const borgerIds = ["a", "b", "c", "d", "e", "f", "g", "h"];
  const grupper = [DP, KJ];
  const dag = fc.integer({ min: FRA, max: idag + 30 });
  // Histories with a shape (spells of benefit one after the other, each ended for a reason or still running) mixed
  // with loose events in any order, so that same-day ties, restarts and ends without a start all occur.
  const forloeb = fc
    .array(
      fc.record({
        pause: fc.integer({ min: 0, max: 60 }),
        laengde: fc.integer({ min: 0, max: 250 }),
        art: fc.constantFrom("job", "uddannelse", "anden", null),
        gruppe: fc.option(fc.constantFrom(...grupper), { nil: null }),
      }),
      { maxLength: 3 },
    )
    .map((spells) => {
      let t = FRA;
      const hs: Omit<EffektHaendelse, "borgerId">[] = [];
      for (const s of spells) {
        t += s.pause;
        hs.push({ type: "YDELSE_START", dag: t, maalgruppe: s.gruppe });
        if (s.art === null) break;
        t += s.laengde;
        hs.push({ type: "YDELSE_OPHOER", dag: t, art: s.art });
      }
      return hs;
    });
  const loese = fc.array(
    fc.oneof(
      fc.record({
        borgerId: fc.constantFrom(...borgerIds),
        type: fc.constant("YDELSE_START"),
        dag,
        maalgruppe: fc.option(fc.constantFrom(...grupper), { nil: null }),
      }),
      fc.record({
        borgerId: fc.constantFrom(...borgerIds),
        type: fc.constant("YDELSE_OPHOER"),
        dag,
        art: fc.constantFrom("job", "uddannelse", "anden"),
      }),
    ),
    { maxLength: 8 },
  );
  const grundlag = fc
    .record({
      grupper: fc.array(fc.constantFrom(...grupper), { minLength: borgerIds.length, maxLength: borgerIds.length }),
      forloeb: fc.array(forloeb, { minLength: borgerIds.length, maxLength: borgerIds.length }),
      loese,
      tilmeldinger: fc.array(
        fc.record({
          udbudId: fc.constantFrom("U", "V"),
          borgerId: fc.constantFrom(...borgerIds),
          gennemfoertDag: fc.option(dag, { nil: null }),
        }),
        { maxLength: 10 },
      ),
    })
    .map(
      (x): EffektGrundlag => ({
        idag,
        borgere: borgerIds.map((id, i) => ({ id, maalgruppe: x.grupper[i]! })),
        haendelser: [...x.forloeb.flatMap((hs, i) => hs.map((h) => ({ ...h, borgerId: borgerIds[i]! }))), ...x.loese],
        tilmeldinger: x.tilmeldinger,
      }),
    );

  test("the fast method gives exactly what the definition says, day by day", () => {
    fc.assert(
      fc.property(grundlag, (g) => {
        const fast = beregnEffekter(g);
        const ref = reference(g);
        expect(fast.map(({ kontrol_andel_13, kontrol_andel_26, ...r }) => r)).toEqual(
          ref.map(({ kontrol_andel_13, kontrol_andel_26, ...r }) => r),
        );
        for (const [i, r] of fast.entries()) {
          for (const k of ["kontrol_andel_13", "kontrol_andel_26"] as const) {
            const want = ref[i]![k];
            if (want === null) expect(r[k]).toBeNull();
            else expect(r[k]).toBeCloseTo(want, 12);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("shares lie in [0, 1] and the counts are consistent", () => {
    fc.assert(
      fc.property(grundlag, (g) => {
        for (const r of beregnEffekter(g)) {
          expect(r.i_arbejde_13).toBeLessThanOrEqual(r.observeret_13);
          expect(r.i_arbejde_26).toBeLessThanOrEqual(r.observeret_26);
          expect(r.observeret_26).toBeLessThanOrEqual(r.observeret_13);
          expect(r.observeret_13).toBeLessThanOrEqual(r.gennemfoert);
          expect(r.gennemfoert).toBeGreaterThan(0);
          for (const k of [r.kontrol_andel_13, r.kontrol_andel_26]) {
            if (k !== null) {
              expect(k).toBeGreaterThanOrEqual(0);
              expect(k).toBeLessThanOrEqual(1);
            }
          }
          // a 13-week comparison exists exactly when some citizen is behind it
          expect(r.kontrol_andel_13 === null).toBe(r.kontrol_antal === 0);
          if (r.kontrol_andel_13 === null) expect(r.kontrol_andel_26).toBeNull();
          const v = vurderEffekt(r);
          if (v.status === "nok_data") expect(r.observeret_13).toBeGreaterThanOrEqual(MIN_OBSERVERET);
        }
      }),
      { numRuns: 300 },
    );
  });
});
