import { describe, expect, test } from "vitest";
import { type SamtaleInfo, samtaleIcs, samtaleUid } from "./kalenderfil.ts";

const info: SamtaleInfo = {
  id: "6f1c2a9e-3b7d-4c1e-9a55-2d0f8e7b4c11",
  titel: "Jobsamtale",
  start: new Date("2026-12-01T09:00:00Z"),
  slut: new Date("2026-12-01T09:45:00Z"),
  kanal: "fremmoede",
  sted: { navn: "Mødelokale Ærø, 2. sal", adresse: "Søndergade 12, 8000 Aarhus C" },
  medarbejder: { navn: "Mette Østergård", email: "mette@jobcenter.example", telefon: "87 65 43 21" },
  borger: { navn: "Søren Ågård", email: "soeren@example.dk", adresse: "Åboulevarden 3", postnrBy: "8000 Aarhus C" },
  jobcenter: {
    navn: "Jobcenter Århus",
    adresse: "Søndergade 12",
    postnrBy: "8000 Aarhus C",
    telefon: "89 40 00 00",
    email: "jobcenter@aarhus.example",
    url: "https://jobunivers.example",
  },
  checkinKode: "K7M2QX",
  sekvens: 0,
};

const stempel = new Date("2026-11-20T12:00:00Z");

/** The content lines of an iCalendar text: CRLF separated, folded lines joined (RFC 5545 § 3.1). */
function linjer(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l !== "");
}

/** The value of a property (after its name and parameters), with text escapes undone. */
function vaerdi(ls: string[], navn: string): string | undefined {
  const linje = ls.find((l) => l.startsWith(`${navn}:`) || l.startsWith(`${navn};`));
  if (!linje) return undefined;
  const raa = linje.slice(linje.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/) + 1);
  return raa.replace(/\\n/gi, "\n").replace(/\\([,;\\])/g, "$1");
}

/** The lines inside a component (BEGIN:X … END:X), the first one found. */
function komponent(ls: string[], navn: string): string[] {
  const fra = ls.indexOf(`BEGIN:${navn}`);
  const til = ls.indexOf(`END:${navn}`, fra);
  expect(fra, navn).toBeGreaterThanOrEqual(0);
  return ls.slice(fra + 1, til);
}

