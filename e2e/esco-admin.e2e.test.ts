import { describe, expect, test } from "vitest";
import { escoIds as ids } from "#contracts/testids-esco.ts";
import { h1, loginAs, settled, tekst, tjekOgsaaPaaTelefon, useJourney } from "./support.ts";

/** A demo skill (modules/esco/demo-kilde.ts): the bricklayer's "lay bricks". */
const MURE = "http://data.europa.eu/esco/skill/13e1c0a2-b90d-46f4-be51-11730360b38d";

/**
 * The administrator's ESCO page: the demo taxonomy as the source with its size, the import command, and the skill
 * picker tried out: search, add, remove, all by keyboard-reachable buttons and announced. Axe on every state, and at
 * phone width (390 px).
 */
describe("administratoren ser ESCO-taksonomien og prøver færdighedsvælgeren", () => {
  const journey = useJourney();

  test("Jens ser demo-taksonomien, kommandoen til den fulde import, og vælger og fjerner en færdighed", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "admin-jens");
    await page.goto("/admin/esco");
    await settled(page);
    await h1(page, "ESCO-taksonomien");
    expect(await tekst(page, ids.admin.kilde)).toMatch(/Demo-taksonomien: et udvalg på 43 erhverv/);
    expect(await tekst(page, ids.admin.antal)).toMatch(/^Erhverv\s*43\s*Udgåede erhverv\s*0/);
    expect(await tekst(page, ids.admin.kommando)).toContain("npm run esco:import");
    await tjekOgsaaPaaTelefon(page, "esco: administratorens side");

    const proev = page.getByTestId(ids.admin.proev);
    await proev.getByTestId(ids.vaelger.ingenValgte).waitFor();
    await proev.getByTestId(ids.vaelger.soeg).fill("mur");
    await proev.getByTestId(ids.vaelger.resultater).waitFor();
    await tjekOgsaaPaaTelefon(page, "esco: færdighedssøgning med resultater");
    await proev.getByTestId(ids.vaelger.tilfoejResultat(MURE)).click();
    await proev.getByTestId(ids.vaelger.fjern(MURE)).waitFor();
    expect(await tekst(page, ids.vaelger.status)).toBe("mure med mursten er tilføjet.");
    // a chosen skill is no longer offered
    expect(await proev.getByTestId(ids.vaelger.tilfoejResultat(MURE)).count()).toBe(0);
    await tjekOgsaaPaaTelefon(page, "esco: en færdighed valgt");

    await proev.getByTestId(ids.vaelger.fjern(MURE)).click();
    await proev.getByTestId(ids.vaelger.ingenValgte).waitFor();
    expect(await tekst(page, ids.vaelger.status)).toBe("mure med mursten er fjernet.");
    await proev.getByTestId(ids.vaelger.tilfoejResultat(MURE)).waitFor();

    await proev.getByTestId(ids.vaelger.soeg).fill("xyzæøå");
    await page.getByText("Ingen færdigheder passer til “xyzæøå”").waitFor();
    await tjekOgsaaPaaTelefon(page, "esco: ingen resultater");
  });
});
