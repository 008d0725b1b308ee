import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, test } from "vitest";
import {
  jitsiRumnavn,
  jitsiUdbyder,
  type VideoDeltager,
  type VideoRum,
  type VideoUdbyder,
  verificerJitsiLink,
  videoUdbydere,
} from "./video.ts";

const cfg = {
  domaene: "meet.jobunivers.example",
  appId: "jobunivers",
  hemmelighed: "en-test-hemmelighed-paa-mindst-32-bytes-0123456789",
};
const tid = { start: new Date("2026-12-01T09:00:00Z"), slut: new Date("2026-12-01T09:45:00Z") };
const samtaleId = "6f1c2a9e-3b7d-4c1e-9a55-2d0f8e7b4c11";
const borger: VideoDeltager = { id: "borger-1", navn: "Søren Ærø Ågård", rolle: "borger", email: "soeren@example.dk" };
const medarbejder: VideoDeltager = { id: "medarbejder-7", navn: "Mette Jensen", rolle: "medarbejder" };

const sek = (iso: string) => new Date(iso);

describe("Jitsi rooms", () => {
  test("the room is the same for the same conversation and differs between conversations", async () => {
    const jitsi = jitsiUdbyder(cfg);
    const a = await jitsi.opretRum({ samtaleId, ...tid });
    const b = await jitsi.opretRum({ samtaleId, ...tid });
    const c = await jitsi.opretRum({ samtaleId: "6f1c2a9e-3b7d-4c1e-9a55-2d0f8e7b4c12", ...tid });
    expect(a).toEqual(b);
    expect(c.rumId).not.toBe(a.rumId);
    expect(a.udbyder).toBe("jitsi");
  });

  test("the room name is lower-case, does not contain the id, and depends on the secret", async () => {
    const rum = jitsiRumnavn(samtaleId, cfg.hemmelighed);
    expect(rum).toMatch(/^jobunivers-[0-9a-f]{32}$/);
    expect(rum).not.toContain(samtaleId.slice(0, 8));
    expect(jitsiRumnavn(samtaleId, `${cfg.hemmelighed}x`)).not.toBe(rum);
  });

  test("a configuration with a short secret or a URL as domain is refused", () => {
    expect(() => jitsiUdbyder({ ...cfg, hemmelighed: "for-kort" })).toThrow(/32 bytes/);
    expect(() => jitsiUdbyder({ ...cfg, domaene: "https://meet.example" })).toThrow(/domaene/);
  });
});

