import { createEvent, type EventAttributes } from "ics";
import { datoTidTekst } from "./brev.ts";
import { LINK_FOER_MINUTTER } from "./video.ts";

/**
 * The calendar file (iCalendar, RFC 5545 / iTIP RFC 5546) for a booked conversation, attached to the citizen's
 * e-mail and offered on Min side. The same conversation always has the same UID, so a calendar replaces the entry
 * when the booking is moved (REQUEST with a higher SEQUENCE) and removes it when it is cancelled (CANCEL).
 */

export type Kanal = "fremmoede" | "telefon" | "video";

/** What the calendar file, the letter and the video link need to know about one booked conversation. */
export interface SamtaleInfo {
  /** The conversation's id (uuid). */
  id: string;
  /** e.g. "Jobsamtale" */
  titel: string;
  start: Date;
  slut: Date;
  kanal: Kanal;
  /** The room, for fremmøde. */
  sted?: { navn: string; adresse: string };
  /** The participant's own video link (for video). */
  videoLink?: string;
  /** e.g. "Jobcenteret ringer til dig på 12 34 56 78" */
  telefonTekst?: string;
  medarbejder: { navn: string; email?: string | null; telefon?: string | null };
  borger: { navn: string; email?: string | null; adresse?: string | null; postnrBy?: string | null };
  jobcenter: {
    navn: string;
    adresse: string;
    postnrBy: string;
    telefon?: string | null;
    email?: string | null;
    /** The jobcentre's public address (Min side lives here). */
    url: string;
  };
  /** For fremmøde: the code the citizen checks in with. */
  checkinKode?: string;
  /** For fremmøde: the check-in address the letter's QR code encodes (see `checkinUrl` in checkin.ts). */
  checkinUrl?: string;
  /** ICS SEQUENCE: 0 for a new booking, one more on every change (a move or the cancellation). */
  sekvens: number;
}

export type IcsMetode = "REQUEST" | "CANCEL";

/** The stable UID of a conversation's calendar entry. */
export function samtaleUid(id: string): string {
  return `${id}@jobunivers`;
}

const PRODUKT_ID = "-//Jobunivers//Samtaler//DA";

/**
 * The calendar file for a conversation: METHOD:REQUEST for a new or moved booking (STATUS:CONFIRMED, with a reminder
 * 24 hours before), METHOD:CANCEL when it is cancelled (STATUS:CANCELLED). Times are in UTC. The organizer is the
 * jobcentre. `tidsstempel` is DTSTAMP (when the file is made), now unless given.
 */
export function samtaleIcs(info: SamtaleInfo, metode: IcsMetode, tidsstempel: Date = new Date()): string {
  if (!(info.slut.getTime() > info.start.getTime())) throw new Error("ICS: a conversation must end after it starts");
  if (!Number.isInteger(info.sekvens) || info.sekvens < 0) throw new Error("ICS: sekvens must be a whole number >= 0");
  const aflyst = metode === "CANCEL";
  const jc = info.jobcenter;
  const tid = datoTidTekst(info.start, info.slut);
  const titel = info.titel.trim();

  const attendees: NonNullable<EventAttributes["attendees"]> = [];
  if (info.borger.email)
    attendees.push({
      name: info.borger.navn,
      email: info.borger.email,
      role: "REQ-PARTICIPANT",
      partstat: "NEEDS-ACTION",
      rsvp: false,
    });
  if (info.medarbejder.email)
    attendees.push({
      name: info.medarbejder.navn,
      email: info.medarbejder.email,
      role: "CHAIR",
      partstat: "ACCEPTED",
      rsvp: false,
    });

  const attributter: EventAttributes & { timestamp: number } = {
    productId: PRODUKT_ID,
    method: metode,
    uid: samtaleUid(info.id),
    sequence: info.sekvens,
    timestamp: tidsstempel.getTime(),
    start: info.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: info.slut.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: aflyst ? `Aflyst: ${titel} med ${jc.navn}` : `${titel} med ${jc.navn}`,
    description: beskrivelse(info, aflyst, tid),
    location: sted(info),
    url: info.kanal === "video" && info.videoLink && !aflyst ? info.videoLink : jc.url,
    status: aflyst ? "CANCELLED" : "CONFIRMED",
    busyStatus: aflyst ? "FREE" : "BUSY",
    transp: aflyst ? "TRANSPARENT" : "OPAQUE",
    classification: "PRIVATE",
    // iTIP needs an organizer address; a jobcentre without an e-mail gets a no-reply one on its own domain.
    organizer: { name: jc.navn, email: jc.email || `noreply@${new URL(jc.url).hostname}` },
    ...(attendees.length ? { attendees } : {}),
    ...(aflyst
      ? {}
      : {
          alarms: [
            {
              action: "display" as const,
              description: `Påmindelse: ${titel} ${tid}`,
              trigger: { hours: 24, before: true },
            },
          ],
        }),
  };

  const { error, value } = createEvent(attributter);
  if (error || !value) throw error ?? new Error("ICS: the calendar file could not be made");
  return foldOktetter(value);
}

