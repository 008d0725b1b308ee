import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

/**
 * Once per run of the browser journeys: a directory for the database templates (e2e/support.ts). The first server
 * of a kind migrates and seeds the demo and leaves a dump of its database there; every later server starts from a
 * copy of that dump. Removed when the run ends.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "jobunivers-e2e-"));
  project.provide("databaseTemplateDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplateDir: string;
  }
}
