import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/**
 * CPR numbers at rest: AES-256-GCM with a key from configuration (the key id is stored beside the cipher text so keys
 * can be rotated), plus an HMAC-SHA256 keyed hash for look-up. The clear number never leaves this module except to
 * the code path that shows it to an authorised person.
 */
export interface CprVault {
  encrypt(cpr: string): { cipher: string; keyId: string };
  decrypt(cipher: string, keyId: string): string;
  hash(cpr: string): string;
  readonly currentKeyId: string;
}

export function createCprVault(opts: {
  keyId: string;
  key: Buffer;
  oldKeys?: Map<string, Buffer>;
  hashKey: Buffer;
}): CprVault {
  const keys = new Map(opts.oldKeys ?? []);
  keys.set(opts.keyId, opts.key);
  return {
    currentKeyId: opts.keyId,
    encrypt(cpr) {
      const iv = randomBytes(12);
      const c = createCipheriv("aes-256-gcm", opts.key, iv);
      const enc = Buffer.concat([c.update(cpr, "utf8"), c.final()]);
      return { cipher: Buffer.concat([iv, c.getAuthTag(), enc]).toString("base64"), keyId: opts.keyId };
    },
    decrypt(cipher, keyId) {
      const key = keys.get(keyId);
      if (!key) throw new Error(`ukendt CPR-nøgle: ${keyId}`);
      const buf = Buffer.from(cipher, "base64");
      const d = createDecipheriv("aes-256-gcm", key, buf.subarray(0, 12));
      d.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([d.update(buf.subarray(28)), d.final()]).toString("utf8");
    },
    hash(cpr) {
      return createHmac("sha256", opts.hashKey).update(cpr).digest("base64url");
    },
  };
}
