import { describe, expect, test } from "vitest";
import { danskTelefon, GRUPPE_SKEMA, sammeVaerdi, STRAKS } from "./oplysninger.ts";

describe("a Danish phone number", () => {
  test("8 digits, spaces, dashes and +45 / 0045 allowed; written as 22 33 44 55", () => {
    expect(danskTelefon("22334455")).toBe("22 33 44 55");
    expect(danskTelefon("+45 87 65 43 21")).toBe("87 65 43 21");
    expect(danskTelefon("0045-22-33-44-55")).toBe("22 33 44 55");
  });
  test("too short, too long, starting with 0 or 1, or foreign: not a Danish number", () => {
    for (const s of ["1234", "223344556", "02334455", "12345678", "+46 22 33 44 55", "2233 445a"])
      expect(danskTelefon(s)).toBeNull();
  });
});

describe("the groups' values", () => {
  test("contact: a wrong phone number or e-mail gets a clear Danish message", () => {
    const r = GRUPPE_SKEMA.kontakt.safeParse({ telefon: "1234", email: "mette@" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["telefon", "Skriv et dansk telefonnummer med 8 cifre, fx 22 33 44 55."],
      ["email", "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk."],
    ]);
  });
  test("contact: at least one way to reach the citizen", () => {
    const r = GRUPPE_SKEMA.kontakt.safeParse({ telefon: "", email: "" });
    expect(r.error!.issues[0]!.message).toMatch(/mindst et telefonnummer eller en e-mailadresse/);
    expect(GRUPPE_SKEMA.kontakt.parse({ telefon: "", email: "Mette@Example.dk" })).toEqual({
      telefon: null,
      email: "mette@example.dk",
    });
  });
  test("children: an age for each child", () => {
    expect(GRUPPE_SKEMA.boern.safeParse({ antal: 2, aldre: [4] }).error!.issues[0]!.message).toBe(
      "Skriv en alder for hvert barn.",
    );
    expect(GRUPPE_SKEMA.boern.parse({ antal: 2, aldre: [4, 9] })).toEqual({ antal: 2, aldre: [4, 9] });
  });
  test("driving licence: categories from the list, in the list's order", () => {
    expect(GRUPPE_SKEMA.koerekort.parse({ kategorier: ["C", "B"] })).toEqual({ kategorier: ["B", "C"] });
    expect(GRUPPE_SKEMA.koerekort.safeParse({ kategorier: ["X"] }).success).toBe(false);
  });
  test("languages: each once, with a level", () => {
    expect(
      GRUPPE_SKEMA.sprog.safeParse({
        sprog: [
          { sprog: "Dansk", niveau: "modersmaal" },
          { sprog: "dansk", niveau: "godt" },
        ],
      }).error!.issues[0]!.message,
    ).toBe("Hvert sprog må kun stå én gang.");
  });
  test("who decides: contact and languages at once, registered facts wait for the caseworker", () => {
    expect(STRAKS).toEqual({ kontakt: true, sprog: true, uddannelse: false, koerekort: false, boern: false });
  });
  test("the same value in another key order is no correction", () => {
    expect(sammeVaerdi({ telefon: "1", email: null }, { email: null, telefon: "1" })).toBe(true);
    expect(sammeVaerdi({ kategorier: ["B"] }, { kategorier: ["B", "C"] })).toBe(false);
  });
});
