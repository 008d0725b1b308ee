/**
 * Benchmark `chatbot-eval`: how well the chatbot answers (docs/chatbot.md). The evaluation set
 * (bench/data/chatbot-eval.json) holds questions written as citizens type them (varied phrasing, typos, inflections,
 * colloquial Danish), each with its expected answer: an article's key, an own-case intent (egen:…), or "afvis" (a
 * question the knowledge base cannot answer, or one about another person). It has a development half (used while
 * tuning the thresholds and the synonym list) and a held-out test half (never tuned on; its totals were seen during
 * tuning). Two fresh sets were written later by someone who saw neither the knowledge base nor the other questions:
 * "ny prøve" (reported once, then tuned on in the second round) and "ny prøve 2" (never tuned on: the honest figure,
 * which the last line leads with). All are reported.
 *
 * The run is the real thing: the demo is seeded on an embedded database (PGlite) as the app seeds it, and every
 * question goes through `besvar` (modules/chatbot/svar.ts) as Mette Nielsen of Roskilde, in a transaction under
 * row-level security, against Roskilde's seeded knowledge base and Mette's own case. Every answer is checked for the
 * names of other citizens and the dates and times of their conversations: the run fails if one appears.
 *
 * Baseline, same run, same questions: retrieval without the Danish stemmer, the synonym list and fuzzy or prefix
 * matching (plain keyword match over the same articles, same thresholds), with the same refusal and intent rules.
 *
 *   npm run bench -- chatbot-eval [--vis udvikling|ny]   (failures of a development part; never of a held-out part)
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { vurder } from "../apps/server/src/modules/chatbot/hensigt.ts";
import { byggIndeks, DAEKNING, find, MIN_SCORE } from "../apps/server/src/modules/chatbot/indeks.ts";
import { artikler } from "../apps/server/src/modules/chatbot/store.ts";
import { besvar, type Svar } from "../apps/server/src/modules/chatbot/svar.ts";
import { UDEN_STAMME_OG_SYNONYMER } from "../apps/server/src/modules/chatbot/tekst.ts";
import { datoTekst, dagFraIso } from "../apps/server/src/modules/regler/kalender.ts";
import { loadConfig } from "../apps/server/src/config.ts";
import { recordAccess } from "../apps/server/src/platform/audit/access.ts";
import { createCprVault } from "../apps/server/src/platform/crypto/cpr-vault.ts";
import { withSystem, withTenant } from "../apps/server/src/platform/db/tenant.ts";
import { danishClock, danishDate } from "../apps/server/src/platform/time.ts";
import { DEMO, DEMO_CITIZENS, seedDemoIfEmpty } from "../apps/server/src/seed/demo.ts";
import { freshDatabase } from "../apps/server/src/testing/databases.ts";

export const name = "chatbot-eval";
export const description =
  "chatbottens svar på 254 borgerspørgsmål (udvikling og holdt ude), mod søgning uden stamme og synonymer (mål: mindst 90 % korrekt)";

const TODAY = "2026-11-23";
const NOW = new Date(`${TODAY}T09:00:00Z`);
const AFVIS = "afvis";

interface Spoergsmaal {
  k: string;
  q: string;
  f: string;
}

/** What an answer counts as, compared with the expected. */
type Udfald = "korrekt" | "korrekt_afvist" | "forkert_besvaret" | "ikke_besvaret";

function udfald(forventet: string, fik: string): Udfald {
  if (forventet === AFVIS) return fik === AFVIS ? "korrekt_afvist" : "forkert_besvaret";
  if (fik === forventet) return "korrekt";
  return fik === AFVIS ? "ikke_besvaret" : "forkert_besvaret";
}

/** An answer as the evaluation names it: the article's key, egen:<intent>, or afvis. */
const navn = (s: Pick<Svar, "art" | "noegle">) =>
  s.art === "artikel" ? s.noegle! : s.art === "egen" ? `egen:${s.noegle}` : AFVIS;

