import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { indsigtIds as ids } from "#contracts/testids-indsigt.ts";
import {
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  h1,
  loginAs,
  openCase,
  settled,
  testIds,
  useJourney,
  demoId,
} from "./support.ts";

/** The demo's fixed ids (seed/ids.ts demoId): Mette, her first journal note and the notes of seed/indsigt.ts. */
const METTE = demoId(301);
const FOERSTE_SAMTALE = `notat-${demoId(801)}`;
const INTERN_VURDERING = `notat-${demoId(6001)}`;
const ANDEN_PERSON = `notat-${demoId(6002)}`;
/** Lone's answer in Mette's dialog thread "Ferie i februar" (seed/dialog.ts), with an attached PDF. */
const FERIE_SVAR = `dialogbesked-${demoId(7022)}`;

const tekst = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).textContent()) ?? "").replace(/\s/g, " ");

/**
 * Full access and aktindsigt in the browser: the caseworker withholds a note by a decision with a reason and a legal
 * basis; Mette opens Min sag, sees her notes, a letter and the withheld items with their reasons, reads a note,
 * downloads everything as one PDF; she requests aktindsigt (summary with the deadline, receipt); Lone sees the task
 * with its deadline and answers it; Mette sees the answer. Axe on every state, and at phone width (390 px).
 */
