/**
 * The rules engine's vocabulary: what happens in a case (events), what the law requires because of it
 * (obligations) and what the system may propose when a requirement is breached (proposals).
 *
 * Everything here is plain data. Rules themselves are data too (regelsaet/*.json, one file per law or amendment),
 * validated by the schema in regelsaet.ts when loaded; the engine (engine.ts) is a pure function over these types.
 * Calendar days are whole numbers (days since 1970-01-01) so that 1.1 million cases evaluate in seconds; use
 * `dagFraIso` / `isoFraDag` at the edges.
 */
import type { Maalgruppe } from "#contracts/maalgrupper.ts";

/** A calendar day: days since 1970-01-01 (the Danish calendar date, no time of day). */
export type Dag = number;

export type Kanal = "fremmoede" | "telefon" | "video";

/** The kinds of event the law attaches consequences to. */
export const HAENDELSE_TYPER = [
  /** first day of unemployment (dagpenge) */
  "LEDIGHED_START",
  /** start of a benefit, or a change of benefit or target group; carries the new target group */
  "YDELSE_START",
  /** the benefit ends (job, self-support, other) */
  "YDELSE_OPHOER",
  /** the citizen's first request for help (kontanthjælp / uddannelseshjælp) */
  "HJAELP_ANMODNING",
  /** the a-kasse hands a dagpenge case over to the jobcentre (after 3 months) */
  "OVERDRAGELSE",
  /** first day of absence through sickness (sygedagpenge); may carry `kategori` 1–3 */
  "FRAVAER_START",
  /** the citizen asks for fast-track (sygedagpenge) */
  "HURTIG_OPFOELGNING_ANMODET",
  /** a conversation is booked for a later day (dag = the day of the conversation) */
  "SAMTALE_INDKALDT",
  /** a conversation was held; carries `kanal` and `art` */
  "SAMTALE_AFHOLDT",
  /** the citizen did not turn up for a conversation */
  "SAMTALE_UDEBLEVET",
  /** the citizen asks for a conversation */
  "SAMTALE_ANMODET",
  /** the citizen missed the deadline for booking their own conversation */
  "SELVBOOKING_OVERSKREDET",
  /** an exemption from the effort starts / ends */
  "FRITAGELSE_START",
  "FRITAGELSE_SLUT",
  /** an offer (tilbud) starts; carries `uger` (its length in weeks) */
  "TILBUD_START",
  /** the citizen did not turn up for an offer */
  "TILBUD_UDEBLEVET",
  /** an offer was completed (reported by its provider); no rule reads it yet */
  "TILBUD_AFSLUTTET",
  /** the jobplan is published to the citizen (Min plan) */
  "PLAN_OFFENTLIGGJORT",
  /** a request for access to records (aktindsigt) or a GDPR access request */
  "AKTINDSIGT_ANMODNING",
  "INDSIGT_ANMODNING",
  /** a request (or written response) answered, e.g. aktindsigt */
  "AKTINDSIGT_BESVARET",
  "INDSIGT_BESVARET",
  /** a booked conversation was cancelled or moved: its SAMTALE_INDKALDT becomes this (no rule reads it) */
  "SAMTALE_AFLYST",
] as const;
export type HaendelseType = (typeof HAENDELSE_TYPER)[number];

export type SamtaleArt = "jobsamtale" | "opfoelgning" | "faelles" | "anden";

/** Who holds a conversation. Unset means the jobcentre (the a-kasse's own conversations should say "akasse"). */
export type Afholder = "jobcenter" | "akasse";

/** The kind of offer (tilbud); løntilskud has its own deadline rule (LAB § 102, stk. 3). */
export type TilbudsArt = "virksomhedspraktik" | "loentilskud" | "vejledning_opkvalificering" | "nytteindsats" | "anden";

export interface Haendelse {
  type: HaendelseType;
  dag: Dag;
  /** YDELSE_START: the target group from this day */
  maalgruppe?: Maalgruppe;
  /** SAMTALE_*: how the conversation was or is to be held */
  kanal?: Kanal;
  /** SAMTALE_*: which kind of conversation */
  art?: SamtaleArt;
  /** TILBUD_START: length in weeks */
  uger?: number;
  /** FRAVAER_START: sygedagpenge category (1, 2 or 3) */
  kategori?: 1 | 2 | 3;
  /** SAMTALE_*: who holds the conversation (unset: the jobcentre) */
  afholder?: Afholder;
  /** TILBUD_START: the kind of offer */
  tilbudsart?: TilbudsArt;
  /** AKTINDSIGT_BESVARET / INDSIGT_BESVARET: only a provisional answer (the reason for the delay and the expected date,
   * or notice that the GDPR deadline is extended), not the answer itself */
  foreloebigt?: boolean;
  /** the event's id where it has one (for explanations and links in the case) */
  id?: string;
}