interface Tal {
  besvarlige: number;
  korrekt: number;
  afvises: number;
  korrektAfvist: number;
  forkert: number;
  alle: number;
}
function taeller(udfald: { f: string; u: Udfald }[]): Tal {
  const t: Tal = { besvarlige: 0, korrekt: 0, afvises: 0, korrektAfvist: 0, forkert: 0, alle: udfald.length };
  for (const x of udfald) {
    if (x.f === AFVIS) t.afvises++;
    else t.besvarlige++;
    if (x.u === "korrekt") t.korrekt++;
    if (x.u === "korrekt_afvist") t.korrektAfvist++;
    if (x.u === "forkert_besvaret") t.forkert++;
  }
  return t;
}
const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((100 * a) / b));

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { vis: { type: "string" } } });
  const data = JSON.parse(await readFile(path.join(import.meta.dirname, "data", "chatbot-eval.json"), "utf8")) as {
    udvikling: Spoergsmaal[];
    test: Spoergsmaal[];
  };
  // ny prøve: written after the first tuning round without seeing the knowledge base; used for tuning in the second round
  const ny = JSON.parse(await readFile(path.join(import.meta.dirname, "data", "chatbot-eval-ny.json"), "utf8")) as {
    spoergsmaal: Spoergsmaal[];
  };
  // ny prøve 2: written after the second tuning round, never tuned on; reported as figures only
  const ny2 = JSON.parse(await readFile(path.join(import.meta.dirname, "data", "chatbot-eval-ny2.json"), "utf8")) as {
    spoergsmaal: Spoergsmaal[];
  };
  const t0 = performance.now();
  const database = await freshDatabase("pglite");
  try {
    const config = loadConfig({ LOG_LEVEL: "silent" });
    await seedDemoIfEmpty(database, createCprVault(config.cpr), undefined, TODAY);
    const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
    const actor = {
      userId: mette.id,
      name: "Mette Nielsen",
      role: "borger" as const,
      kommunekode: DEMO.roskilde,
      borgerId: mette.id,
    };

    // Everything about the other citizens an answer to Mette must never contain: names, and the day and time of
    // their conversations (unless Mette has one at the same time).
    const fremmed = await withSystem(database.db, async (tx) => {
      const borgere = await tx.selectFrom("borger").select(["id", "fornavn", "efternavn"]).execute();
      const samtaler = await tx.selectFrom("samtale").select(["borger_id", "tid"]).execute();
      return { borgere, samtaler };
    });
    const tidTekst = (d: Date) => `${datoTekst(dagFraIso(danishDate(d)))} kl. ${danishClock(d)}`;
    const start = (tid: unknown) =>
      new Date(
        String(tid)
          .replace(/^[[(]"?/, "")
          .split(",")[0]!
          .replace(/"/g, ""),
      );
    const egneTider = new Set(
      fremmed.samtaler.filter((s) => s.borger_id === mette.id).map((s) => tidTekst(start(s.tid))),
    );
    const forbudt = [
      ...fremmed.borgere
        .filter((b) => b.id !== mette.id)
        .flatMap((b) => [`${b.fornavn} ${b.efternavn}`, ...(b.efternavn === "Nielsen" ? [] : [b.efternavn])]),
      ...fremmed.samtaler
        .filter((s) => s.borger_id !== mette.id)
        .map((s) => tidTekst(start(s.tid)))
        .filter((x) => !egneTider.has(x)),
    ].filter((x) => x.length > 3);

    // The baseline index: the same seeded articles, no stemmer, no synonyms.
    const seedede = await withTenant(database.db, DEMO.roskilde, (tx) => artikler(tx, true));
    const nøgle = new Map(seedede.map((a) => [a.id, a.noegle]));
    const basis = byggIndeks(seedede, [], UDEN_STAMME_OG_SYNONYMER);
    const basisSvar = (q: string) => {
      const v = vurder(q, { fornavn: "Mette", efternavn: "Nielsen" });
      if (v.art === "afvist") return AFVIS;
      if (v.art === "egen") return `egen:${v.hensigt}`;
      const f = find(basis, q);
      return f ? nøgle.get(f.artikelId)! : AFVIS;
    };

    let medAndresData = 0;
    let egneSvar = 0;
    const resultat: Record<string, { k: string; q: string; f: string; fik: string; u: Udfald; ub: Udfald }[]> = {};
    const tider: number[] = [];
    for (const saet of ["udvikling", "test", "ny", "ny2"] as const) {
      resultat[saet] = [];
      for (const [i, s] of (saet === "ny" ? ny.spoergsmaal : saet === "ny2" ? ny2.spoergsmaal : data[saet]).entries()) {
        const t1 = performance.now();
        const svar = await withTenant(database.db, DEMO.roskilde, async (tx) => {
          const access = await recordAccess(
            tx,
            actor,
            { borgerId: mette.id, handling: "Læst", ressource: "chatbot", formaal: "Egne oplysninger" },
            NOW,
          );
          return besvar(
            tx,
            access,
            {
              tekst: s.q,
              idempotens: `eval-${saet}-${i}`,
              lang: "da",
              fornavn: "Mette",
              efternavn: "Nielsen",
            },
            NOW,
          );
        });
        tider.push(performance.now() - t1);
        if (svar.art === "egen") egneSvar++;
        const laek = forbudt.filter((x) => svar.tekst.includes(x));
        if (laek.length > 0) {
          medAndresData++;
          console.log(`  ANDRES DATA i svaret på »${s.q}«: ${laek.join(", ")}`);
        }
        if (!svar.kilde.link && !svar.kilde.henvisning) console.log(`  UDEN KILDE: »${s.q}«`);
        const fik = navn(svar);
        resultat[saet].push({ ...s, fik, u: udfald(s.f, fik), ub: udfald(s.f, basisSvar(s.q)) });
      }
    }

    for (const saet of ["udvikling", "test"] as const) {
      const r = resultat[saet]!;
      const t = taeller(r.map((x) => ({ f: x.f, u: x.u })));
      const b = taeller(r.map((x) => ({ f: x.f, u: x.ub })));
      console.log(
        `\n${saet === "udvikling" ? "Udviklingsdelen (brugt til justering)" : "Testdelen (holdt ude, ikke justeret på)"}: ${r.length} spørgsmål`,
      );
      console.log(
        `  ${"kategori".padEnd(16)} ${"antal".padStart(5)}  ${"korrekt".padStart(8)}  ${"forkert besvaret".padStart(16)}  ${"uden stamme/syn.".padStart(16)}`,
      );
      for (const k of [...new Set(r.map((x) => x.k))]) {
        const xs = r.filter((x) => x.k === k);
        const ok = xs.filter((x) => x.u === "korrekt" || x.u === "korrekt_afvist").length;
        const okb = xs.filter((x) => x.ub === "korrekt" || x.ub === "korrekt_afvist").length;
        const forkert = xs.filter((x) => x.u === "forkert_besvaret").length;
        console.log(
          `  ${k.padEnd(16)} ${String(xs.length).padStart(5)}  ${`${pct(ok, xs.length)} %`.padStart(8)}  ${String(forkert).padStart(16)}  ${`${pct(okb, xs.length)} %`.padStart(16)}`,
        );
      }
      console.log(
        `  korrekt af de besvarlige: ${pct(t.korrekt, t.besvarlige)} % (${t.korrekt}/${t.besvarlige}); korrekt afvist: ` +
          `${pct(t.korrektAfvist, t.afvises)} % (${t.korrektAfvist}/${t.afvises}); forkert besvaret: ${pct(t.forkert, t.alle)} % ` +
          `(${t.forkert}/${t.alle}); uden stamme og synonymer: ${pct(b.korrekt, b.besvarlige)} % korrekt, ` +
          `${pct(b.korrektAfvist, b.afvises)} % korrekt afvist, ${pct(b.forkert, b.alle)} % forkert`,
      );
      // failures are printed for the development part only: the held-out part is reported as totals, so that it
      // stays held out
      if (values.vis === saet && saet === "udvikling")
        for (const x of r.filter((y) => y.u === "forkert_besvaret" || y.u === "ikke_besvaret"))
          console.log(`    ${x.u}: »${x.q}« forventet ${x.f}, fik ${x.fik}`);
    }

    // ny prøve: the figures (its failures with --vis ny, since the second round tuned on it)
    const nyT = taeller(resultat.ny!.map((x) => ({ f: x.f, u: x.u })));
    const nyB = taeller(resultat.ny!.map((x) => ({ f: x.f, u: x.ub })));
    console.log(
      `\nNy prøve (skrevet efter første justering; brugt til justering i anden runde): ${resultat.ny!.length} spørgsmål`,
    );
    console.log(
      `  korrekt af de besvarlige: ${pct(nyT.korrekt, nyT.besvarlige)} % (${nyT.korrekt}/${nyT.besvarlige}); korrekt afvist: ` +
        `${pct(nyT.korrektAfvist, nyT.afvises)} % (${nyT.korrektAfvist}/${nyT.afvises}); forkert besvaret: ` +
        `${pct(nyT.forkert, nyT.alle)} % (${nyT.forkert}/${nyT.alle}); uden stamme og synonymer: ` +
        `${pct(nyB.korrekt, nyB.besvarlige)} % korrekt, ${pct(nyB.korrektAfvist, nyB.afvises)} % korrekt afvist, ` +
        `${pct(nyB.forkert, nyB.alle)} % forkert`,
    );
    // ny prøve has become a development part: its failures are printed with --vis ny
    if (values.vis === "ny")
      for (const x of resultat.ny!.filter((y) => y.u === "forkert_besvaret" || y.u === "ikke_besvaret"))
        console.log(`    ${x.u}: »${x.q}« forventet ${x.f}, fik ${x.fik}`);

    // ny prøve 2: the figures only, never which questions failed
    const ny2T = taeller(resultat.ny2!.map((x) => ({ f: x.f, u: x.u })));
    const ny2B = taeller(resultat.ny2!.map((x) => ({ f: x.f, u: x.ub })));
    console.log(`\nNy prøve 2 (skrevet efter anden justering, aldrig justeret på): ${resultat.ny2!.length} spørgsmål`);
    console.log(
      `  korrekt af de besvarlige: ${pct(ny2T.korrekt, ny2T.besvarlige)} % (${ny2T.korrekt}/${ny2T.besvarlige}); ` +
        `korrekt afvist: ${pct(ny2T.korrektAfvist, ny2T.afvises)} % (${ny2T.korrektAfvist}/${ny2T.afvises}); ` +
        `forkert besvaret: ${pct(ny2T.forkert, ny2T.alle)} % (${ny2T.forkert}/${ny2T.alle}); uden stamme og synonymer: ` +
        `${pct(ny2B.korrekt, ny2B.besvarlige)} % korrekt, ${pct(ny2B.korrektAfvist, ny2B.afvises)} % korrekt afvist, ` +
        `${pct(ny2B.forkert, ny2B.alle)} % forkert`,
    );

    const udv = taeller(resultat.udvikling!.map((x) => ({ f: x.f, u: x.u })));
    const test = taeller(resultat.test!.map((x) => ({ f: x.f, u: x.u })));
    tider.sort((a, c) => a - c);
    console.log(
      `\n  tærskler: dækning ≥ ${DAEKNING}, score ≥ ${MIN_SCORE}; ${egneSvar} svar fra Mettes egen sag, tjekket for ${forbudt.length} ` +
        `navne og samtaletider hos andre borgere; svartid median ${tider[Math.floor(tider.length / 2)]!.toFixed(1)} ms ` +
        `(opbygning og seed ${((performance.now() - t0) / 1000).toFixed(1)} s i alt)`,
    );
    // an answer with another citizen's data is a defect, not a figure
    if (medAndresData > 0) process.exitCode = 1;
    console.log(
      `chatbot-eval: ${pct(ny2T.korrekt, ny2T.besvarlige)} % korrekt af de besvarlige på en frisk prøve (mål: mindst 90 %; ` +
        `korrekt afvist ${pct(ny2T.korrektAfvist, ny2T.afvises)} %, forkert besvaret ${pct(ny2T.forkert, ny2T.alle)} %, ` +
        `${medAndresData} svar med andres data; udvikling ${pct(udv.korrekt, udv.besvarlige)} %, ` +
        `holdt ude ${pct(test.korrekt, test.besvarlige)} %, ny prøve ${pct(nyT.korrekt, nyT.besvarlige)} %; ` +
        `uden stamme og synonymer: ${pct(ny2B.korrekt, ny2B.besvarlige)} %)`,
    );
  } finally {
    await database.dispose();
  }
}
