import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  CHECKIN_ALFABET,
  checkinUrl,
  checkinVindue,
  iCheckinVindue,
  normaliserCheckinKode,
  nyCheckinKode,
} from "./checkin.ts";

describe("check-in codes", () => {
  test("the alphabet has no look-alikes and no repeats", () => {
    for (const tegn of "0O1IL") expect(CHECKIN_ALFABET).not.toContain(tegn);
    expect(new Set(CHECKIN_ALFABET).size).toBe(CHECKIN_ALFABET.length);
    expect(CHECKIN_ALFABET).toMatch(/^[A-Z2-9]+$/);
  });

  test("a new code is 6 characters from the alphabet", () => {
    for (let i = 0; i < 200; i++) expect(nyCheckinKode()).toMatch(new RegExp(`^[${CHECKIN_ALFABET}]{6}$`));
  });

  test("codes are random: many draws give (almost) no repeats and use the whole alphabet", () => {
    const koder = Array.from({ length: 2000 }, () => nyCheckinKode());
    // 31^6 ≈ 887 million codes: a repeat among 2000 draws has a probability of about 0.2 %.
    expect(new Set(koder).size).toBeGreaterThanOrEqual(1999);
    expect(new Set(koder.join(""))).toEqual(new Set(CHECKIN_ALFABET));
  });

  test("normalise(generate()) round-trips, also typed in lower case with spaces and dashes", () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom("", " ", "-", " - ", "\u2013", "\u00a0"), (_, sep) => {
        const kode = nyCheckinKode();
        expect(normaliserCheckinKode(kode)).toBe(kode);
        const skrevet = `  ${kode.slice(0, 3).toLowerCase()}${sep}${kode.slice(3)} `;
        expect(normaliserCheckinKode(skrevet)).toBe(kode);
      }),
    );
  });

  test("any string of 6 alphabet characters, however separated, normalises to itself", () => {
    const tegn = fc.constantFrom(...CHECKIN_ALFABET);
    fc.assert(
      fc.property(fc.array(tegn, { minLength: 6, maxLength: 6 }), fc.array(fc.constantFrom(" ", "-")), (t, seps) => {
        const kode = t.join("");
        const skrevet = t.map((c, i) => c + (seps[i] ?? "")).join("");
        expect(normaliserCheckinKode(skrevet)).toBe(kode);
      }),
    );
  });

  test("wrong length or characters outside the alphabet give null", () => {
    for (const forkert of [
      "",
      "ABC12",
      "ABCDEFG",
      "ABC0EF",
      "ABCOEF",
      "ABC1EF",
      "ABCIEF",
      "ABCLEF",
      "ABC_EF",
      "ÆBCDEF",
    ])
      expect(normaliserCheckinKode(forkert), forkert).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normaliserCheckinKode(s);
        if (n !== null) expect(n).toMatch(new RegExp(`^[${CHECKIN_ALFABET}]{6}$`));
      }),
    );
  });
});

describe("the check-in window", () => {
  const start = new Date("2026-12-01T09:00:00Z");

  test("opens 60 minutes before the start and closes 15 minutes after", () => {
    expect(checkinVindue(start)).toEqual({
      fra: new Date("2026-12-01T08:00:00Z"),
      til: new Date("2026-12-01T09:15:00Z"),
    });
  });

  test("both ends are inside, a millisecond outside is not", () => {
    expect(iCheckinVindue(start, new Date("2026-12-01T08:00:00Z"))).toBe(true);
    expect(iCheckinVindue(start, new Date("2026-12-01T09:15:00Z"))).toBe(true);
    expect(iCheckinVindue(start, new Date("2026-12-01T07:59:59.999Z"))).toBe(false);
    expect(iCheckinVindue(start, new Date("2026-12-01T09:15:00.001Z"))).toBe(false);
  });
});

describe("the check-in URL", () => {
  test("names the municipality and the code", () => {
    expect(checkinUrl("https://jobunivers.example", "0751", "ABC234")).toBe(
      "https://jobunivers.example/checkin?k=0751&kode=ABC234",
    );
  });

  test("a trailing slash on the base is dropped, and the values are encoded", () => {
    expect(checkinUrl("https://jobunivers.example/", "0751", "ABC234")).toBe(
      "https://jobunivers.example/checkin?k=0751&kode=ABC234",
    );
    const url = new URL(checkinUrl("https://jobunivers.example", "07 51", "A&B"));
    expect(url.searchParams.get("k")).toBe("07 51");
    expect(url.searchParams.get("kode")).toBe("A&B");
  });
});
