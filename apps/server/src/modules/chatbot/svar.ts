/**
 * Answering one question of the signed-in citizen (docs/chatbot.md): refuse (a CPR number, or another person's case),
 * answer from the citizen's own case (own-case intents, read with the citizen's own id only), answer from the
 * municipality's knowledge base (retrieval), or say it does not know, save the question masked and offer to forward
 * it to the caseworker. Every answer cites the page or rule it comes from.
 */
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { danishClock, danishDate } from "../../platform/time.ts";
import { tilmeldingerFor } from "../marked/store.ts";
import { evaluer } from "../regler/engine.ts";
import { dagFraIso, datoTekst } from "../regler/kalender.ts";
import type { Haendelse } from "../regler/model.ts";
import { HAENDELSE_KOLONNER, somHaendelse } from "../sag/store.ts";
import { samtaleBehov } from "../samtale/model.ts";
import { samtalerFor } from "../samtale/store.ts";
import { type Hensigt, vurder } from "./hensigt.ts";
import { find } from "./indeks.ts";
import { gemUbesvaret, indeksFor } from "./store.ts";

export type SvarArt = "artikel" | "egen" | "afvist" | "ukendt";

export interface Kilde {
  /** what is cited, in words */
  titel: string;
  /** a page of the app */
  link: string | null;
  /** a legal reference */
  henvisning: string | null;
}

export interface Svar {
  art: SvarArt;
  tekst: string;
  kilde: Kilde;
  /** the article's key (art "artikel") or the intent (art "egen") or the reason (art "afvist") */
  noegle: string | null;
  /** art "ukendt": the saved question, which the citizen may forward to the caseworker */
  spoergsmaalId: string | null;
}

const KANAL_TEKST: Record<string, string> = {
  fremmoede: "med fremmøde",
  telefon: "over telefonen",
  video: "som videomøde",
};

/** The own-case intents, answered from the citizen's data only: `access` is the citizen's grant to their own case. */
export async function egetSvar(
  tx: Tx,
  access: CitizenAccess,
  h: Hensigt,
  now: Date,
): Promise<Omit<Svar, "spoergsmaalId">> {
  const borgerId = access.borgerId;
  if (h === "naeste_samtale") {
    const naeste = (await samtalerFor(tx, borgerId))
      .filter((s) => s.status === "booket" && new Date(s.start).getTime() >= now.getTime())
      .sort((a, b) => new Date(a.start).getTime() - new Date(b.start).getTime())[0];
    const kilde = { titel: "Dine samtaler", link: "/borger/samtaler", henvisning: null };
    if (!naeste)
      return {
        art: "egen",
        noegle: h,
        kilde,
        tekst: "Du har ingen booket samtale lige nu. Under Samtaler kan du se, om du skal have en, og booke en tid.",
      };
    const start = new Date(naeste.start);
    const sted = naeste.kanal === "fremmoede" && naeste.lokale_navn ? ` i ${naeste.lokale_navn}` : "";
    return {
      art: "egen",
      noegle: h,
      kilde,
      tekst:
        `Din næste samtale er ${datoTekst(dagFraIso(danishDate(start)))} kl. ${danishClock(start)}: ` +
        `${naeste.moedetype_navn} ${KANAL_TEKST[naeste.kanal] ?? ""} med ${naeste.medarbejder_navn}${sted}. ` +
        "Under Samtaler kan du se detaljerne og flytte den, hvis du ikke kan komme.",
    };
  }
  if (h === "forfaldne") {
    const rows = await tx
      .selectFrom("sag_haendelse")
      .select(["id", ...HAENDELSE_KOLONNER])
      .where("borger_id", "=", borgerId)
      .orderBy("dato")
      .orderBy("registreret")
      .execute();
    const haendelser: Haendelse[] = rows.map(somHaendelse);
    const idag = dagFraIso(danishDate(now));
    const behov = samtaleBehov(evaluer({ haendelser }, idag).forpligtelser, idag);
    const over = behov.filter((b) => b.overskredet && b.indkaldtDag === undefined);
    const henvisning = (b: (typeof behov)[number]) => `${b.henvisning.lov} ${b.henvisning.paragraf}`;
    if (over.length === 0) {
      const naeste = behov[0];
      return {
        art: "egen",
        noegle: h,
        kilde: naeste
          ? { titel: naeste.titel, link: "/borger/samtaler", henvisning: henvisning(naeste) }
          : { titel: "Min side", link: "/borger", henvisning: null },
        tekst:
          "Du har ingen overskredne frister lige nu." +
          (naeste
            ? ` Din næste frist er ${datoTekst(naeste.frist)}: ${naeste.kravTekst}${naeste.indkaldtDag !== undefined ? ` (du har allerede en samtale ${datoTekst(naeste.indkaldtDag)})` : ""}.`
            : ""),
      };
    }
    const linjer = over.map((b) => `${b.titel}: fristen var ${datoTekst(b.frist)} (${henvisning(b)})`);
    return {
      art: "egen",
      noegle: h,
      kilde: { titel: over[0]!.titel, link: "/borger/samtaler", henvisning: henvisning(over[0]!) },
      tekst: `Du har ${over.length === 1 ? "én overskredet frist" : `${over.length} overskredne frister`}: ${linjer.join("; ")}. Book en samtale under Samtaler så snart som muligt, eller skriv til din sagsbehandler.`,
    };
  }
  const aktive = (await tilmeldingerFor(tx, borgerId)).filter((t) => t.status === "tilmeldt" || t.status === "startet");
  const kilde = { titel: "Mine forløb", link: "/borger/forloeb", henvisning: null };
  if (aktive.length === 0)
    return {
      art: "egen",
      noegle: h,
      kilde,
      tekst:
        "Du er ikke tilmeldt nogen forløb eller kurser lige nu. På markedspladsen kan du finde kurser, du kan tilmelde dig.",
    };
  const linjer = aktive.map(
    (t) =>
      `${t.titel}${t.formelt_tilbud ? " (tilbud fra jobcentret)" : ""}${t.status === "startet" ? ", i gang" : t.start ? `, starter ${datoTekst(dagFraIso(String(t.start).slice(0, 10)))}` : ""}`,
  );
  return {
    art: "egen",
    noegle: h,
    kilde,
    tekst: `Du er tilmeldt ${aktive.length === 1 ? "ét forløb" : `${aktive.length} forløb`}: ${linjer.join("; ")}.`,
  };
}

