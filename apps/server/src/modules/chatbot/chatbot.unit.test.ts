import { describe, expect, test } from "vitest";
import { andenPerson, hensigt, vurder } from "./hensigt.ts";
import { byggIndeks, delSammensat, find } from "./indeks.ts";
import { byggSynonymer, harCpr, maskerCpr, termer, UDEN_STAMME_OG_SYNONYMER } from "./tekst.ts";
import { DEMO_ARTIKLER, DEMO_SYNONYMER } from "./vidensbase-demo.ts";

const artikler = DEMO_ARTIKLER.filter((a) => !a.kun).map((a) => ({ ...a, id: a.noegle }));
const indeks = byggIndeks(artikler, DEMO_SYNONYMER);
const svar = (q: string) => find(indeks, q)?.artikelId ?? null;

describe("CPR masking", () => {
  test("masks every way a CPR number is typed", () => {
    expect(maskerCpr("mit cpr er 010190-1234")).toBe("mit cpr er XXXXXX-XXXX");
    expect(maskerCpr("0101901234 og 010190 1234")).toBe("XXXXXX-XXXX og XXXXXX-XXXX");
    expect(harCpr("ring på 12345678")).toBe(false);
    expect(maskerCpr("kontonummer 12345678901")).toBe("kontonummer 12345678901");
  });
});

describe("terms: stemming and synonyms", () => {
  const syn = byggSynonymer(DEMO_SYNONYMER);
  test("inflections share a stem and stop words go", () => {
    expect(termer("udbetalingen af kontanthjælpen", syn)).toEqual(termer("udbetaling kontanthjælp", syn));
  });
  test("synonyms and synonym phrases become the group's term", () => {
    expect(termer("holiday", syn)).toEqual(termer("ferie", syn));
    expect(termer("jeg vil se mine papirer", syn)).toEqual(termer("aktindsigt", syn));
    expect(termer("sygemeldt", syn)).toEqual(termer("syg", syn));
  });
  test("compounds split into the parts the articles know", () => {
    const ord = new Set(["rask", "meld", "feri"]);
    expect(delSammensat("raskmeld", ord)).toEqual(["rask", "meld"]);
    expect(delSammensat("sommerferi", ord)).toEqual(["feri"]);
    expect(delSammensat("vejr", ord)).toEqual(["vejr"]);
  });
});

describe("retrieval over the knowledge base", () => {
  test("answers typical questions with the right article", () => {
    expect(svar("hvornår bliver kontanthjælpen udbetalt")).toBe("udbetaling-kommune");
    expect(svar("jeg vil gerne se mine papirer")).toBe("aktindsigt");
    expect(svar("må jeg tage fri på kontanthjælp")).toBe("ferie-kontanthjaelp");
    expect(svar("hvordan melder jeg mig syg")).toBe("syg");
    expect(svar("hvad skal jeg skrive i jobloggen")).toBe("joblog");
  });
  test("tolerates typos", () => {
    expect(svar("aktindsig")).toBe("aktindsigt");
    expect(svar("ferrie på kontanthjælpen")).toBe("ferie-kontanthjaelp");
  });
  test("says it does not know below the threshold", () => {
    expect(svar("hvad bliver vejret i morgen")).toBeNull();
    expect(svar("skriv et digt om katte")).toBeNull();
    expect(svar("hej")).toBeNull();
  });
  test("without stemming and synonyms, a paraphrase is missed", () => {
    const basis = byggIndeks(artikler, [], UDEN_STAMME_OG_SYNONYMER);
    expect(find(basis, "holiday på kontanthjælpen")?.artikelId ?? null).not.toBe("ferie-kontanthjaelp");
    expect(svar("holiday på kontanthjælpen")).toBe("ferie-kontanthjaelp");
  });
  test("an article of the municipality only: an empty knowledge base knows nothing", () => {
    expect(find(byggIndeks([], DEMO_SYNONYMER), "hvordan søger jeg aktindsigt")).toBeNull();
  });
});

describe("own-case intents", () => {
  test.each([
    ["hvornår er min næste samtale", "naeste_samtale"],
    ["har jeg et møde på jobcentret snart?", "naeste_samtale"],
    ["er jeg bagud med noget", "forfaldne"],
    ["har jeg overskredet nogen frister", "forfaldne"],
    ["hvilke kurser er jeg tilmeldt", "mine_tilbud"],
  ])("%s → %s", (q, h) => {
    expect(hensigt(q)).toBe(h);
  });
  test.each([
    "hvordan flytter jeg min samtale",
    "hvad sker der hvis jeg ikke møder op til samtalen",
    "hvordan tilmelder jeg mig et kursus",
    "jeg glemte min samtale i går",
    "hvornår kommer kontanthjælpen",
  ])("general, not own case: %s", (q) => {
    expect(hensigt(q)).toBeNull();
  });
});

describe("refusal of other persons", () => {
  test.each([
    "hvornår er Ahmads næste samtale?",
    "hvornår er ahmads samtale",
    "har min søn en samtale i næste uge",
    "hvilke kurser er hun tilmeldt",
    "kan du se om Jonas har overskredet sine frister",
  ])("refuses: %s", (q) => {
    expect(vurder(q, { fornavn: "Mette", efternavn: "Nielsen" })).toEqual({ art: "afvist", grund: "anden_person" });
  });
  test("refuses any question with a CPR number", () => {
    expect(vurder("hvornår er næste samtale for 010190-1234")).toEqual({ art: "afvist", grund: "cpr" });
  });
  test("the citizen's own name and the caseworker's are not another person's case", () => {
    expect(andenPerson("Mette her: hvornår er min samtale med Lone?", { fornavn: "Mette", efternavn: "Nielsen" })).toBe(
      false,
    );
    expect(vurder("hvornår er min næste samtale", { fornavn: "Mette" })).toEqual({
      art: "egen",
      hensigt: "naeste_samtale",
    });
  });
  test("a general question mentioning a relative is answered generally", () => {
    expect(vurder("må jeg tage en bisidder med", {}).art).toBe("soeg");
  });
});
