/**
 * Benchmark `rules-throughput`: the rules engine over a national year's population (1.1 million cases, DOMAIN's
 * target-group mix), as the caseload uses it: every case evaluated on one fixed day, with its explanations, and
 * summarised (next open obligation, overdue count).
 *
 *   npm run bench -- rules-throughput [--cases 1100000] [--chunk 10000] [--scale 100000]
 *
 * Histories are generated here, deterministically, in chunks so memory stays bounded; generation time is not
 * counted. The histories follow each group's course: dagpenge (a-kasse conversations, handover, jobcentre
 * conversations, Min plan, offers), kontant- and uddannelseshjælp (request for help, monthly conversations, offers,
 * no-shows, changes between jobparat and aktivitetsparat, exemptions), sygedagpenge (first day of absence with a
 * category, follow-ups, fast-track requests, most recover within weeks), the other groups with sparser contact,
 * and a sprinkling of pauses in benefit, access requests and booked conversations. After the main run, a table
 * shows how throughput scales with the length of a history.
 */
import { parseArgs } from "node:util";
import { MAALGRUPPE_KODER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { evaluer, overblik } from "../apps/server/src/modules/regler/engine.ts";
import { dagFraIso } from "../apps/server/src/modules/regler/kalender.ts";
import type { Haendelse, Kanal, SagsForloeb } from "../apps/server/src/modules/regler/model.ts";
import { GROUP_SHARES, Rng, seededRandom } from "../tools/population/model.ts";
import { fmt, round3, say, secs } from "./support/figures.ts";

export const name = "rules-throughput";
export const description =
  "Regelmotoren over 1,1 mio. sager (landets målgruppemix) på én dag, med forklaringer og sagsstammens overblik";

const EVALUERINGSDAG = dagFraIso("2026-11-23"); // fixed: histories span the change in the law on 1 July 2026
const MAAL = 55_000;
const GRUPPER = MAALGRUPPE_KODER;
const KUMULERET = (() => {
  let s = 0;
  return GRUPPER.map((g) => (s += GROUP_SHARES[g]));
})();

class Tilfaeldig extends Rng {
  /** Exponential with the given mean, truncated at max. */
  eksp(mean: number, max: number) {
    return Math.min(max, Math.floor(-Math.log(1 - this.next()) * mean));
  }
  gruppe(): Maalgruppe {
    const x = this.next();
    for (let i = 0; i < KUMULERET.length; i++) if (x < KUMULERET[i]!) return GRUPPER[i]!;
    return GRUPPER[GRUPPER.length - 1]!;
  }
}

/** Days since the benefit started, by group: [mean, max] of a truncated exponential (as tools/population). */
const VARIGHED: Record<Maalgruppe, [number, number]> = {
  SYGEDAGPENGE: [70, 365],
  DAGPENGE: [150, 730],
  FOERTIDSPENSION: [2500, 14600],
  KONTANTHJAELP_JOBPARAT: [300, 1500],
  KONTANTHJAELP_AKTIVITETSPARAT: [700, 3000],
  UDDANNELSESHJAELP_UDDANNELSESPARAT: [200, 1000],
  UDDANNELSESHJAELP_AKTIVITETSPARAT: [500, 2000],
  FLEKSJOB_LEDIGHEDSYDELSE: [400, 2000],
  RESSOURCEFORLOEB: [600, 1800],
  JOBAFKLARING: [250, 900],
  REVALIDERING: [400, 1500],
};

/** Mean days between conversations once the course is running. */
const SAMTALE_INTERVAL: Record<Maalgruppe, number> = {
  SYGEDAGPENGE: 28,
  DAGPENGE: 40,
  FOERTIDSPENSION: 400,
  KONTANTHJAELP_JOBPARAT: 35,
  KONTANTHJAELP_AKTIVITETSPARAT: 60,
  UDDANNELSESHJAELP_UDDANNELSESPARAT: 35,
  UDDANNELSESHJAELP_AKTIVITETSPARAT: 60,
  FLEKSJOB_LEDIGHEDSYDELSE: 60,
  RESSOURCEFORLOEB: 60,
  JOBAFKLARING: 45,
  REVALIDERING: 60,
};

const KANALER: Kanal[] = ["fremmoede", "fremmoede", "telefon", "video"];

/**
 * One realistic history ending on or before the evaluation day (plus perhaps a booked conversation after it).
 * `maxHaendelser` caps its length; `spaend` (days) overrides the group's duration, to make histories of a given
 * length for the scaling table.
 */
function lavSag(r: Tilfaeldig, gruppe: Maalgruppe, maxHaendelser: number, spaend?: number): SagsForloeb {
  const fastLaengde = spaend !== undefined;
  const hs: Haendelse[] = [];
  const D = EVALUERINGSDAG;
  const [mean, max] = VARIGHED[gruppe];
  const start = D - (spaend ?? r.eksp(mean, max));
  const add = (h: Haendelse) => {
    if (hs.length < maxHaendelser && h.dag <= D) hs.push(h);
  };
  const fuld = () => hs.length >= maxHaendelser;
  let g = gruppe;
  let dag = start;

  // The start of the course.
  if (g === "DAGPENGE") add({ type: "LEDIGHED_START", dag });
  else if (g.startsWith("KONTANTHJAELP") || g.startsWith("UDDANNELSESHJAELP")) add({ type: "HJAELP_ANMODNING", dag });
  else if (g === "SYGEDAGPENGE") add({ type: "FRAVAER_START", dag, kategori: (1 + r.int(3)) as 1 | 2 | 3 });
  add({ type: "YDELSE_START", dag, maalgruppe: g });

  // Dagpenge: three a-kasse conversations, then the handover.
  if (g === "DAGPENGE") {
    for (let i = 0; i < 3; i++)
      add({
        type: "SAMTALE_AFHOLDT",
        dag: start + 10 + 28 * i,
        art: "jobsamtale",
        afholder: "akasse",
        kanal: "fremmoede",
      });
    dag = start + 92;
    add({ type: "OVERDRAGELSE", dag });
  }

  let foerste = true;
  let fritaget = false;
  let paaYdelse = true;
  const interval = SAMTALE_INTERVAL[g];
  while (!fuld()) {
    dag += 1 + r.eksp(interval, interval * 4);
    if (dag > D) break;
    const x = r.next();
    if (!paaYdelse) {
      // Back on benefit after a pause (a short job), the same group.
      add({ type: "YDELSE_START", dag, maalgruppe: g });
      paaYdelse = true;
      continue;
    }
    if (x < 0.62) {
      const kanal: Kanal = foerste ? (r.chance(0.9) ? "fremmoede" : "telefon") : KANALER[r.int(4)]!;
      const art = g === "SYGEDAGPENGE" ? "opfoelgning" : "jobsamtale";
      // Most conversations are booked first; the booking stays in the history with the conversation's day.
      if (r.chance(0.7)) add({ type: "SAMTALE_INDKALDT", dag, art, kanal });
      add({ type: "SAMTALE_AFHOLDT", dag, art, kanal });
      if (foerste && (g === "DAGPENGE" || r.chance(0.5))) add({ type: "PLAN_OFFENTLIGGJORT", dag: dag + r.int(4) });
      foerste = false;
    } else if (x < 0.7) {
      add({ type: "SAMTALE_UDEBLEVET", dag, art: "jobsamtale", kanal: "fremmoede" });
    } else if (x < 0.8) {
      if (g !== "FOERTIDSPENSION" && g !== "SYGEDAGPENGE") {
        add({
          type: "TILBUD_START",
          dag,
          uger: 1 + r.int(12),
          tilbudsart: r.chance(0.3)
            ? "virksomhedspraktik"
            : r.chance(0.3)
              ? "loentilskud"
              : "vejledning_opkvalificering",
        });
        if (r.chance(0.1)) add({ type: "TILBUD_UDEBLEVET", dag: dag + 3 });
      }
    } else if (x < 0.84) {
      if (!fritaget) add({ type: "FRITAGELSE_START", dag });
      else add({ type: "FRITAGELSE_SLUT", dag });
      fritaget = !fritaget;
    } else if (x < 0.88) {
      if (g === "KONTANTHJAELP_JOBPARAT" || g === "KONTANTHJAELP_AKTIVITETSPARAT") {
        g = g === "KONTANTHJAELP_JOBPARAT" ? "KONTANTHJAELP_AKTIVITETSPARAT" : "KONTANTHJAELP_JOBPARAT";
        add({ type: "YDELSE_START", dag, maalgruppe: g });
      } else if (g === "SYGEDAGPENGE") {
        add({ type: "HURTIG_OPFOELGNING_ANMODET", dag });
      } else add({ type: "SAMTALE_ANMODET", dag });
    } else if (x < 0.9) {
      add({ type: "SELVBOOKING_OVERSKREDET", dag });
    } else if (x < 0.92) {
      const akt = r.chance(0.7);
      add({ type: akt ? "AKTINDSIGT_ANMODNING" : "INDSIGT_ANMODNING", dag });
      if (r.chance(0.85)) add({ type: akt ? "AKTINDSIGT_BESVARET" : "INDSIGT_BESVARET", dag: dag + 2 + r.int(12) });
    } else if (x < 0.95) {
      add({ type: "YDELSE_OPHOER", dag });
      paaYdelse = false;
      if (!fastLaengde && (g === "SYGEDAGPENGE" || r.chance(0.5))) break; // recovered or in work for good
    } else if (x < 0.97) {
      add({ type: "SAMTALE_ANMODET", dag });
    } else {
      add({ type: "SAMTALE_AFHOLDT", dag, art: g === "DAGPENGE" ? "faelles" : "anden", kanal: "video" });
    }
  }
  if (paaYdelse && r.chance(0.4)) {
    hs.push({ type: "SAMTALE_INDKALDT", dag: D + 1 + r.int(30), art: "jobsamtale", kanal: KANALER[r.int(4)]! });
  }
  hs.sort((a, b) => a.dag - b.dag);
  return { haendelser: hs };
}

function* chunks(antal: number, stoerrelse: number, seed: string, laengde?: number): Generator<SagsForloeb[]> {
  const r = new Tilfaeldig(seededRandom(seed));
  for (let lavet = 0; lavet < antal; ) {
    const n = Math.min(stoerrelse, antal - lavet);
    const chunk: SagsForloeb[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const g = r.gruppe();
      // For a fixed length: a span long enough for the group's pace to produce that many events.
      chunk[i] =
        laengde === undefined
          ? lavSag(r, g, 200)
          : lavSag(r, g, laengde, Math.min(9000, Math.round(laengde * SAMTALE_INTERVAL[g] * 1.6) + 150));
    }
    lavet += n;
    yield chunk;
  }
}

interface Maaling {
  sager: number;
  sekunder: number;
  haendelser: number;
  forpligtelser: number;
  forfaldne: number;
  tegn: number;
}

/** Evaluates the chunks; only the evaluation and the summary are timed. */
function maal(kilde: Iterable<SagsForloeb[]>): Maaling {
  const m: Maaling = { sager: 0, sekunder: 0, haendelser: 0, forpligtelser: 0, forfaldne: 0, tegn: 0 };
  for (const chunk of kilde) {
    let forpligtelser = 0;
    let forfaldne = 0;
    let tegn = 0;
    const t = performance.now();
    for (let i = 0; i < chunk.length; i++) {
      const ev = evaluer(chunk[i]!, EVALUERINGSDAG);
      const o = overblik(ev);
      forpligtelser += ev.forpligtelser.length;
      forfaldne += o.forfaldne;
      // Reading the shown explanation's last character makes V8 build the whole string, as showing it would.
      if (o.naeste !== null) tegn += o.naeste.forklaring.charCodeAt(o.naeste.forklaring.length - 1) > 0 ? 1 : 0;
    }
    m.sekunder += (performance.now() - t) / 1000;
    m.sager += chunk.length;
    m.forpligtelser += forpligtelser;
    m.forfaldne += forfaldne;
    m.tegn += tegn;
    for (const c of chunk) m.haendelser += c.haendelser.length;
  }
  return m;
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      cases: { type: "string", default: "1100000" },
      chunk: { type: "string", default: "10000" },
      scale: { type: "string", default: "100000" },
    },
  });
  const antal = Number(values.cases);
  const stoerrelse = Number(values.chunk);
  const skala = Number(values.scale);
  for (const [navn, v] of [
    ["--cases", antal],
    ["--chunk", stoerrelse],
    ["--scale", skala],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`${navn} skal være et helt tal ≥ 1`);
  }

  console.log(
    `Node ${process.version}; ${antal.toLocaleString("da-DK")} sager i bidder af ${stoerrelse.toLocaleString("da-DK")}, evalueret den 2026-11-23`,
  );
  // Warm-up, so the first chunk's compilation is not in the figure.
  maal(chunks(20_000, stoerrelse, "opvarmning"));

  const m = maal(chunks(antal, stoerrelse, "rules-throughput"));
  const rate = m.sager / m.sekunder;
  say("sager", `${m.sager.toLocaleString("da-DK")} (${secs(m.haendelser / m.sager)} hændelser pr. sag i snit)`);
  say(
    "forpligtelser",
    `${m.forpligtelser.toLocaleString("da-DK")}, heraf ${m.forfaldne.toLocaleString("da-DK")} forfaldne`,
  );
  say("tid (kun evaluering + overblik)", `${secs(m.sekunder)} s`);
  say("gennemløb", `${fmt(rate)} sager/s (${secs((1e6 * m.sekunder) / m.sager)} µs pr. sag)`);

  console.log(`\n  Skalering med historikkens længde (${skala.toLocaleString("da-DK")} sager pr. række):`);
  console.log(
    `  ${"hændelser/sag".padStart(14)} ${"faktisk snit".padStart(13)} ${"sager/s".padStart(12)} ${"µs/sag".padStart(8)}`,
  );
  for (const L of [5, 10, 20, 40, 80]) {
    const s = maal(chunks(skala, stoerrelse, `skala-${L}`, L));
    console.log(
      `  ${String(L).padStart(14)} ${secs(s.haendelser / s.sager).padStart(13)} ${fmt(s.sager / s.sekunder).padStart(12)} ${secs((1e6 * s.sekunder) / s.sager).padStart(8)}`,
    );
  }
  console.log(
    `rules-throughput: ${round3(rate)} cases/s (goal ≥ ${MAAL} cases/s; ${(m.sager / 1e6).toLocaleString("en", { maximumFractionDigits: 2 })}M cases in ${m.sekunder.toFixed(1)} s)`,
  );
}
