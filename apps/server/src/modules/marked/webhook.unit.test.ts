import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { hashNoegle, noegleMatcher, nyNoegle, praefiksAf } from "./api-noegler.ts";
import { kanoniskJson } from "./api.ts";
import {
  BACKOFF_MINUTTER,
  gyldigWebhookUrl,
  leveringKrop,
  leveringStatus,
  MAKS_FORSOEG,
  naesteForsoeg,
  nyHemmelighed,
  signatur,
  signaturHeader,
  verificerSignatur,
} from "./webhook.ts";

const NU = new Date("2026-11-23T09:00:00Z");
const T = Math.floor(NU.getTime() / 1000);

describe("the webhook signature", () => {
  const hemmelighed = "whsec_test";
  const body = '{"id":"1","haendelse":"ping"}';

  test("is the hex HMAC-SHA256 of '<t>.<body>' with the secret, as any HMAC library computes it", () => {
    const forventet = createHmac("sha256", hemmelighed).update(`${T}.${body}`).digest("hex");
    expect(signatur(hemmelighed, T, body)).toBe(forventet);
    expect(signaturHeader(hemmelighed, NU, body)).toBe(`t=${T},v1=${forventet}`);
  });

  test("verifies the header it made, and nothing changed", () => {
    const h = signaturHeader(hemmelighed, NU, body);
    expect(verificerSignatur(hemmelighed, h, body, { now: NU })).toBe(true);
    expect(verificerSignatur(hemmelighed, h, `${body} `, { now: NU })).toBe(false);
    expect(verificerSignatur("whsec_andet", h, body, { now: NU })).toBe(false);
    expect(verificerSignatur(hemmelighed, h.replace(/t=\d+/, `t=${T + 1}`), body, { now: NU })).toBe(false);
    expect(verificerSignatur(hemmelighed, undefined, body, { now: NU })).toBe(false);
    expect(verificerSignatur(hemmelighed, "v1=abc", body, { now: NU })).toBe(false);
    expect(verificerSignatur(hemmelighed, `t=${T},v1=zz`, body, { now: NU })).toBe(false);
  });

  test("refuses an old delivery (replay) outside the tolerance, and accepts any of several v1 values", () => {
    const h = signaturHeader(hemmelighed, NU, body);
    const senere = new Date(NU.getTime() + 301_000);
    expect(verificerSignatur(hemmelighed, h, body, { now: senere })).toBe(false);
    expect(verificerSignatur(hemmelighed, h, body, { now: senere, toleranceSekunder: 600 })).toBe(true);
    const to = `t=${T},v1=${"0".repeat(64)},v1=${signatur(hemmelighed, T, body)}`;
    expect(verificerSignatur(hemmelighed, to, body, { now: NU })).toBe(true);
  });

  test("a new secret is 32 random bytes after whsec_", () => {
    const a = nyHemmelighed();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(nyHemmelighed()).not.toBe(a);
  });
});

describe("the retry schedule", () => {
  test("waits 1 and 5 minutes, half an hour, 2, 12 and 24 hours, then gives up", () => {
    const vent = (n: number) => {
      const d = naesteForsoeg(n, NU);
      return d ? (d.getTime() - NU.getTime()) / 60_000 : null;
    };
    expect([1, 2, 3, 4, 5, 6].map(vent)).toEqual([1, 5, 30, 120, 720, 1440]);
    expect(vent(7)).toBeNull();
    expect(MAKS_FORSOEG).toBe(BACKOFF_MINUTTER.length + 1);
    expect(vent(0)).toBe(0);
  });

  test("never waits less after more failures", () => {
    for (let n = 1; n < MAKS_FORSOEG - 1; n++)
      expect(naesteForsoeg(n + 1, NU)!.getTime()).toBeGreaterThan(naesteForsoeg(n, NU)!.getTime());
  });

  test("a delivery's state in the log", () => {
    expect(leveringStatus({ leveret: null, opgivet: null, forsoeg: 0 })).toBe("afventer");
    expect(leveringStatus({ leveret: null, opgivet: null, forsoeg: 2 })).toBe("fejlet");
    expect(leveringStatus({ leveret: NU, opgivet: null, forsoeg: 2 })).toBe("leveret");
    expect(leveringStatus({ leveret: null, opgivet: NU, forsoeg: 7 })).toBe("opgivet");
  });
});

describe("the webhook address and body", () => {
  test("https anywhere; plain http only to this machine; no credentials", () => {
    expect(gyldigWebhookUrl("https://kursus.example/hooks/jobunivers")).toBe(true);
    expect(gyldigWebhookUrl("http://127.0.0.1:8080/hook")).toBe(true);
    expect(gyldigWebhookUrl("http://localhost/hook")).toBe(true);
    expect(gyldigWebhookUrl("http://kursus.example/hook")).toBe(false);
    expect(gyldigWebhookUrl("https://bruger:kode@kursus.example/hook")).toBe(false);
    expect(gyldigWebhookUrl("ftp://kursus.example/")).toBe(false);
    expect(gyldigWebhookUrl("ikke en adresse")).toBe(false);
  });

  test("the body carries the delivery id, the event, when it happened and the data", () => {
    const krop = leveringKrop({
      id: "L1",
      haendelse: "tilmelding.oprettet",
      oprettet: NU,
      data: { tilmeldingId: "T1", haendelse: "tilmelding.oprettet", tidspunkt: "2026-11-23T08:59:00.000Z" },
    });
    expect(JSON.parse(krop)).toEqual({
      id: "L1",
      haendelse: "tilmelding.oprettet",
      tidspunkt: "2026-11-23T08:59:00.000Z",
      data: { tilmeldingId: "T1" },
    });
  });
});

describe("API keys and idempotency", () => {
  test("a key is jbu_, an 8-character prefix and 32 random bytes; only its hash is kept and it is matched in constant time", () => {
    const k = nyNoegle();
    expect(k.noegle).toMatch(/^jbu_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(praefiksAf(k.noegle)).toBe(k.praefiks);
    expect(k.hash).toBe(hashNoegle(k.noegle));
    expect(noegleMatcher(k.noegle, k.hash)).toBe(true);
    expect(noegleMatcher(`${k.noegle.slice(0, -1)}x`, k.hash)).toBe(false);
    expect(praefiksAf("jbu_kort_abc")).toBeNull();
    expect(praefiksAf(`Bearer ${k.noegle}`)).toBeNull();
  });

  test("the same request in another key order hashes the same", () => {
    expect(kanoniskJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      kanoniskJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(kanoniskJson({ a: 1 })).not.toBe(kanoniskJson({ a: "1" }));
    expect(kanoniskJson({ a: undefined, b: 2 })).toBe(kanoniskJson({ b: 2 }));
  });
});