function sted(info: SamtaleInfo): string {
  switch (info.kanal) {
    case "fremmoede":
      return info.sted
        ? `${info.sted.navn}, ${info.sted.adresse}`
        : `${info.jobcenter.navn}, ${info.jobcenter.adresse}, ${info.jobcenter.postnrBy}`;
    case "telefon":
      return info.telefonTekst?.trim() || "Telefonsamtale: jobcenteret ringer til dig";
    case "video":
      return info.videoLink ?? "Videosamtale: linket finder du på Min side";
  }
}

function beskrivelse(info: SamtaleInfo, aflyst: boolean, tid: string): string {
  const jc = info.jobcenter;
  const linjer: string[] = [];
  if (aflyst) {
    linjer.push(`Din ${info.titel.trim().toLowerCase()} ${tid} er aflyst.`);
    linjer.push(`Se dine samtaler på Min side: ${jc.url}`);
    return linjer.join("\n");
  }
  linjer.push(`${info.titel.trim()} ${tid}.`);
  switch (info.kanal) {
    case "fremmoede": {
      linjer.push(`Mød op på ${sted(info)}.`);
      if (info.checkinKode) linjer.push(`Tjek ind, når du kommer, med koden ${info.checkinKode}.`);
      break;
    }
    case "telefon":
      linjer.push(info.telefonTekst?.trim() || "Jobcenteret ringer til dig.");
      break;
    case "video":
      linjer.push(
        info.videoLink
          ? `Deltag på video: ${info.videoLink}\nLinket virker fra ${LINK_FOER_MINUTTER} minutter før samtalen.`
          : "Samtalen foregår som video. Du får linket på Min side.",
      );
      break;
  }
  linjer.push(`Du skal tale med ${info.medarbejder.navn}, ${jc.navn}.`);
  linjer.push(`Forbered dig, eller flyt eller aflys samtalen, på Min side: ${jc.url}`);
  if (jc.telefon) linjer.push(`Du kan også ringe til jobcenteret på ${jc.telefon}.`);
  return linjer.join("\n");
}

/**
 * RFC 5545 folds lines longer than 75 octets; the ics package counts characters, so a line with æøå can come out
 * longer. Unfold and fold again by UTF-8 octets, never inside a character.
 */
function foldOktetter(ics: string): string {
  const linjer = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const ud: string[] = [];
  for (const linje of linjer) {
    let del = "";
    let oktetter = 0;
    let graense = 75;
    for (const tegn of linje) {
      const n = Buffer.byteLength(tegn, "utf8");
      if (oktetter + n > graense) {
        ud.push(del);
        del = " ";
        oktetter = 1;
        graense = 75;
      }
      del += tegn;
      oktetter += n;
    }
    ud.push(del);
  }
  return ud.join("\r\n");
}