describe("Jitsi participant links", () => {
  async function link(deltager: VideoDeltager, c = cfg) {
    const jitsi = jitsiUdbyder(c);
    const rum = await jitsi.opretRum({ samtaleId, ...tid });
    return { rum, ...(await jitsi.deltagerLink(rum, deltager, tid)) };
  }

  test("the URL is https://<domain>/<room>?jwt=<token>, with the token Prosody expects", async () => {
    const { url, rum } = await link(borger);
    const u = new URL(url);
    expect(u.protocol).toBe("https:");
    expect(u.host).toBe(cfg.domaene);
    expect(u.pathname).toBe(`/${rum.rumId}`);
    const token = u.searchParams.get("jwt")!;
    expect(decodeProtectedHeader(token)).toEqual({ alg: "HS256", typ: "JWT" });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ aud: "jitsi", iss: cfg.appId, sub: cfg.domaene, room: rum.rumId });
    expect(claims.context).toEqual({
      user: {
        id: "borger-1",
        name: "Søren Ærø Ågård",
        email: "soeren@example.dk",
        moderator: "false",
        affiliation: "member",
      },
    });
  });

  test("http only when asked for", async () => {
    const { url } = await link(borger, { ...cfg, https: false } as typeof cfg);
    expect(url.startsWith(`http://${cfg.domaene}/`)).toBe(true);
  });

  test("the link is valid from 15 minutes before the start until 30 minutes after the end, and not outside", async () => {
    const { url, gyldigFra, gyldigTil } = await link(borger);
    expect(gyldigFra).toEqual(sek("2026-12-01T08:45:00Z"));
    expect(gyldigTil).toEqual(sek("2026-12-01T10:15:00Z"));

    for (const inde of ["2026-12-01T08:45:00Z", "2026-12-01T09:20:00Z", "2026-12-01T10:14:59Z"]) {
      const v = await verificerJitsiLink(url, cfg, sek(inde));
      expect(v).toMatchObject({ nbf: gyldigFra, exp: gyldigTil, moderator: false });
    }
    for (const ude of ["2026-12-01T08:44:59Z", "2026-11-30T09:00:00Z", "2026-12-01T10:15:00Z", "2026-12-01T12:00:00Z"])
      await expect(verificerJitsiLink(url, cfg, sek(ude)), ude).rejects.toThrow();
  });

  test("a link signed with another secret, or for another app or domain, is refused", async () => {
    const { url } = await link(borger);
    const naar = sek("2026-12-01T09:00:00Z");
    await expect(verificerJitsiLink(url, { ...cfg, hemmelighed: `${cfg.hemmelighed}!` }, naar)).rejects.toThrow(
      /signature/,
    );
    await expect(verificerJitsiLink(url, { ...cfg, appId: "andet" }, naar)).rejects.toThrow(/iss/);
    const andenVaert = url.replace(cfg.domaene, "meet.andet.example");
    await expect(verificerJitsiLink(andenVaert, { ...cfg, domaene: "meet.andet.example" }, naar)).rejects.toThrow(
      /sub/,
    );
  });

  test("a token moved to another room is refused", async () => {
    const { url, rum } = await link(borger);
    const flyttet = url.replace(rum.rumId, jitsiRumnavn("en-anden-samtale", cfg.hemmelighed));
    await expect(verificerJitsiLink(flyttet, cfg, sek("2026-12-01T09:00:00Z"))).rejects.toThrow(/another room/);
  });

  test("each participant's token names them; the caseworker is moderator and the citizen is not", async () => {
    const naar = sek("2026-12-01T09:00:00Z");
    const b = await link(borger);
    const m = await link(medarbejder);
    expect(b.rum).toEqual(m.rum);
    expect(await verificerJitsiLink(b.url, cfg, naar)).toMatchObject({
      rum: b.rum.rumId,
      navn: "Søren Ærø Ågård",
      moderator: false,
    });
    expect(await verificerJitsiLink(m.url, cfg, naar)).toMatchObject({
      rum: m.rum.rumId,
      navn: "Mette Jensen",
      moderator: true,
    });
    const mClaims = decodeJwt(new URL(m.url).searchParams.get("jwt")!);
    // no e-mail given, none in the token
    expect(mClaims.context).toEqual({
      user: { id: "medarbejder-7", name: "Mette Jensen", moderator: "true", affiliation: "owner" },
    });
  });

  test("a meeting that ends before it starts, or a room from another provider, is refused", async () => {
    const jitsi = jitsiUdbyder(cfg);
    const rum = await jitsi.opretRum({ samtaleId, ...tid });
    await expect(jitsi.deltagerLink(rum, borger, { start: tid.slut, slut: tid.start })).rejects.toThrow(/end after/);
    await expect(jitsi.deltagerLink({ ...rum, udbyder: "test" }, borger, tid)).rejects.toThrow(/provider/);
  });
});

describe("the provider registry", () => {
  // A provider that exists only in this test: registering it needs nothing but passing it to the registry.
  const testUdbyder: VideoUdbyder = {
    navn: "test",
    async opretRum({ samtaleId: id }): Promise<VideoRum> {
      return { udbyder: "test", rumId: `rum-${id}` };
    },
    async deltagerLink(rum, deltager, t) {
      return { url: `https://video.test/${rum.rumId}/${deltager.id}`, gyldigFra: t.start, gyldigTil: t.slut };
    },
  };

  test("returns a provider by name, and a second provider can be registered beside it", async () => {
    const jitsi = jitsiUdbyder(cfg);
    const udbydere = videoUdbydere(jitsi, testUdbyder);
    expect(udbydere.hent("jitsi")).toBe(jitsi);
    expect(udbydere.hent("test")).toBe(testUdbyder);
    expect(udbydere.navne()).toEqual(["jitsi", "test"]);
    const rum = await udbydere.hent("test").opretRum({ samtaleId: "x", ...tid });
    expect((await udbydere.hent(rum.udbyder).deltagerLink(rum, borger, tid)).url).toBe(
      "https://video.test/rum-x/borger-1",
    );
  });

  test("an unknown name throws and names the known ones; a name registered twice is refused", () => {
    const udbydere = videoUdbydere(jitsiUdbyder(cfg));
    expect(() => udbydere.hent("zoom")).toThrow(/Unknown video provider "zoom" \(known: jitsi\)/);
    expect(() => videoUdbydere().hent("jitsi")).toThrow(/known: none/);
    expect(() => videoUdbydere(testUdbyder, testUdbyder)).toThrow(/twice/);
  });
});
