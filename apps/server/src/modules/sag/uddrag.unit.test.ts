import { describe, expect, test } from "vitest";
import { uddragSegmenter } from "./routes.ts";

describe("highlighted snippets become segments, never HTML", () => {
  test("the private markers around a hit split the text into plain and highlighted parts", () => {
    expect(uddragSegmenter("Borger \u0002udeblev\u0003 fra \u0002samtalen\u0003 i dag")).toEqual([
      { tekst: "Borger ", fremhaevet: false },
      { tekst: "udeblev", fremhaevet: true },
      { tekst: " fra ", fremhaevet: false },
      { tekst: "samtalen", fremhaevet: true },
      { tekst: " i dag", fremhaevet: false },
    ]);
  });

  test("markup in stored text stays text", () => {
    expect(uddragSegmenter("<script>x</script> \u0002ryg\u0003")).toEqual([
      { tekst: "<script>x</script> ", fremhaevet: false },
      { tekst: "ryg", fremhaevet: true },
    ]);
  });

  test("no snippet gives no segments", () => {
    expect(uddragSegmenter(null)).toEqual([]);
  });
});