describe("the calendar file for a booking (REQUEST)", () => {
  const ics = samtaleIcs(info, "REQUEST", stempel);
  const ls = linjer(ics);
  const ev = komponent(ls, "VEVENT");

  test("is one VCALENDAR with METHOD:REQUEST and one VEVENT", () => {
    expect(ls[0]).toBe("BEGIN:VCALENDAR");
    expect(ls.at(-1)).toBe("END:VCALENDAR");
    expect(vaerdi(ls, "VERSION")).toBe("2.0");
    expect(vaerdi(ls, "METHOD")).toBe("REQUEST");
    expect(ls.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  test("has the stable UID, SEQUENCE 0, CONFIRMED and the times in UTC", () => {
    expect(vaerdi(ev, "UID")).toBe("6f1c2a9e-3b7d-4c1e-9a55-2d0f8e7b4c11@jobunivers");
    expect(samtaleUid(info.id)).toBe(vaerdi(ev, "UID"));
    expect(vaerdi(ev, "SEQUENCE")).toBe("0");
    expect(vaerdi(ev, "STATUS")).toBe("CONFIRMED");
    expect(vaerdi(ev, "DTSTART")).toBe("20261201T090000Z");
    expect(vaerdi(ev, "DTEND")).toBe("20261201T094500Z");
    expect(vaerdi(ev, "DTSTAMP")).toBe("20261120T120000Z");
  });

  test("says in Danish what, when and where, with the letters æøå intact", () => {
    expect(vaerdi(ev, "SUMMARY")).toBe("Jobsamtale med Jobcenter Århus");
    expect(vaerdi(ev, "LOCATION")).toBe("Mødelokale Ærø, 2. sal, Søndergade 12, 8000 Aarhus C");
    const beskrivelse = vaerdi(ev, "DESCRIPTION")!;
    expect(beskrivelse).toContain("Jobsamtale tirsdag den 1. december 2026 kl. 10.00–10.45.");
    expect(beskrivelse).toContain("Mød op på Mødelokale Ærø, 2. sal, Søndergade 12, 8000 Aarhus C.");
    expect(beskrivelse).toContain("K7M2QX");
    expect(beskrivelse).toContain("Mette Østergård");
    expect(beskrivelse).toContain("Min side: https://jobunivers.example");
    // UTF-8 bytes round-trip unchanged
    expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(ics))).toBe(ics);
  });

  test("the jobcentre is the organizer; the citizen and the caseworker are attendees", () => {
    const organizer = ev.find((l) => l.startsWith("ORGANIZER"))!;
    expect(organizer).toMatch(/CN="?Jobcenter Århus"?/);
    expect(organizer.toLowerCase()).toContain("mailto:jobcenter@aarhus.example");
    const attendees = ev.filter((l) => l.startsWith("ATTENDEE"));
    expect(attendees.some((l) => l.includes("soeren@example.dk") && l.includes("Søren Ågård"))).toBe(true);
    expect(attendees.some((l) => l.includes("mette@jobcenter.example"))).toBe(true);
  });

  test("has a reminder 24 hours before", () => {
    const alarm = komponent(ev, "VALARM");
    expect(vaerdi(alarm, "ACTION")).toBe("DISPLAY");
    expect(vaerdi(alarm, "TRIGGER")).toMatch(/^-P(T24H|1D)$/);
    expect(vaerdi(alarm, "DESCRIPTION")).toContain("Jobsamtale");
  });

  test("no physical line is longer than 75 octets, and folding never splits a character", () => {
    const lang = samtaleIcs(
      { ...info, sted: { navn: "Æ".repeat(60), adresse: "ø".repeat(80) }, titel: "Å".repeat(100) },
      "REQUEST",
      stempel,
    );
    for (const l of lang.split("\r\n")) expect(Buffer.byteLength(l, "utf8"), l).toBeLessThanOrEqual(75);
    expect(lang).not.toContain("\uFFFD");
    expect(vaerdi(linjer(lang), "SUMMARY")).toBe(`${"Å".repeat(100)} med Jobcenter Århus`);
    expect(vaerdi(linjer(lang), "LOCATION")).toBe(`${"Æ".repeat(60)}, ${"ø".repeat(80)}`);
  });
});

describe("the calendar file for a cancellation (CANCEL)", () => {
  const request = linjer(samtaleIcs(info, "REQUEST", stempel));
  const cancel = linjer(samtaleIcs({ ...info, sekvens: 1 }, "CANCEL", stempel));
  const ev = komponent(cancel, "VEVENT");

  test("has METHOD:CANCEL, the same UID, a higher SEQUENCE and STATUS:CANCELLED", () => {
    expect(vaerdi(cancel, "METHOD")).toBe("CANCEL");
    expect(vaerdi(ev, "UID")).toBe(vaerdi(komponent(request, "VEVENT"), "UID"));
    expect(Number(vaerdi(ev, "SEQUENCE"))).toBeGreaterThan(Number(vaerdi(komponent(request, "VEVENT"), "SEQUENCE")));
    expect(vaerdi(ev, "STATUS")).toBe("CANCELLED");
    expect(vaerdi(ev, "DTSTART")).toBe("20261201T090000Z");
  });

  test("says that it is cancelled, and has no reminder", () => {
    expect(vaerdi(ev, "SUMMARY")).toBe("Aflyst: Jobsamtale med Jobcenter Århus");
    expect(vaerdi(ev, "DESCRIPTION")).toContain("er aflyst");
    expect(ev).not.toContain("BEGIN:VALARM");
  });
});

describe("telephone and video conversations", () => {
  test("a telephone conversation says who calls whom", () => {
    const tekst = "Jobcenteret ringer til dig på 12 34 56 78";
    const ev = komponent(
      linjer(samtaleIcs({ ...info, kanal: "telefon", sted: undefined, telefonTekst: tekst }, "REQUEST")),
      "VEVENT",
    );
    expect(vaerdi(ev, "LOCATION")).toBe(tekst);
    expect(vaerdi(ev, "DESCRIPTION")).toContain(tekst);
  });

  test("a video conversation carries the participant's link", () => {
    const videoLink = "https://meet.jobunivers.example/jobunivers-0123abcd?jwt=eyJhbGciOiJIUzI1NiJ9.e30.x";
    const ev = komponent(
      linjer(samtaleIcs({ ...info, kanal: "video", sted: undefined, videoLink }, "REQUEST")),
      "VEVENT",
    );
    expect(vaerdi(ev, "LOCATION")).toBe(videoLink);
    expect(vaerdi(ev, "URL")).toBe(videoLink);
    expect(vaerdi(ev, "DESCRIPTION")).toContain(videoLink);
  });

  test("without a link yet, the video conversation points to Min side", () => {
    const ev = komponent(linjer(samtaleIcs({ ...info, kanal: "video", sted: undefined }, "REQUEST")), "VEVENT");
    expect(vaerdi(ev, "LOCATION")).toContain("Min side");
  });
});

describe("times across the change to and from summer time", () => {
  test("DTSTART is the UTC instant, and the Danish text is Copenhagen time", () => {
    const vinter = { start: new Date("2026-10-26T09:00:00Z"), slut: new Date("2026-10-26T09:30:00Z") };
    const sommer = { start: new Date("2026-03-30T08:00:00Z"), slut: new Date("2026-03-30T08:30:00Z") };
    const v = komponent(linjer(samtaleIcs({ ...info, ...vinter }, "REQUEST")), "VEVENT");
    const s = komponent(linjer(samtaleIcs({ ...info, ...sommer }, "REQUEST")), "VEVENT");
    expect(vaerdi(v, "DTSTART")).toBe("20261026T090000Z");
    expect(vaerdi(v, "DESCRIPTION")).toContain("mandag den 26. oktober 2026 kl. 10.00–10.30");
    expect(vaerdi(s, "DTSTART")).toBe("20260330T080000Z");
    expect(vaerdi(s, "DESCRIPTION")).toContain("mandag den 30. marts 2026 kl. 10.00–10.30");
  });
});

describe("refused input", () => {
  test("a conversation that ends before it starts, or a negative sequence", () => {
    expect(() => samtaleIcs({ ...info, slut: info.start }, "REQUEST")).toThrow(/end after/);
    expect(() => samtaleIcs({ ...info, sekvens: -1 }, "REQUEST")).toThrow(/sekvens/);
  });

  test("a jobcentre without an e-mail is organizer with a no-reply address on its own domain", () => {
    const ev = komponent(
      linjer(samtaleIcs({ ...info, jobcenter: { ...info.jobcenter, email: null } }, "REQUEST")),
      "VEVENT",
    );
    expect(ev.find((l) => l.startsWith("ORGANIZER"))!.toLowerCase()).toContain("mailto:noreply@jobunivers.example");
  });
});
