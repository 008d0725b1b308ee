import { createHash } from "node:crypto";

/** The pure part of the audit log: how an entry is hashed and how a chain is verified. */
export const GENESIS = "0".repeat(64);

export interface AuditEntry {
  kommunekode: string;
  tidspunkt: Date;
  aktoer_id: string;
  aktoer_navn: string;
  aktoer_rolle: string;
  borger_id: string;
  handling: string;
  ressource: string;
  formaal: string;
}

export function entryHash(prev: string, e: AuditEntry): string {
  const canonical = JSON.stringify([
    prev,
    e.kommunekode,
    e.tidspunkt.toISOString(),
    e.aktoer_id,
    e.aktoer_navn,
    e.aktoer_rolle,
    e.borger_id,
    e.handling,
    e.ressource,
    e.formaal,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; reason: "hash" | "link" };

/** Walks one municipality's chain in id order; returns the first row whose link or hash does not hold. */
export function verifyChain(
  rows: Iterable<AuditEntry & { id: number; forrige_hash: string; hash: string }>,
): ChainVerdict {
  let prev = GENESIS;
  let checked = 0;
  for (const r of rows) {
    if (r.forrige_hash !== prev) return { ok: false, checked, brokenAt: r.id, reason: "link" };
    if (entryHash(prev, r) !== r.hash) return { ok: false, checked, brokenAt: r.id, reason: "hash" };
    prev = r.hash;
    checked++;
  }
  return { ok: true, checked };
}
