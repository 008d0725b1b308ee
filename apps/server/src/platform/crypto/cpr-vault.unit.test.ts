import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { createCprVault } from "./cpr-vault.ts";

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const hashKey = randomBytes(32);

test("a CPR number is stored encrypted (never in clear, different each time) and decrypts with its key id", () => {
  const v = createCprVault({ keyId: "k1", key: k1, hashKey });
  const a = v.encrypt("1503889901");
  const b = v.encrypt("1503889901");
  expect(a.cipher).not.toContain("1503889901");
  expect(a.cipher).not.toBe(b.cipher);
  expect(v.decrypt(a.cipher, a.keyId)).toBe("1503889901");
});

test("after key rotation, numbers encrypted with the old key are still readable and new ones use the new key", () => {
  const old = createCprVault({ keyId: "k1", key: k1, hashKey });
  const stored = old.encrypt("0207959903");
  const rotated = createCprVault({ keyId: "k2", key: k2, oldKeys: new Map([["k1", k1]]), hashKey });
  expect(rotated.decrypt(stored.cipher, "k1")).toBe("0207959903");
  expect(rotated.encrypt("0207959903").keyId).toBe("k2");
  expect(rotated.hash("0207959903")).toBe(old.hash("0207959903"));
});

test("a tampered cipher text is refused", () => {
  const v = createCprVault({ keyId: "k1", key: k1, hashKey });
  const { cipher } = v.encrypt("1503889901");
  const buf = Buffer.from(cipher, "base64");
  buf[buf.length - 1]! ^= 1;
  expect(() => v.decrypt(buf.toString("base64"), "k1")).toThrow();
});
