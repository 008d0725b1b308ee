import { describe, expect, test } from "vitest";
import { type AuditEntry, entryHash, GENESIS, verifyChain } from "./chain.ts";

const entry = (n: number): AuditEntry => ({
  kommunekode: "0265",
  tidspunkt: new Date(Date.UTC(2026, 10, 23, 9, n)),
  aktoer_id: "a",
  aktoer_navn: "Lone Sørensen",
  aktoer_rolle: "jobkonsulent",
  borger_id: "b",
  handling: "Åbnet stamdata",
  ressource: "borger/stamdata",
  formaal: "Sagsbehandling",
});

function chain(n: number) {
  let prev = GENESIS;
  return Array.from({ length: n }, (_, i) => {
    const e = entry(i);
    const hash = entryHash(prev, e);
    const row = { ...e, id: i + 1, forrige_hash: prev, hash };
    prev = hash;
    return row;
  });
}

describe("the access log's hash chain", () => {
  test("an intact chain verifies", () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, checked: 5 });
  });
  test("a changed purpose breaks the hash of that row", () => {
    const rows = chain(5);
    rows[2]!.formaal = "Nysgerrighed";
    expect(verifyChain(rows)).toEqual({ ok: false, checked: 2, brokenAt: 3, reason: "hash" });
  });
  test("a deleted row breaks the link of the next one", () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toEqual({ ok: false, checked: 1, brokenAt: 3, reason: "link" });
  });
  test("a row rewritten with a recomputed hash still breaks the link after it", () => {
    const rows = chain(4);
    rows[1]!.formaal = "Nysgerrighed";
    rows[1]!.hash = entryHash(rows[1]!.forrige_hash, rows[1]!);
    expect(verifyChain(rows)).toMatchObject({ ok: false, brokenAt: 3, reason: "link" });
  });
});
