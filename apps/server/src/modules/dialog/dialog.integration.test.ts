import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO_DIALOG } from "../../seed/dialog.ts";
import { DEMO, DEMO_CITIZENS } from "../../seed/demo.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { indbakke, nyTraad, opretHenvendelse } from "./store.ts";

const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const R = DEMO_DIALOG[DEMO.roskilde]!;
const K = DEMO_DIALOG[DEMO.koege]!;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1c2b6c80000000049454e44ae426082",
  "hex",
);
const b64 = (b: Buffer | string) => Buffer.from(b).toString("base64");

describe.each(engines())("the dialog on %s", (engine) => {
  let t: TestApp;
  let borger: TestSession;
  let ahmad: TestSession;
  let jk: TestSession;
  let leder: TestSession;
  let sara: TestSession;
  let admin: TestSession;
  const roskilde = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.db, DEMO.roskilde, fn);

  beforeAll(async () => {
    t = await startTestApp(engine);
    [borger, ahmad, jk, leder, sara] = await Promise.all([
      t.login("borger", "borger-mette"),
      t.login("borger", "borger-ahmad"),
      t.login("medarbejder", "jk-lone"),
      t.login("ledelse", "leder-birgitte"),
      t.login("medarbejder", "jk-sara"),
    ]);
    admin = await t.login("medarbejder", "admin-jens");
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  test("a citizen's message with an attachment waits for the jobcentre with the promised day; the caseworker reads and answers; the citizen sees Læst and the answer", async () => {
    const ny = await t.call(borger, "POST", "/api/borger/dialog", {
      emne: "Lægeerklæring",
      tekst: "Her er min lægeerklæring.",
      bilag: [{ filnavn: "erklaering.png", indhold: b64(PNG) }],
      idempotensnoegle: randomUUID(),
    });
    expect(ny.status).toBe(201);
    const traad = body(ny);
    // sent Monday 23 November 2026: 3 working days later is Thursday 26 November
    expect(traad).toMatchObject({ venterPaa: "jobcenter", svarfrist: "2026-11-26", overskredet: false });
    expect(traad.beskeder[0]).toMatchObject({ fra: "borger", laest: null });
    expect(traad.beskeder[0].bilag[0]).toMatchObject({ filnavn: "erklaering.png", mimetype: "image/png" });
    expect(traad.besvares).toMatchObject({ sagsbehandler: "Lone Sørensen", fravaerende: false });

    // the caseworker's inbox lists it, the overdue seeded question of Ahmad first
    const inbox = body(await t.call(jk, "GET", "/api/medarbejder/dialog")) as Record<string, unknown>[];
    expect(inbox[0]).toMatchObject({ id: R.forfaldenTraadId, overskredet: true });
    expect(inbox.map((x) => x.id)).toContain(traad.id);

    // download by both sides, the type from the stored bytes
    const fraBorger = await fetch(`${t.url}/api/borger/dialog/bilag/${traad.beskeder[0].bilag[0].id}`, {
      headers: { cookie: borger.jar.header() },
    });
    expect(fraBorger.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await fraBorger.arrayBuffer()).equals(PNG)).toBe(true);
    const fraJk = await t.call(jk, "GET", `/api/medarbejder/dialog/bilag/${traad.beskeder[0].bilag[0].id}`);
    expect(fraJk.status).toBe(200);

    // the caseworker opens the thread: the citizen's message is read
    expect((await t.call(jk, "POST", `/api/medarbejder/dialog/${traad.id}/laest`)).status).toBe(200);
    const svar = await t.call(jk, "POST", `/api/medarbejder/dialog/${traad.id}/beskeder`, {
      tekst: "Tak, jeg har lagt den på din sag. Kan du også sende side 2?",
      svarOenskes: true,
      idempotensnoegle: randomUUID(),
    });
    expect(svar.status).toBe(201);
    expect(body(svar)).toMatchObject({ venterPaa: "borger", svarfrist: null });

    const set = body(await t.call(borger, "GET", `/api/borger/dialog/${traad.id}`));
    expect(set.beskeder[0].laest).not.toBeNull();
    expect(set.beskeder[0].laestAf).toBeUndefined();
    expect(set.beskeder[1]).toMatchObject({ fra: "jobcenter", afsender: "Lone Sørensen", laest: null });
    expect(set.ulaeste).toBe(1);
    const kort = body(await t.call(borger, "GET", "/api/borger/dialog/status"));
    expect(kort.venterPaaDig).toBeGreaterThanOrEqual(2);
    // the citizen is told in Beskeder
    const beskeder = body(await t.call(borger, "GET", "/api/borger/beskeder")) as { art: string; emne: string }[];
    expect(beskeder.some((b) => b.art === "dialog_svar" && b.emne.includes("Lægeerklæring"))).toBe(true);

    await t.call(borger, "POST", `/api/borger/dialog/${traad.id}/laest`);
    const igen = body(await t.call(jk, "GET", `/api/medarbejder/dialog/${traad.id}`));
    expect(igen.beskeder[1]).toMatchObject({ laestAf: "Mette Nielsen" });
    expect(igen.beskeder[1].laest).not.toBeNull();

    // the citizen answers: waits for the jobcentre again, with a new promised day; then needs no answer
    await t.call(borger, "POST", `/api/borger/dialog/${traad.id}/beskeder`, {
      tekst: "Her er side 2.",
      idempotensnoegle: randomUUID(),
    });
    const lukket = await t.call(jk, "POST", `/api/medarbejder/dialog/${traad.id}/intet-svar`);
    expect(body(lukket)).toMatchObject({ venterPaa: "ingen", svarfrist: null });
  });

  test("only PDF, JPEG and PNG by their first bytes, at most 5 MB; the refusal is a Danish field error", async () => {
    const tekstSomPdf = await t.call(borger, "POST", "/api/borger/dialog", {
      emne: "Bilag",
      tekst: "Se vedhæftede.",
      bilag: [{ filnavn: "kontrakt.pdf", indhold: b64("Dette er ikke en PDF") }],
      idempotensnoegle: randomUUID(),
    });
    expect(tekstSomPdf.status).toBe(400);
    expect(body(tekstSomPdf).errors[0]).toMatchObject({
      path: "body.bilag.0",
      message: "kontrakt.pdf kan ikke modtages. Vedhæft en PDF eller et billede (JPG eller PNG).",
    });
    const stor = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(5 * 1024 * 1024)]);
    const forStor = await t.call(borger, "POST", "/api/borger/dialog", {
      emne: "Bilag",
      tekst: "Se vedhæftede.",
      bilag: [{ filnavn: "stor.pdf", indhold: b64(stor) }],
      idempotensnoegle: randomUUID(),
    });
    expect(forStor.status).toBe(400);
    expect(body(forStor).errors[0].message).toMatch(/højst fylde 5 MB/);
    const jpeg = await t.call(borger, "POST", "/api/borger/dialog", {
      emne: "Billede",
      tekst: "Et foto af mit kørekort.",
      bilag: [{ filnavn: "../../koerekort.jpg", indhold: b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])) }],
      idempotensnoegle: randomUUID(),
    });
    expect(jpeg.status).toBe(201);
    expect(body(jpeg).beskeder[0].bilag[0]).toMatchObject({ filnavn: "koerekort.jpg", mimetype: "image/jpeg" });
  });

  test("a double submit creates one thread and one message, also when the two arrive at once", async () => {
    const noegle = randomUUID();
    const send = () =>
      t.call(borger, "POST", "/api/borger/dialog", {
        emne: "To gange",
        tekst: "Sendt to gange.",
        idempotensnoegle: noegle,
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(body(a).id).toBe(body(b).id);
    const svarNoegle = randomUUID();
    const svar = () =>
      t.call(borger, "POST", `/api/borger/dialog/${body(a).id}/beskeder`, {
        tekst: "Igen",
        idempotensnoegle: svarNoegle,
      });
    await Promise.all([svar(), svar(), svar()]);
    const n = await roskilde((tx) =>
      tx
        .selectFrom("dialog_besked")
        .select(sql<number>`count(*)::int`.as("n"))
        .where("idempotens", "in", [noegle, svarNoegle])
        .executeTakeFirstOrThrow(),
    );
    expect(n.n).toBe(2);
  });

  test("the case's timeline: one event when the citizen starts a thread and one when the jobcentre answers it; none per read, attachment or further message; the rules engine ignores them", async () => {
    const emne = `Tidslinje ${randomUUID().slice(0, 8)}`;
    const haendelser = () =>
      roskilde((tx) =>
        tx
          .selectFrom("sag_haendelse")
          .select(["type", "dato", "beskrivelse", "registreret_af"])
          .where("borger_id", "=", mette.id)
          .where("beskrivelse", "like", `%${emne}%`)
          .orderBy("registreret")
          .execute(),
      );
    const sagFoer = body(await t.call(jk, "GET", `/api/medarbejder/borgere/${mette.id}/sag?formaal=SAGSBEHANDLING`));
    const noegle = randomUUID();
    const send = () =>
      t.call(borger, "POST", "/api/borger/dialog", {
        emne,
        tekst: "Hvornår er min næste samtale?",
        bilag: [
          { filnavn: "a.png", indhold: b64(PNG) },
          { filnavn: "b.png", indhold: b64(PNG) },
        ],
        idempotensnoegle: noegle,
      });
    const [a] = await Promise.all([send(), send()]);
    const id = body(a).id;
    expect(await haendelser()).toEqual([
      {
        type: "DIALOG_HENVENDELSE",
        dato: "2026-11-23",
        beskrivelse: `Borgeren skrev til jobcentret i dialogen: «${emne}». Svarfrist 26. november 2026.`,
        registreret_af: null,
      },
    ]);
    // reads and a second message from the citizen write no event
    await t.call(jk, "POST", `/api/medarbejder/dialog/${id}/laest`);
    await t.call(borger, "POST", `/api/borger/dialog/${id}/beskeder`, {
      tekst: "Og må jeg tage min søster med?",
      idempotensnoegle: randomUUID(),
    });
    expect(await haendelser()).toHaveLength(1);
    // the jobcentre answers (twice at once with one key: one message, one event); a second answer is no new event
    const svarNoegle = randomUUID();
    const svar = () =>
      t.call(jk, "POST", `/api/medarbejder/dialog/${id}/beskeder`, {
        tekst: "Den 2. december. Ja, gerne.",
        idempotensnoegle: svarNoegle,
      });
    await Promise.all([svar(), svar()]);
    await t.call(jk, "POST", `/api/medarbejder/dialog/${id}/beskeder`, {
      tekst: "Husk også din joblog.",
      idempotensnoegle: randomUUID(),
    });
    const efter = await haendelser();
    expect(efter.map((h) => h.type)).toEqual(["DIALOG_HENVENDELSE", "DIALOG_BESVARET"]);
    expect(efter[1]).toMatchObject({
      beskrivelse: `Lone Sørensen besvarede borgerens besked i dialogen: «${emne}».`,
      registreret_af: DEMO_DIALOG[DEMO.roskilde]!.sagsbehandler.id,
    });
    // the caseworker's timeline shows them as events with their text; the deadlines of the law are unchanged
    const sag = body(await t.call(jk, "GET", `/api/medarbejder/borgere/${mette.id}/sag?formaal=SAGSBEHANDLING`));
    const tidslinje = sag.tidslinje.filter((x: { tekst: string }) => x.tekst.includes(emne));
    expect(tidslinje.map((x: { art: string; type: string }) => [x.art, x.type])).toEqual([
      ["haendelse", "DIALOG_HENVENDELSE"],
      ["haendelse", "DIALOG_BESVARET"],
    ]);
    expect(sag.forpligtelser).toEqual(sagFoer.forpligtelser);
    expect(sag.forslag).toEqual(sagFoer.forslag);
  });

  test("opretHenvendelse: the chatbot's forwarded question becomes one thread to the caseworker, also when submitted twice at once", async () => {
    const input = {
      borgerId: mette.id,
      emne: "Spørgsmål fra chatten",
      tekst: "Kan jeg tage på ferie i uge 7?",
      kilde: "chatbot" as const,
      idempotens: `chatbot-${randomUUID()}`,
    };
    const [a, b] = await Promise.all([
      roskilde((tx) => opretHenvendelse(tx, input, t.clock.now())),
      roskilde((tx) => opretHenvendelse(tx, input, t.clock.now())),
    ]);
    expect(a).toEqual(b);
    const traade = await roskilde((tx) =>
      tx.selectFrom("dialog_traad").selectAll().where("idempotens", "=", input.idempotens).execute(),
    );
    expect(traade).toHaveLength(1);
    expect(traade[0]).toMatchObject({ kilde: "chatbot", venter_paa: "jobcenter", svarfrist: "2026-11-26" });
    const notifikationer = await roskilde((tx) =>
      tx.selectFrom("medarbejder_notifikation").selectAll().where("tekst", "like", "%Spørgsmål fra chatten%").execute(),
    );
    expect(notifikationer).toHaveLength(1);
    expect(notifikationer[0]!.medarbejder_id).toBe(R.sagsbehandler.id);
  });

  test("the promised day skips weekends and the Christmas holidays", async () => {
    const frist = (iso: string) =>
      roskilde(async (tx) => {
        const r = await nyTraad(
          tx,
          {
            borgerId: mette.id,
            emne: "Frist",
            tekst: "Hvornår får jeg svar?",
            kilde: "borger",
            afsender: { side: "borger", id: null, navn: "Mette Nielsen" },
            idempotens: randomUUID(),
          },
          new Date(iso),
        );
        return (
          await tx.selectFrom("dialog_traad").select("svarfrist").where("id", "=", r.traadId).executeTakeFirstOrThrow()
        ).svarfrist;
      });
    // Friday 27 November → Monday, Tuesday, Wednesday 2 December
    expect(await frist("2026-11-27T10:00:00Z")).toBe("2026-12-02");
    // Tuesday 22 December → 23rd, (24th, 25th, 26th, 27th closed) 28th, 29th
    expect(await frist("2026-12-22T10:00:00Z")).toBe("2026-12-29");
    // half past midnight on Monday in Copenhagen (still Sunday in UTC): received Monday, so Thursday 3 December
    expect(await frist("2026-11-29T23:30:00Z")).toBe("2026-12-03");
  });

  test("while the caseworker is away, the team answers: the citizen is told, and the message is in a colleague's inbox", async () => {
    const kollega = randomUUID();
    await t.db
      .insertInto("bruger")
      .values({
        id: kollega,
        kommunekode: DEMO.roskilde,
        rolle: "jobkonsulent",
        navn: "Kollega Test",
        team: "Team Jobparate",
        idp_issuer: "test",
        idp_subject: kollega,
      })
      .execute();
    const fravaerId = randomUUID();
    await t.db
      .insertInto("fravaer")
      .values({
        id: fravaerId,
        kommunekode: DEMO.roskilde,
        medarbejder_id: R.sagsbehandler.id,
        periode: sql`tstzrange('2026-11-23T00:00:00Z', '2026-11-28T00:00:00Z')`,
        aarsag: "Ferie",
      } as never)
      .execute();
    try {
      const oversigt = body(await t.call(borger, "GET", "/api/borger/dialog"));
      expect(oversigt.besvares).toMatchObject({ fravaerende: true, team: "Team Jobparate" });
      const ny = body(
        await t.call(borger, "POST", "/api/borger/dialog", {
          emne: "Mens Lone er væk",
          tekst: "Hvem svarer?",
          idempotensnoegle: randomUUID(),
        }),
      );
      const hos = await roskilde((tx) => indbakke(tx, kollega, t.clock.now()));
      expect(hos.find((r) => r.id === ny.id)).toMatchObject({ forKollega: true });
      const note = await roskilde((tx) =>
        tx.selectFrom("medarbejder_notifikation").selectAll().where("medarbejder_id", "=", kollega).execute(),
      );
      expect(note[0]!.tekst).toMatch(/Lone Sørensen er fraværende/);
      // a colleague of another team does not see it
      const peter = await roskilde((tx) =>
        tx.selectFrom("bruger").select("id").where("navn", "like", "Peter%").executeTakeFirstOrThrow(),
      );
      expect(
        (await roskilde((tx) => indbakke(tx, peter.id, t.clock.now()))).find((r) => r.id === ny.id),
      ).toBeUndefined();
    } finally {
      await t.db.deleteFrom("fravaer").where("id", "=", fravaerId).execute();
    }
  });

  test("staff reads are logged; a manager reads but cannot write", async () => {
    const r = await t.call(leder, "GET", `/api/medarbejder/dialog/${R.traadId}?formaal=TILSYN`);
    expect(r.status).toBe(200);
    const log = await roskilde((tx) =>
      tx
        .selectFrom("adgangslog")
        .select(["handling", "formaal", "aktoer_rolle"])
        .where("borger_id", "=", mette.id)
        .where("aktoer_rolle", "=", "leder")
        .execute(),
    );
    expect(log).toContainEqual({ handling: "Læst besked", formaal: "Ledelsestilsyn", aktoer_rolle: "leder" });
    const skriv = await t.call(leder, "POST", `/api/medarbejder/dialog/${R.traadId}/beskeder`, {
      tekst: "Hej",
      idempotensnoegle: randomUUID(),
    });
    expect(skriv.status).toBe(403);
  });

  test("a citizen never sees another citizen's thread or file; another municipality sees none of them", async () => {
    expect((await t.call(ahmad, "GET", `/api/borger/dialog/${R.traadId}`)).status).toBe(404);
    expect((await t.call(ahmad, "GET", `/api/borger/dialog/bilag/${R.bilagId}`)).status).toBe(404);
    const svar = await t.call(ahmad, "POST", `/api/borger/dialog/${R.traadId}/beskeder`, {
      tekst: "Hej",
      idempotensnoegle: randomUUID(),
    });
    expect(svar.status).toBe(404);
    expect(
      body(await t.call(ahmad, "GET", "/api/borger/dialog")).traade.map((x: { id: string }) => x.id),
    ).not.toContain(R.traadId);
    expect((await t.call(sara, "GET", `/api/medarbejder/dialog/${R.traadId}`)).status).toBe(404);
    const sete = await withTenant(t.db, DEMO.koege, (tx) => tx.selectFrom("dialog_traad").select("id").execute());
    expect(sete.map((x) => x.id)).toContain(K.traadId);
    expect(sete.map((x) => x.id)).not.toContain(R.traadId);
    const bilag = await withTenant(t.db, DEMO.koege, (tx) =>
      tx.selectFrom("dialog_bilag").select("id").where("id", "=", R.bilagId).execute(),
    );
    expect(bilag).toHaveLength(0);
  });

  test("the caseworker can start a thread that asks the citizen for an answer; the citizen is told in Beskeder", async () => {
    const r = await t.call(jk, "POST", `/api/medarbejder/borgere/${mette.id}/dialog?formaal=SAGSBEHANDLING`, {
      emne: "Dokumentation for ansøgninger",
      tekst: "Send mig gerne kopi af dine to seneste ansøgninger.",
      svarOenskes: true,
      idempotensnoegle: randomUUID(),
    });
    expect(r.status).toBe(201);
    expect(body(r)).toMatchObject({ kilde: "medarbejder", venterPaa: "borger", svarfrist: null });
    const liste = body(await t.call(borger, "GET", "/api/borger/dialog"));
    expect(liste.traade.find((x: { id: string }) => x.id === body(r).id)).toMatchObject({
      venterPaa: "borger",
      ulaeste: 1,
    });
    const beskeder = body(await t.call(borger, "GET", "/api/borger/beskeder")) as { art: string; emne: string }[];
    expect(beskeder.some((b) => b.art === "dialog_svar" && b.emne.includes("Dokumentation for ansøgninger"))).toBe(
      true,
    );
  });

  test("the municipality's answer time is its own setting: with 5 working days, Monday's message is due the next Monday", async () => {
    expect(body(await t.call(admin, "GET", "/api/admin/dialog/indstilling")).svarfristArbejdsdage).toBe(3);
    expect((await t.call(admin, "PUT", "/api/admin/dialog/indstilling", { svarfristArbejdsdage: 31 })).status).toBe(
      400,
    );
    await t.call(admin, "PUT", "/api/admin/dialog/indstilling", { svarfristArbejdsdage: 5 });
    try {
      const ny = body(
        await t.call(borger, "POST", "/api/borger/dialog", {
          emne: "Svartid",
          tekst: "Hvornår?",
          idempotensnoegle: randomUUID(),
        }),
      );
      expect(ny.svarfrist).toBe("2026-11-30");
      // Køge keeps its own (the default)
      const koege = await withTenant(t.db, DEMO.koege, (tx) =>
        tx.selectFrom("dialog_indstilling").selectAll().execute(),
      );
      expect(koege).toHaveLength(0);
    } finally {
      await t.call(admin, "PUT", "/api/admin/dialog/indstilling", { svarfristArbejdsdage: 3 });
    }
  });
});
