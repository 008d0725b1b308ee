import { describe, expect, test } from "vitest";
import { bekraeftelsesStatus, GENNEMGANGE, gennemgangFor, validerTekster, versionPaa } from "./model.ts";

const dagpenge = gennemgangFor(GENNEMGANGE, "DAGPENGE")!;

describe("the rights and duties review", () => {
  test("each of dagpenge, jobparat kontanthjælp and sygedagpenge has a review with duties, rights and references", () => {
    for (const m of ["DAGPENGE", "KONTANTHJAELP_JOBPARAT", "SYGEDAGPENGE"]) {
      const g = gennemgangFor(GENNEMGANGE, m)!;
      const v = versionPaa(g, "2026-11-23")!;
      const ids = v.afsnit.map((a) => a.id);
      expect(ids, m).toEqual(expect.arrayContaining(["joblog", "konsekvenser", "bisidder", "aktindsigt", "klage"]));
      expect(v.afsnit.every((a) => a.henvisninger.length > 0)).toBe(true);
    }
  });
  test("the version in force is picked by date: the 2024 version until 30 June 2026, the new one from 1 July", () => {
    expect(versionPaa(dagpenge, "2026-06-30")?.gyldigFra).toBe("2024-01-01");
    expect(versionPaa(dagpenge, "2026-07-01")?.gyldigFra).toBe("2026-07-01");
    expect(versionPaa(dagpenge, "2023-12-31")).toBeNull();
  });
  test("a reused section is written out: the 2026 version keeps the 2024 version's duty to be available", () => {
    const v24 = versionPaa(dagpenge, "2025-01-01")!;
    const v26 = versionPaa(dagpenge, "2026-11-23")!;
    expect(v26.afsnit.find((a) => a.id === "raadighed")).toEqual(v24.afsnit.find((a) => a.id === "raadighed"));
    expect(v26.afsnit.find((a) => a.id === "samtaler")).not.toEqual(v24.afsnit.find((a) => a.id === "samtaler"));
  });
  test("confirmation status: the version in force, never, or an older one", () => {
    expect(bekraeftelsesStatus("2026-07-01", ["2026-07-01", "2024-01-01"])).toBe("bekraeftet");
    expect(bekraeftelsesStatus("2026-07-01", [])).toBe("ikke_bekraeftet");
    expect(bekraeftelsesStatus("2026-07-01", ["2024-01-01"])).toBe("ny_version");
  });
  test("the texts are checked: an unknown reused section and two versions of one date are refused", () => {
    const afsnit = [
      { id: "a", art: "pligt", overskrift: "A", tekst: ["t"], henvisninger: [{ lov: "L", paragraf: "§ 1" }] },
    ];
    const fil = (versioner: unknown[]) => ({
      id: "x",
      kilde: "k",
      faellesAfsnit: [],
      gennemgange: [{ id: "RP-X", titel: "X", maalgrupper: ["DAGPENGE"], versioner }],
    });
    expect(() => validerTekster(fil([{ gyldigFra: "2024-01-01", afsnit: [{ brug: "ukendt" }] }]))).toThrow(
      /findes ikke/,
    );
    expect(() =>
      validerTekster(
        fil([
          { gyldigFra: "2024-01-01", afsnit },
          { gyldigFra: "2024-01-01", afsnit },
        ]),
      ),
    ).toThrow(/to versioner/);
  });
});