const AFVIST: Record<"cpr" | "anden_person", Omit<Svar, "spoergsmaalId">> = {
  cpr: {
    art: "afvist",
    noegle: "cpr",
    tekst:
      "Jeg slår aldrig op på CPR-numre, og jeg gemmer dem ikke. Du er logget ind, så jeg ved allerede, hvem du er: " +
      "spørg om din egen sag uden CPR-nummer, fx »hvornår er min næste samtale?«.",
    kilde: { titel: "Adgangslog: hvem har set dine oplysninger", link: "/borger/adgangslog", henvisning: null },
  },
  anden_person: {
    art: "afvist",
    noegle: "anden_person",
    tekst:
      "Jeg kan kun svare på spørgsmål om din egen sag, ikke om andre personer – heller ikke familie. " +
      "Den anden person kan selv logge ind på Min side, eller give dig adgang som bisidder.",
    kilde: { titel: "Bisidder", link: "/borger/bisidder", henvisning: "Forvaltningsloven § 8" },
  },
};

export interface Spoergsmaal {
  tekst: string;
  idempotens: string;
  lang: "da" | "en";
  fornavn?: string;
  efternavn?: string;
}

/** Answers a question of the citizen whose grant `access` is; saves it (masked) when there is no answer. */
export async function besvar(tx: Tx, access: CitizenAccess, q: Spoergsmaal, now: Date): Promise<Svar> {
  const v = vurder(q.tekst, { fornavn: q.fornavn, efternavn: q.efternavn });
  if (v.art === "afvist") return { ...AFVIST[v.grund], spoergsmaalId: null };
  if (v.art === "egen") return { ...(await egetSvar(tx, access, v.hensigt, now)), spoergsmaalId: null };
  const { indeks, artikler } = await indeksFor(tx);
  const fund = v.art === "soeg" ? find(indeks, q.tekst) : null;
  const a = fund ? artikler.get(fund.artikelId) : undefined;
  if (a) {
    return {
      art: "artikel",
      noegle: a.noegle,
      tekst: q.lang === "en" && a.svar_en ? a.svar_en : a.svar,
      kilde: { titel: a.titel, link: a.link, henvisning: a.henvisning },
      spoergsmaalId: null,
    };
  }
  const id = await gemUbesvaret(tx, access.borgerId, q.tekst, q.idempotens, now);
  return {
    art: "ukendt",
    noegle: null,
    tekst:
      "Det ved jeg desværre ikke. Jeg har gemt spørgsmålet, så jobcentret kan gøre mig klogere. " +
      "Vil du sende det til din sagsbehandler som en besked?",
    kilde: { titel: "Dialog med jobcentret", link: "/borger/dialog", henvisning: null },
    spoergsmaalId: id,
  };
}
