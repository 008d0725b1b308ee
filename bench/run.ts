/**
 * The benchmark runner.
 *
 *   npm run bench                     lists the benchmarks
 *   npm run bench -- <name> [args…]   runs one
 *
 * A benchmark is a file bench/<name>.bench.ts that exports `name`, `description` and `run(args)` (or a default export
 * with the same three). It prints its figures and ends with one summary line that starts with its name.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface Bench {
  name: string;
  description: string;
  run(args: string[]): Promise<void>;
}

const dir = import.meta.dirname;

async function load(file: string): Promise<Bench> {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Partial<Bench> & { default?: Bench };
  const bench = mod.default ?? mod;
  if (typeof bench.name !== "string" || typeof bench.description !== "string" || typeof bench.run !== "function") {
    throw new Error(`${file} eksporterer ikke { name, description, run }`);
  }
  return bench as Bench;
}

const files = (await readdir(dir)).filter((f) => f.endsWith(".bench.ts")).sort();
const [wanted, ...args] = process.argv.slice(2);

if (!wanted || wanted === "--help" || wanted === "-h") {
  console.log("Benchmarks (npm run bench -- <navn> [argumenter]):");
  for (const f of files) {
    const b = await load(f);
    console.log(`  ${b.name.padEnd(16)} ${b.description}`);
  }
  if (files.length === 0) console.log("  (ingen)");
} else {
  const file = files.find((f) => f === `${wanted}.bench.ts`);
  if (!file) {
    console.error(
      `ukendt benchmark "${wanted}"; kendte: ${files.map((f) => f.replace(/\.bench\.ts$/, "")).join(", ")}`,
    );
    process.exitCode = 2;
  } else {
    await (await load(file)).run(args);
  }
}
