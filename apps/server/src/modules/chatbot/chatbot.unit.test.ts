import { describe, expect, test } from "vitest";
import { andenPerson, hensigt, vurder } from "./hensigt.ts";
import { byggIndeks, delSammensat, find, retTilSynonym } from "./indeks.ts";
import { byggSynonymer, enRettelse, harCpr, maskerCpr, ord, stam, termer, UDEN_STAMME_OG_SYNONYMER } from "./tekst.ts";
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

describe("typos, compounds and colloquial words", () => {
  const syn = byggSynonymer(DEMO_SYNONYMER);
  test("one edit or two swapped neighbours is one typo; two edits are not", () => {
    expect(enRettelse("samtal", "samtla")).toBe(true);
    expect(enRettelse("aktindsigt", "aktindsig")).toBe(true);
    expect(enRettelse("befordring", "beforrdring")).toBe(true);
    expect(enRettelse("ferie", "fire")).toBe(false);
    expect(enRettelse("kursus", "kasse")).toBe(false);
  });
  test("a misspelt synonym becomes its group's term, a short or known word does not", () => {
    expect(retTilSynonym("influensa", indeks)).toBe(termer("syg", syn)[0]);
    expect(retTilSynonym("kilometrpeng", indeks)).toBe(termer("befordring", syn)[0]);
    expect(retTilSynonym("pas", indeks)).toBe("pas");
  });
  test("no word or phrase of the demo synonym list belongs to two groups (after stemming)", () => {
    const grupper = new Map<string, Set<number>>();
    DEMO_SYNONYMER.forEach((g, i) => {
      for (const udtryk of g) {
        const noegle = ord(udtryk)
          .map((w) => stam(w))
          .join(" ");
        grupper.set(noegle, new Set([...(grupper.get(noegle) ?? []), i]));
      }
    });
    expect([...grupper].filter(([, g]) => g.size > 1).map(([k]) => k)).toEqual([]);
  });
  test("colloquial words are the municipality's terms", () => {
    expect(termer("hyre", syn)).toEqual(termer("udbetaling", syn));
    expect(termer("togbillet", syn)).toEqual(termer("transport", syn));
    expect(termer("benzin", syn)).toEqual(termer("kørsel", syn));
    expect(termer("anke", syn)).toEqual(termer("klage", syn));
    expect(termer("journal", syn)).toEqual(termer("akter", syn));
    expect(termer("lægen", syn)).toEqual(termer("sygemeldt", syn));
  });
  test.each([
    ["jeg har influensa og kan ikke komme", "syg"],
    ["kan jeg få kørselsgodtgørelse", "befordring"],
    ["kan jeg få kilometerpenge til praktikken", "befordring"],
    ["hvor mange feriedage har jeg på kontanthjælp", "ferie-kontanthjaelp"],
    ["hvornår er der hyre på kontanthjælpen", "udbetaling-kommune"],
    ["jeg vil anke afgørelsen", "klage"],
    ["hvordan melder jeg min sygemelidng", "syg"],
    ["kan jeg se min journal", "aktindsigt"],
  ])("%s → %s", (q, noegle) => {
    expect(svar(q)).toBe(noegle);
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
    // phrasings without the topic's usual word, with a typo, or with a compound
    ["hvornår skal jeg ind til jer", "naeste_samtale"],
    ["har jeg en tid", "naeste_samtale"],
    ["hvornår ses vi", "naeste_samtale"],
    ["hvornår er min næste samtlae", "naeste_samtale"],
    ["har jeg en telefonsamtale snart", "naeste_samtale"],
    ["hvad mangler jeg", "forfaldne"],
    ["er der noget jeg er bagud med", "forfaldne"],
    ["har jeg nogen deadlines", "forfaldne"],
    ["har jeg overset noget", "forfaldne"],
    ["hvilke kurser går jeg på", "mine_tilbud"],
    ["hvad går jeg på", "mine_tilbud"],
    ["hvilke sprogkurser er jeg tilmeldt", "mine_tilbud"],
    ["hvornår er jeg indkaldt", "naeste_samtale"],
    ["har jeg noget i kalenderen", "naeste_samtale"],
    ["when is my next appointment", "naeste_samtale"],
    ["do i have any deadlines", "forfaldne"],
    ["what courses am i enrolled in", "mine_tilbud"],
  ])("%s → %s", (q, h) => {
    expect(hensigt(q)).toBe(h);
  });
  test.each([
    "hvordan flytter jeg min samtale",
    "hvad sker der hvis jeg ikke møder op til samtalen",
    "hvordan tilmelder jeg mig et kursus",
    "jeg glemte min samtale i går",
    "hvornår kommer kontanthjælpen",
    "hvor lang tid har jeg til at klage",
    "hvad skal jeg gøre når jeg holder ferie",
    "kan jeg flytte min tid",
    "jeg missede min samtale",
    "skylder jeg penge tilbage",
    "i hvilken by ligger jobcentret",
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
    "hvornår er min søns samtale",
    "hvilke kurser går min datter på",
    "har min partner en tid hos jer",
    "hvad mangler min kæreste",
    "hvornår ses I med min mor",
    "har min bror en telefonsamtale snart",
    "when is my son's next appointment",
    "when is his appointment",
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

describe("colloquial spellings, filler phrases and word order", () => {
  const syn = byggSynonymer(DEMO_SYNONYMER);
  test("chat spellings of small words are read as written", () => {
    expect(ord("kan ik komme, hva gør jeg")).toEqual(ord("kan ikke komme, hvad gør jeg"));
  });
  test("time adverbs and the frame »få hjælp til« carry no topic", () => {
    expect(termer("jeg er syg i dag", syn)).toEqual(termer("jeg er syg", syn));
    expect(termer("har ikke udfyldt jobloggen i denne uge", syn)).toEqual(termer("har ikke udfyldt jobloggen", syn));
    expect(termer("kan jeg få hjælp til transport", syn)).toEqual(termer("transport", syn));
    // "om ugen" (per week) belongs to the job log's questions and stays
    expect(termer("hvor mange ansøgninger om ugen", syn)).toContain(stam("ugen"));
  });
  test("a synonym phrase matches with the subject after the verb, as in a question", () => {
    expect(termer("hvordan laver jeg en aftale", syn)).toEqual(termer("lave en aftale", syn));
    expect(termer("hvordan melder man sig på", syn)).toEqual(termer("melde sig på", syn));
  });
  test("English small words are stop words, English question words weak", () => {
    expect(termer("when do I get paid from the a-kasse", syn)).toEqual([
      "when",
      ...termer("udbetaling", syn),
      ...termer("dagpenge", syn),
    ]);
  });
  test("a compound's part is known by its stem too", () => {
    expect(new Set(delSammensat(stam("busbilletten"), indeks.ordforraad, indeks.enkelte))).toEqual(
      new Set(termer("transport", syn)),
    );
  });
  test.each([
    ["må jeg rejse til spanien i to uger på kontanthjælp", "ferie-kontanthjaelp"],
    ["when do I get paid from the a-kasse", "udbetaling-dagpenge"],
    ["jeg er uenig i beslutningen, hvad gør jeg", "klage"],
    ["busbilletterne er dyre, kan jeg få dem betalt", "befordring"],
    ["hvad vil det sige at stå til rådighed for arbejdsmarkedet", "raadighed"],
    ["hvordan melder jeg mig på et kursus", "markedsplads"],
    ["kan jeg få en kopi af mine sagsakter", "aktindsigt"],
    ["jeg kan ikk nå mødet pga tandlæge, kan det flyttes", "flyt-samtale"],
  ])("%s → %s", (q, noegle) => {
    expect(svar(q)).toBe(noegle);
  });
  test("a question about another matter with shared words is not answered", () => {
    expect(svar("kan jeg få hjælp til at betale tandlægen")).toBeNull();
    expect(svar("hvordan søger jeg om boligstøtte")).toBeNull();
  });
});

describe("margin between the best and the second best article", () => {
  const a = (id: string, titel: string) => ({
    id,
    noegle: id,
    titel,
    spoergsmaal: ["Hvornår kommer pengene?"],
    svar: "x",
  });
  test("a near tie between articles about different things is not answered", () => {
    const i = byggIndeks([a("a", "Børnepenge"), a("b", "Boligstøtte")], DEMO_SYNONYMER);
    expect(find(i, "hvornår kommer pengene")).toBeNull();
  });
  test("a near tie between articles on one topic (a shared title term) is answered", () => {
    const i = byggIndeks([a("a", "Ferie på dagpenge"), a("b", "Ferie på kontanthjælp")], DEMO_SYNONYMER);
    expect(find(i, "hvornår kommer pengene")?.artikelId).toMatch(/^[ab]$/);
  });
});

describe("intents: payments, possibilities and tasks", () => {
  test.each([
    "mangler min udbetaling af dagpenge",
    "jeg mangler mine penge for denne måned",
    "er der nogen gratis kurser jeg kan melde mig på",
  ])("general, not own case: %s", (q) => {
    expect(hensigt(q)).toBeNull();
  });
  test("own-case phrasings still are", () => {
    expect(hensigt("hvad mangler jeg at få gjort")).toBe("forfaldne");
    expect(hensigt("hvilke kurser er jeg tilmeldt nu")).toBe("mine_tilbud");
  });
  test("asking the chatbot to write something is a task it cannot do, writing to someone is not", () => {
    expect(vurder("kan du skrive en ansøgning for mig")).toEqual({ art: "ukendt", grund: "opgave" });
    expect(vurder("skriv et CV til mig")).toEqual({ art: "ukendt", grund: "opgave" });
    expect(vurder("kan du skrive til min sagsbehandler").art).toBe("soeg");
  });
  test("refusal comes before everything else", () => {
    expect(vurder("kan du skrive til Ahmad om hans samtale", { fornavn: "Mette" })).toEqual({
      art: "afvist",
      grund: "anden_person",
    });
    expect(vurder("min søn mangler sin udbetaling", { fornavn: "Mette" })).toEqual({
      art: "afvist",
      grund: "anden_person",
    });
  });
});