/** What the engine needs of a case: its events, sorted by day (ties in recorded order). */
export interface SagsForloeb {
  haendelser: readonly Haendelse[];
}

export type Sikkerhed = "høj" | "middel" | "lav";

export interface Henvisning {
  /** e.g. "LAB", "Lov om aktiv socialpolitik", "Sygedagpengeloven", "Lov nr. 1750 af 29.12.2025" */
  lov: string;
  /** e.g. "§ 31, stk. 3" */
  paragraf: string;
  /** link to retsinformation.dk where known */
  url?: string;
  /** where a rule cites several sources with different confidence: this source's confidence */
  sikkerhed?: Sikkerhed;
}

export type ForpligtelseStatus =
  /** met in time */
  | "opfyldt"
  /** met, but after the due date */
  | "opfyldt_for_sent"
  /** not yet met, due date not passed */
  | "kommende"
  /** not met and the due date has passed */
  | "forfalden"
  /** no longer applies: superseded by a restart (change of benefit), an end of benefit or an exemption */
  | "bortfaldet";

/** One obligation the law puts on the case, as of the evaluation day. */
export interface Forpligtelse {
  regelId: string;
  titel: string;
  henvisning: Henvisning;
  sikkerhed: Sikkerhed;
  /** the event that started the clock */
  trigger: { type: HaendelseType; dag: Dag };
  /** the last day on which the obligation can be met in time */
  frist: Dag;
  status: ForpligtelseStatus;
  /** for count obligations: required and achieved so far within the window */
  antal?: { krav: number; opnaaet: number };
  /** the day the obligation was met, if it was */
  opfyldtDag?: Dag;
  /** channel the law requires, if any (e.g. the first jobsamtale in person) */
  kanal?: Kanal;
  /** plain Danish: why the rule applies, what it requires, and the state now */
  forklaring: string;
  /** when the rule has several requirements (e.g. SDP-8W): which one ("foerste", "antal", "hurtig", …) */
  del?: string;
  /** the day the obligation arose, when later than the trigger (e.g. KF-DP-16M arises after months on benefit) */
  udloestDag?: Dag;
  /** status "bortfaldet": the day it ceased to apply */
  bortfaldetDag?: Dag;
  /** the earliest conversation already booked (SAMTALE_INDKALDT) on or after the evaluation day, if it may meet it */
  indkaldtDag?: Dag;
  /** further sources of the same rule (e.g. AKT: offentlighedsloven and forvaltningsloven) */
  yderligereHenvisninger?: Henvisning[];
  /** set when someone other than the jobcentre must act (KF-DP-AK: the a-kasse); shown for information */
  ansvarlig?: Afholder;
}

/** A step that must be taken, and recorded, before an adverse decision (HEAR and the proposing rule). */
export interface ForslagSkridt {
  /** stable id a decision records as done, e.g. "partshoering" */
  id: string;
  /** the rule the step comes from, e.g. "HEAR" */
  regelId: string;
  tekst: string;
  henvisning: Henvisning;
}

/** A proposal (never a decision): an action the rule set suggests, for a person to decide. */
export interface Forslag {
  regelId: string;
  titel: string;
  henvisning: Henvisning;
  sikkerhed: Sikkerhed;
  trigger: { type: HaendelseType; dag: Dag };
  /** the day by which the proposal must be acted upon, if the law sets one (e.g. deduction within 3 months) */
  frist?: Dag;
  /** plain Danish: what is proposed, why, and the steps that must not be skipped (hearing, reasons) */
  forklaring: string;
  /** adverse to the citizen (a sanction): a decision needs every step in `skridt` first */
  ugunstig?: boolean;
  /** the steps that must not be skipped before a decision, in order */
  skridt?: ForslagSkridt[];
  /** "udloebet" when the day to act (frist) has passed: the proposal can no longer be acted upon */
  status?: "aktuel" | "udloebet";
  /** when the proposal comes from a breached obligation: that obligation's requirement part */
  del?: string;
  /** when the proposal comes from a breached obligation that arose after its trigger: the day it arose */
  udloestDag?: Dag;
}

export interface Evaluering {
  forpligtelser: Forpligtelse[];
  forslag: Forslag[];
}
