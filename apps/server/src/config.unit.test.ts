import { describe, expect, test } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("configuration is validated once at start", () => {
  test("defaults give the embedded database with the demo seeded", () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ kind: "pglite", dataDir: "var/pglite" });
    expect(c.demoSeed).toBe(true);
    expect(c.oidc).toBeUndefined();
  });
  test("DATABASE_URL selects the PostgreSQL server and turns the demo seed off unless asked", () => {
    const c = loadConfig({ DATABASE_URL: "postgres://u@db:5432/ju" });
    expect(c.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/ju" });
    expect(c.demoSeed).toBe(false);
  });
  test("every wrong value is named with what was expected", () => {
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", CPR_ENCRYPTION_KEY: "kort" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as ConfigError).message;
      expect(msg).toMatch(/PORT/);
      expect(msg).toMatch(/DATABASE_URL: skal være en postgres:\/\/-adresse/);
      expect(msg).toMatch(/CPR_ENCRYPTION_KEY: skal være 32 byte/);
    }
    expect(() => loadConfig({ OIDC_ISSUER: "https://login.example" })).toThrow(
      /OIDC_CLIENT_ID: skal sættes når OIDC_ISSUER er sat/,
    );
  });
  test("production refuses to start without its own keys and public address", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/CPR_ENCRYPTION_KEY: skal sættes i produktion/);
  });
});
