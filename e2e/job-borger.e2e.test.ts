import { describe, expect, test, vi } from "vitest";
import { jobIds as ids } from "#contracts/testids-job.ts";
import { demoId, h1, loginAs, settled, tekst, tjekOgsaaPaaTelefon, useJourney } from "./support.ts";

/** The demo's fixed ids: orders (seed/jobordre.ts) and contact requests (seed/job.ts). */
const KONTOR = demoId(13010); // Trekroner Kontorservice's office order, matches Mette's CV
const SCANNING = demoId(13011); // the small job with scanning and filing on the opgavebørs
const METTE_AFVENTER = demoId(14001); // Trekroner Kontorservice asks Mette for contact
const METTE_FRA_KOEGE = demoId(14502); // a Køge order asks Mette for contact across the municipal border

/**
 * "Job til dig" in the browser: Mette sees her matched jobs with why they match and what she lacks, opens the
 * opgavebørs, finds the small scanning job and applies for it (a receipt; the application is in her job log), and
 * accepts an employer's pending contact request after reading what the employer will see, and declines another with a
 * reason for the jobcentre. Her jobkonsulent then reads the answers about "the citizen", with the reason. Axe at every
 * state, and the pages at phone width (390 px).
 */
// the server seeds the whole demo population first; on a busy machine that can take longer than the default
vi.setConfig({ hookTimeout: 480_000, testTimeout: 300_000 });

