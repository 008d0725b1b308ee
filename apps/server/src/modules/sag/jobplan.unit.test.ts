import { describe, expect, test } from "vitest";
import { JOBPLAN_STATUSER, overgangTilladt, STATUS_OVERGANGE } from "./jobplan.ts";

describe("jobplan status transitions", () => {
  test("every status has an entry, and only known statuses follow", () => {
    expect(Object.keys(STATUS_OVERGANGE).sort()).toEqual([...JOBPLAN_STATUSER].sort());
    for (const next of Object.values(STATUS_OVERGANGE)) for (const s of next) expect(JOBPLAN_STATUSER).toContain(s);
  });

  test("completed and cancelled are final", () => {
    for (const fra of ["gennemfoert", "afbrudt"] as const) {
      expect(STATUS_OVERGANGE[fra]).toEqual([]);
      for (const til of JOBPLAN_STATUSER) expect(overgangTilladt(fra, til)).toBe(til === fra);
    }
  });

  test("an open item may start, wait, be completed or be cancelled", () => {
    expect(overgangTilladt("planlagt", "i_gang")).toBe(true);
    expect(overgangTilladt("planlagt", "afbrudt")).toBe(true);
    expect(overgangTilladt("i_gang", "gennemfoert")).toBe(true);
    expect(overgangTilladt("afventer_borger", "i_gang")).toBe(true);
    expect(overgangTilladt("afventer_jobcenter", "afventer_borger")).toBe(true);
  });

  test("a planned item cannot be completed before it has started, and nothing goes back to planned", () => {
    expect(overgangTilladt("planlagt", "gennemfoert")).toBe(false);
    for (const fra of JOBPLAN_STATUSER.filter((s) => s !== "planlagt"))
      expect(overgangTilladt(fra, "planlagt"), fra).toBe(false);
  });

  test("keeping the current status is always allowed", () => {
    for (const s of JOBPLAN_STATUSER) expect(overgangTilladt(s, s)).toBe(true);
  });
});
