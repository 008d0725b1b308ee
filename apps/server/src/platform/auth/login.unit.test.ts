import { describe, expect, test } from "vitest";
import { landingPath } from "./login.ts";

describe("after login a person lands on the page they asked for, if it belongs to their own portal", () => {
  test.each([
    ["borger", "/borger/adgangslog", "/borger/adgangslog"],
    ["borger", "/borger", "/borger"],
    [
      "jobkonsulent",
      "/medarbejder/borger/00000000-0000-4000-8000-000000000301",
      "/medarbejder/borger/00000000-0000-4000-8000-000000000301",
    ],
    ["borger", "/admin", "/borger"],
    ["borger", "/borgerservice", "/borger"],
    ["borger", "//evil.example/borger", "/borger"],
    ["borger", "https://evil.example/borger", "/borger"],
    ["borger", "/borger/../admin", "/borger"],
    ["borger", "/borger\\\\evil", "/borger"],
    ["leder", undefined, "/ledelse"],
  ] as const)("%s asking for %s lands on %s", (role, asked, expected) => {
    expect(landingPath(role, asked)).toBe(expected);
  });
});