describe("borgeren finder job, søger en opgave og svarer på en anmodning om kontakt", () => {
  const journey = useJourney();

  test("Mette ser matchede job, søger et småjob på opgavebørsen og siger ja til en virksomhed", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-mette");

    // Job til dig: the request waiting for her, and the matched jobs with score and explanation
    await page.goto("/borger/job");
    await settled(page);
    await h1(page, "Job til dig");
    await page.getByTestId(ids.borger.matches).waitFor();
    const kontor = ids.borger.match(KONTOR);
    await page.getByTestId(kontor).waitFor();
    expect(await tekst(page, ids.borger.matchScore(KONTOR))).toMatch(/^Match: \d+ af 100$/);
    expect(await tekst(page, kontor)).toContain("Hvorfor:");
    expect(await tekst(page, kontor)).toContain("Trekroner Kontorservice ApS");
    const anmodning = ids.borger.anmodning(METTE_AFVENTER);
    await page.getByTestId(anmodning).waitFor();
    expect(await tekst(page, anmodning)).toContain("En virksomhed vil gerne i kontakt med dig");
    expect(await tekst(page, anmodning)).toContain("får virksomheden dit navn, dit telefonnummer og din e-mail");
    await tjekOgsaaPaaTelefon(page, "Job til dig");

    // The opgavebørs: search for the scanning job
    await page.getByTestId(ids.borger.opgaveboersLink).click();
    await page.waitForURL((u) => u.pathname === "/borger/opgaveboers");
    await settled(page);
    await h1(page, "Opgavebørsen");
    await page.getByTestId(ids.opgaveboers.antal).waitFor();
    await tjekOgsaaPaaTelefon(page, "opgavebørsen");
    await page.getByTestId(ids.opgaveboers.q).fill("scanning");
    await page.getByTestId(ids.opgaveboers.art).selectOption("smaajob");
    await page.getByTestId(ids.opgaveboers.postnr).fill("4000");
    await page.getByTestId(ids.opgaveboers.soeg).click();
    await expect.poll(() => tekst(page, ids.opgaveboers.antal)).toBe("1 opgave");
    await page.getByTestId(ids.opgaveboers.hit(SCANNING)).waitFor();
    await tjekOgsaaPaaTelefon(page, "opgavebørsen: søgeresultat");

    // The order and the application: explanation, message, one application however often she clicks, the receipt
    await page.getByTestId(ids.opgaveboers.hitLink(SCANNING)).click();
    await page.waitForURL((u) => u.pathname === `/borger/job/${SCANNING}`);
    await settled(page);
    await h1(page, "Småjob: scanning og arkivering 10 timer om ugen");
    expect(await tekst(page, ids.ordre.fakta)).toContain("Småjob");
    await tjekOgsaaPaaTelefon(page, "jobbet på opgavebørsen");
    await page.getByTestId(ids.ansoeg.knap).click();
    await page.getByTestId(ids.ansoeg.besked).fill("Jeg kan starte med det samme.");
    await tjekOgsaaPaaTelefon(page, "søg jobbet: besked");
    await page.getByTestId(ids.ansoeg.send).dblclick();
    await page.getByTestId(ids.ansoeg.kvittering).waitFor();
    const kvittering = await tekst(page, ids.ansoeg.kvittering);
    expect(kvittering).toContain("Trekroner Kontorservice ApS");
    expect(kvittering).toMatch(/Kvitteringsnummer: JOB-[0-9A-F]{8}/);
    expect(kvittering).toContain("joblog");
    await tjekOgsaaPaaTelefon(page, "søg jobbet: kvittering");

    // It is in her job log, once
    const log = await page.evaluate(
      async () =>
        (await (await fetch("/api/borger/joblog")).json()) as {
          ansoegninger: { stilling: string; arbejdsgiver: string }[];
        },
    );
    expect(
      log.ansoegninger.filter((a) => a.stilling === "Småjob: scanning og arkivering 10 timer om ugen"),
    ).toHaveLength(1);

    // Back on "Job til dig": she accepts the employer's request
    await page.goto("/borger/job");
    await settled(page);
    await page.getByTestId(ids.borger.accepter(METTE_AFVENTER)).click();
    await expect.poll(() => tekst(page, ids.borger.anmodningStatus(METTE_AFVENTER))).toBe("Accepteret");
    expect(await tekst(page, anmodning)).toContain("Virksomheden har fået dit navn");
    await tjekOgsaaPaaTelefon(page, "Job til dig: anmodning accepteret");

    // She declines the request from Køge with a reason that only the jobcentre sees
    await page.getByTestId(ids.borger.afvis(METTE_FRA_KOEGE)).click();
    await page.getByTestId(ids.borger.afvisBegrundelse(METTE_FRA_KOEGE)).fill("Der er for langt til Køge for mig.");
    await tjekOgsaaPaaTelefon(page, "Job til dig: nej tak med begrundelse");
    await page.getByTestId(ids.borger.afvisSend(METTE_FRA_KOEGE)).click();
    await expect.poll(() => tekst(page, ids.borger.anmodningStatus(METTE_FRA_KOEGE))).toBe("Afvist");
    expect(await tekst(page, ids.borger.afslagBegrundelse(METTE_FRA_KOEGE))).toContain(
      "Der er for langt til Køge for mig.",
    );
    await tjekOgsaaPaaTelefon(page, "Job til dig: anmodning afvist");
  });

  test("Lone reads Mette's answers on her Job og formidling page, about the citizen and with the reason", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "jk-lone");
    await page.goto(`/medarbejder/borger/${demoId(301)}/job`);
    await settled(page);
    await h1(page, "Job og formidling: Mette Nielsen");
    await page.getByTestId(ids.medarbejder.kontakter).waitFor();
    const ja = await tekst(page, ids.borger.anmodning(METTE_AFVENTER));
    expect(ja).toContain("En virksomhed vil gerne i kontakt med borgeren");
    expect(ja).toContain("Borgeren har sagt ja");
    expect(ja).not.toContain("dit navn");
    const nej = await tekst(page, ids.borger.anmodning(METTE_FRA_KOEGE));
    expect(nej).toContain("Borgeren har sagt nej tak");
    expect(await tekst(page, ids.borger.afslagBegrundelse(METTE_FRA_KOEGE))).toContain(
      "Borgerens begrundelse (ses ikke af virksomheden):",
    );
    // staff read the requests; only the citizen answers them
    expect(await page.getByTestId(ids.borger.accepter(METTE_AFVENTER)).count()).toBe(0);
    await tjekOgsaaPaaTelefon(page, "Job og formidling: borgerens svar");
  });
});
