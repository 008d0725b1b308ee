import { describe, expect, test } from "vitest";
import { homePath, roleLabel } from "#contracts/roles.ts";
import {
  DEMO_SUBJECTS,
  type DemoSubject,
  expectNoSeriousA11yViolations,
  loginAs,
  portalOfSubject,
  settled,
  testIds,
  useJourney,
} from "./support.ts";

/** Every role logs in through the demo identity provider and reaches its own portal; and logs out again. */
describe("login for hver rolle", () => {
  const journey = useJourney();

  const oneOfEachRole: { subject: DemoSubject; name: string; home: string; testId: string }[] = [
    { subject: "borger-mette", name: "Mette Nielsen", home: "/borger", testId: testIds.borger.home },
    { subject: "jk-lone", name: "Lone Sørensen", home: "/medarbejder", testId: testIds.medarbejder.home },
    { subject: "vk-kim", name: "Kim Andersen", home: "/medarbejder", testId: testIds.medarbejder.home },
    { subject: "leder-birgitte", name: "Birgitte Kjær", home: "/ledelse", testId: testIds.ledelse.home },
    { subject: "virk-anders", name: "Anders Møller", home: "/virksomhed", testId: testIds.virksomhed.home },
    { subject: "lev-hanne", name: "Hanne Berg", home: "/leverandoer", testId: testIds.leverandoer.home },
    { subject: "admin-jens", name: "Jens Madsen", home: "/admin", testId: testIds.admin.home },
  ];

  test("the journeys cover all seven roles", () => {
    expect(new Set(oneOfEachRole.map((r) => DEMO_SUBJECTS[r.subject])).size).toBe(7);
  });

  test.each(oneOfEachRole)(
    "$subject logs in through the $home portal and sees their name, role and jobcentre in the header",
    async ({ subject, name, home, testId }) => {
      const page = await journey.newPage();
      await loginAs(page, portalOfSubject(subject), subject);
      expect(new URL(page.url()).pathname).toBe(home);
      expect(homePath[DEMO_SUBJECTS[subject]]).toBe(home);
      await page.getByTestId(testId).waitFor();
      expect(await page.getByTestId(testIds.layout.userName).textContent()).toBe(name);
      expect(await page.getByTestId(testIds.layout.userRole).textContent()).toBe(roleLabel[DEMO_SUBJECTS[subject]].da);
      expect(await page.getByTestId(testIds.layout.authority).textContent()).toBe("Jobcenter Roskilde");
      expect(await page.getByTestId(testIds.problem.summary).count()).toBe(0);
      await expectNoSeriousA11yViolations(page, `${home} (${subject})`);
    },
  );

  test("a citizen who opens the access log before logging in comes back to it after login", async () => {
    const page = await journey.newPage();
    await page.goto("/borger/adgangslog");
    await page.waitForURL(/\/idp\/interaction\//);
    await page.getByTestId("demo-user-borger-mette").click();
    await page.waitForURL((u) => u.pathname === "/borger/adgangslog");
    await settled(page);
    expect(await page.locator("h1").textContent()).toBe("Hvem har set mine oplysninger");
  });

  test("a user of another role who opens a portal page is told they have no access, with the way home", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "jk-lone");
    for (const path of ["/borger", "/admin", "/ledelse", "/virksomhed", "/leverandoer"]) {
      await page.goto(path);
      await settled(page);
      await page.getByTestId(testIds.problem.noAccess).waitFor();
      expect(await page.locator("h1").textContent()).toBe("Du har ikke adgang");
    }
    await expectNoSeriousA11yViolations(page, "ingen adgang");
    await page.getByRole("link", { name: "Gå til din forside" }).click();
    await page.waitForURL((u) => u.pathname === "/medarbejder");
  });

  test("a staff user who picks the citizens' entrance is sent back with an explanation", async () => {
    const page = await journey.newPage();
    await page.goto("/auth/login?portal=borger");
    await page.waitForURL(/\/idp\/interaction\//);
    // The demo page can list every demo user; a caseworker is not a citizen.
    await page.goto(`${page.url()}?alle=1`);
    await page.getByTestId("demo-user-jk-lone").click();
    await page.waitForURL((u) => u.pathname === "/" && u.searchParams.get("fejl") === "LOGIN_WRONG_PORTAL");
    await settled(page);
    expect(await page.getByTestId(testIds.problem.summary).textContent()).toContain(
      "Din bruger hører ikke til denne indgang",
    );
  });

  test("logging out ends the session: back on the front page, and the portal asks for login again", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-mette");
    await page.getByTestId(testIds.layout.logout).click();
    await page.waitForURL((u) => u.pathname === "/" && u.searchParams.get("logget-ud") === "1");
    await settled(page);
    await page.getByTestId(testIds.landing.loggedOutNotice).waitFor();
    expect(await page.getByTestId(testIds.layout.userName).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, "forsiden efter log ud");

    const api = await page.request.get("/api/session");
    expect(api.status()).toBe(401);

    await page.goto("/borger");
    await page.waitForURL(/\/idp\/interaction\//);
    await page.getByTestId("demo-user-borger-mette").waitFor();
  });
});
