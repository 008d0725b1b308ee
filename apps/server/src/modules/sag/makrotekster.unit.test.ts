import { describe, expect, test } from "vitest";
import { kontrollerMakro, makroFejl, makroKatalog } from "./makrotekster.ts";
import { MAKRO_FELTER, udfyldMakro } from "./model.ts";

describe("a macro text's placeholders", () => {
  test("a text with only known placeholders, with or without spaces inside the braces, passes", () => {
    const tekst =
      "Samtale med {{navn}} den {{ dato }}.\nÅbne frister: {{frister}}.\n\n{{sagsbehandler}}, {{jobcenter}}";
    expect(kontrollerMakro(tekst)).toEqual({ ukendte: [], ufuldstaendig: false });
    expect(makroFejl(tekst, "da")).toEqual([]);
    // and the caseworker's filling agrees: nothing left over
    expect(udfyldMakro(tekst, {}).ukendte).toEqual([]);
  });

  test("a text without placeholders passes, and single braces are just text", () => {
    expect(kontrollerMakro("Borgeren ringede. {ikke et felt}")).toEqual({ ukendte: [], ufuldstaendig: false });
  });

  test("unknown placeholders are reported once each, as written", () => {
    expect(kontrollerMakro("{{navn}} {{cpr}} {{Navn}} {{cpr}} {{ydelse-start}} {{}}").ukendte).toEqual([
      "cpr",
      "Navn",
      "ydelse-start",
      "",
    ]);
  });

  test("names of the object prototype are not placeholders", () => {
    expect(kontrollerMakro("{{constructor}} {{toString}} {{__proto__}}").ukendte).toEqual([
      "constructor",
      "toString",
      "__proto__",
    ]);
  });

  test("a placeholder that is not closed, or closed without being opened, is reported", () => {
    expect(kontrollerMakro("Hej {{navn}").ufuldstaendig).toBe(true);
    expect(kontrollerMakro("Hej navn}}").ufuldstaendig).toBe(true);
    expect(kontrollerMakro("Hej {{navn}} og {{fornavn").ufuldstaendig).toBe(true);
  });

  test("the message names the unknown placeholders in Danish (or English), on the text field", () => {
    expect(makroFejl("Kære {{borger}}, din {{cpr}}. Mvh {{sagsbehandler}}", "da")).toEqual([
      {
        path: "body.tekst",
        message: "Teksten bruger felter, som Jobunivers ikke kender: {{borger}}, {{cpr}}. Brug kun felterne i listen.",
      },
    ]);
    expect(makroFejl("Kære {{borger}}", "da")[0]!.message).toBe(
      "Teksten bruger et felt, som Jobunivers ikke kender: {{borger}}. Brug kun felterne i listen.",
    );
    expect(makroFejl("Dear {{borger}}", "en")[0]!.message).toBe(
      "The text uses a field Jobunivers does not know: {{borger}}. Use only the fields in the list.",
    );
    const ufuldstaendig = makroFejl("Hej {{navn}", "da");
    expect(ufuldstaendig).toHaveLength(1);
    expect(ufuldstaendig[0]!.message).toContain("{{navn}}");
  });

  test("a very long unknown placeholder is shortened in the message", () => {
    const message = makroFejl(`{{${"x".repeat(500)}}}`, "da")[0]!.message;
    expect(message.length).toBeLessThan(200);
    expect(message).toContain(`{{${"x".repeat(40)}…}}`);
  });

  test("the catalogue lists every placeholder with its description", () => {
    const katalog = makroKatalog();
    expect(katalog.map((f) => f.navn)).toEqual(Object.keys(MAKRO_FELTER));
    expect(katalog).toContainEqual({ navn: "navn", beskrivelse: "Borgerens fulde navn" });
  });
});