describe("borgerens indsigt i egen sag og aktindsigt", () => {
  const journey = useJourney();

  test("Lone undtager et notat, Mette ser sin sag, henter den som PDF og anmoder om aktindsigt, som Lone besvarer", async () => {
    // --- The caseworker withholds a note from the citizen's access, with a reason and a legal basis.
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await openCase(lone, METTE, "selvbetjening");
    const sektion = lone.getByTestId(ids.sektion.section);
    await sektion.getByTestId(ids.sektion.punkter).waitFor();
    await expectNoSeriousA11yViolations(lone, "fanen Selvbetjening med aktindsigt");
    await lone.getByTestId(ids.sektion.undtag(INTERN_VURDERING)).click();
    // nothing chosen: the error summary names both fields
    await lone.getByTestId(ids.sektion.undtagSend).click();
    await lone.getByTestId(testIds.problem.summary).waitFor();
    await expectNoSeriousA11yViolations(lone, "undtagelse med fejl");
    await lone.getByTestId(ids.sektion.undtagBegrundelse).fill("Notatet er min interne forberedelse til teammødet.");
    await lone.getByTestId(ids.sektion.undtagHjemmel).selectOption("FVL-12-INTERN");
    await lone.getByTestId(ids.sektion.undtagSend).click();
    await lone.getByTestId(ids.sektion.kvittering).waitFor();
    await expect
      .poll(() => tekst(lone, ids.sektion.beslutninger))
      .toContain("Notatet er min interne forberedelse til teammødet.");
    expect(await lone.getByTestId(ids.sektion.undtag(INTERN_VURDERING)).count()).toBe(0);
    await expectNoSeriousA11yViolations(lone, "undtagelse registreret");

    // --- Mette: the card on Min side, then Min sag.
    const mette = await journey.newPage();
    await loginAs(mette, "borger", "borger-mette");
    const kort = mette.getByTestId(ids.kort.card);
    await kort.getByTestId(ids.kort.antal).waitFor();
    expect(await tekst(mette, ids.kort.antal)).toMatch(/undtaget/);
    await expectNoSeriousA11yViolations(mette, "Min side med kortet Min sag og aktindsigt");
    await kort.getByTestId(ids.kort.minSagLink).click();
    await mette.waitForURL((u) => u.pathname === "/borger/sag");
    await settled(mette);
    await h1(mette, "Min sag");
    await mette.getByTestId(ids.minSag.punkt(FOERSTE_SAMTALE)).waitFor();
    // the note Lone withheld, and the seeded one, are listed as withheld with reason and basis
    expect(await tekst(mette, ids.minSag.undtaget(INTERN_VURDERING))).toContain(
      "Notatet er min interne forberedelse til teammødet.",
    );
    expect(await tekst(mette, ids.minSag.undtaget(INTERN_VURDERING))).toContain("Forvaltningsloven § 12, stk. 1");
    expect(await tekst(mette, ids.minSag.undtaget(ANDEN_PERSON))).toContain("Forvaltningsloven § 15 b");
    expect(await mette.getByTestId(ids.minSag.aabn(INTERN_VURDERING)).count()).toBe(0);
    await expectNoSeriousA11yViolations(mette, "Min sag");

    // letters only
    await mette.getByTestId(ids.minSag.filter).selectOption("brev");
    await expect.poll(() => mette.getByTestId(ids.minSag.punkt(FOERSTE_SAMTALE)).count()).toBe(0);
    const breve = mette.getByTestId(ids.minSag.liste).locator("li[data-testid^='my-case-item-']");
    expect(await breve.count()).toBeGreaterThan(0);
    expect(await breve.first().textContent()).toContain("Brev");
    await expectNoSeriousA11yViolations(mette, "Min sag, kun breve");
    await mette.getByTestId(ids.minSag.filter).selectOption("");
    await mette.getByTestId(ids.minSag.punkt(FOERSTE_SAMTALE)).waitFor();

    // everything as one PDF
    const [hentning] = await Promise.all([
      mette.waitForEvent("download"),
      mette.getByTestId(ids.minSag.allePdf).click(),
    ]);
    const fil = await readFile((await hentning.path())!);
    expect(fil.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(hentning.suggestedFilename()).toMatch(/^min-sag-.*\.pdf$/);

    // read a note in the browser
    await mette.getByTestId(ids.minSag.aabn(FOERSTE_SAMTALE)).click();
    await mette.waitForURL((u) => u.pathname.startsWith("/borger/sag/notat/"));
    await settled(mette);
    await h1(mette, "Første jobsamtale");
    expect(await tekst(mette, ids.punkt.tekst)).toContain("projektleder");
    await expectNoSeriousA11yViolations(mette, "et notat i Min sag");

    // the dialog's messages are part of the case: subject, sender, time, attachments; readable and linked to the thread
    await mette.goto("/borger/sag");
    await settled(mette);
    await mette.getByTestId(ids.minSag.filter).selectOption("dialog");
    await mette.getByTestId(ids.minSag.punkt(FERIE_SVAR)).waitFor();
    await expect.poll(() => mette.getByTestId(ids.minSag.punkt(FOERSTE_SAMTALE)).count()).toBe(0);
    const svar = await tekst(mette, ids.minSag.punkt(FERIE_SVAR));
    expect(svar).toContain("Besked i dialogen");
    expect(svar).toContain("Ferie i februar");
    expect(svar).toContain("Fra jobcentret (Lone Sørensen)");
    expect(svar).toContain("Vejledning om ferie.pdf");
    expect(await tekst(mette, ids.minSag.liste)).toContain("Fra dig (Mette Nielsen)");
    await expectNoSeriousA11yViolations(mette, "Min sag, kun beskeder i dialogen");
    await mette.getByTestId(ids.minSag.aabn(FERIE_SVAR)).click();
    await mette.waitForURL((u) => u.pathname.startsWith("/borger/sag/dialogbesked/"));
    await settled(mette);
    await h1(mette, "Ferie i februar");
    expect(await tekst(mette, ids.punkt.tekst)).toContain("ferieaftale");
    await expectNoSeriousA11yViolations(mette, "en besked fra dialogen i Min sag");

    // --- Aktindsigt: what, how; the summary shows the deadline; the receipt after.
    await mette.goto("/borger/aktindsigt");
    await settled(mette);
    await h1(mette, "Aktindsigt");
    await expectNoSeriousA11yViolations(mette, "aktindsigt");
    await mette.getByTestId(ids.aktindsigt.videre).click();
    await mette.getByTestId(testIds.problem.summary).waitFor();
    await expectNoSeriousA11yViolations(mette, "aktindsigt med fejl");
    const oenske = "Alle notater om min jobsøgning, også dem der er undtaget.";
    await mette.getByTestId(ids.aktindsigt.oenske).fill(oenske);
    await mette.getByTestId(ids.aktindsigt.formPost).check();
    await mette.getByTestId(ids.aktindsigt.videre).click();
    await mette.getByTestId(ids.aktindsigt.opsummering).waitFor();
    await mette.getByTestId(ids.aktindsigt.opsummeringFrist).waitFor();
    const fristTekst = await tekst(mette, ids.aktindsigt.opsummeringFrist);
    expect(fristTekst).toMatch(/Jobcentret skal svare senest \d+\. \p{L}+ \d{4}/u);
    expect(fristTekst).toContain("Offentlighedsloven § 36");
    await expectNoSeriousA11yViolations(mette, "aktindsigt, opsummering");
    // a double click sends one request
    await mette.getByTestId(ids.aktindsigt.send).dblclick();
    await mette.getByTestId(ids.aktindsigt.kvittering).waitFor();
    expect(await tekst(mette, ids.aktindsigt.kvittering)).toContain("Jobcenter Roskilde");
    await expectNoSeriousA11yViolations(mette, "aktindsigt, kvittering");
    const mine = mette.getByTestId(ids.aktindsigt.liste).locator(":scope > li").filter({ hasText: oenske });
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.textContent()).toMatch(/Under behandling/);
    expect(await mine.textContent()).toMatch(/Svarfrist/);

    // at phone width
    await mette.setViewportSize({ width: 390, height: 844 });
    await expectNoSeriousA11yViolations(mette, "aktindsigt på en telefon");
    await expectNoHorizontalScroll(mette, "aktindsigt på en telefon");
    await mette.goto("/borger/sag");
    await settled(mette);
    await mette.getByTestId(ids.minSag.punkt(FOERSTE_SAMTALE)).waitFor();
    await expectNoSeriousA11yViolations(mette, "Min sag på en telefon");
    await expectNoHorizontalScroll(mette, "Min sag på en telefon");

    // --- Lone sees the task with its deadline and answers it.
    await lone.reload();
    await settled(lone);
    const opgave = lone.getByTestId(ids.sektion.anmodninger).locator(":scope > li").filter({ hasText: oenske });
    await opgave.waitFor();
    expect(await opgave.textContent()).toMatch(/Offentlighedsloven § 36/);
    const anmodningId = ((await opgave.getAttribute("data-testid")) ?? "").replace("caseworker-access-request-", "");
    await expectNoSeriousA11yViolations(lone, "aktindsigt som opgave");
    // the access can be the whole case or a selection of its items
    await lone.getByTestId(ids.sektion.omfangUdvalg(anmodningId)).check();
    await lone.getByTestId(ids.sektion.vaelg(anmodningId, FOERSTE_SAMTALE)).waitFor();
    await expectNoSeriousA11yViolations(lone, "aktindsigt med udvalgte punkter");
    await lone.locator(`#scope-all-${anmodningId}`).check();
    await lone
      .getByTestId(ids.sektion.svarTekst(anmodningId))
      .fill("Du får aktindsigt i hele din sag. Et internt notat er undtaget efter forvaltningslovens § 12.");
    await lone.getByTestId(ids.sektion.svarSend(anmodningId)).click();
    await lone.getByTestId(ids.sektion.kvittering).waitFor();
    await expect.poll(() => tekst(lone, ids.sektion.status(anmodningId))).toBe("Besvaret");
    await expectNoSeriousA11yViolations(lone, "aktindsigt besvaret");

    // --- Mette sees the answer: partial, because a note is withheld.
    await mette.goto("/borger/aktindsigt");
    await settled(mette);
    await mette.getByTestId(ids.aktindsigt.svar(anmodningId)).waitFor();
    expect(await tekst(mette, ids.aktindsigt.status(anmodningId))).toBe("Besvaret");
    expect(await tekst(mette, ids.aktindsigt.svar(anmodningId))).toContain("Du har fået delvis aktindsigt");
    await expectNoSeriousA11yViolations(mette, "aktindsigt med svar på en telefon");
  });
});
