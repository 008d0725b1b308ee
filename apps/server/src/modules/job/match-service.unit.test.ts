import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { afstandsbaand, erfaringsaar, kandidatPseudonym, tilgaengeligTekst, timerTekst } from "./match-service.ts";

describe("the anonymised candidate", () => {
  test("a pseudonym is six base32 characters, stable per order and citizen, and depends on the key", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), fc.string({ minLength: 1 }), (ordre, borger, noegle) => {
        const p = kandidatPseudonym(ordre, borger, noegle);
        expect(p).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
        expect(kandidatPseudonym(ordre, borger, noegle)).toBe(p);
      }),
    );
    const a = "00000000-0000-4000-8000-000000013000";
    const b = "00000000-0000-4000-8000-000000000301";
    expect(kandidatPseudonym(a, b, "k1")).not.toBe(kandidatPseudonym(a, b, "k2"));
    expect(kandidatPseudonym(a, b, "k1")).not.toBe(kandidatPseudonym("00000000-0000-4000-8000-000000013001", b, "k1"));
  });

  test("pseudonyms rarely collide within one order (1,300 candidates)", () => {
    const ordre = "00000000-0000-4000-8000-000000013000";
    const koder = new Set<string>();
    for (let i = 0; i < 1300; i++) koder.add(kandidatPseudonym(ordre, `borger-${i}`, "noegle"));
    expect(koder.size).toBeGreaterThanOrEqual(1299);
  });

  test("distance bands cover every distance and never give the exact distance", () => {
    expect(afstandsbaand(null)).toBe("ukendt");
    expect(afstandsbaand(0)).toBe("0-10 km");
    expect(afstandsbaand(9.99)).toBe("0-10 km");
    expect(afstandsbaand(10)).toBe("10-25 km");
    expect(afstandsbaand(24.9)).toBe("10-25 km");
    expect(afstandsbaand(25)).toBe("25-50 km");
    expect(afstandsbaand(50)).toBe("50+ km");
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (km) =>
        ["0-10 km", "10-25 km", "25-50 km", "50+ km"].includes(afstandsbaand(km)),
      ),
    );
  });

  test("experience is summed per title in years; availability and hours read as text", () => {
    expect(
      erfaringsaar(
        [
          { titel: "Tømrerlærling", erhverv: null, fra: "2019-08-01", til: "2022-01-31" },
          { titel: "Bygningsarbejder", erhverv: null, fra: "2022-02-01", til: null },
        ],
        "2026-11-23",
      ),
    ).toEqual([
      { titel: "Bygningsarbejder", aar: 4.8 },
      { titel: "Tømrerlærling", aar: 2.5 },
    ]);
    expect(tilgaengeligTekst(null, "2026-11-23", "da")).toBe("Kan starte nu");
    expect(tilgaengeligTekst("2026-11-01", "2026-11-23", "da")).toBe("Kan starte nu");
    expect(tilgaengeligTekst("2027-01-04", "2026-11-23", "da")).toBe("Kan starte 4. januar 2027");
    expect(timerTekst(25, 37, "da")).toBe("25–37 timer om ugen");
    expect(timerTekst(37, 37, "en")).toBe("37 hours a week");
  });
});
