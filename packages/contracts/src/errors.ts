/**
 * The one catalogue of errors: a stable code, an HTTP status and a message in Danish and English.
 * The server answers with RFC 9457 problem details carrying `code`; the web shows the message in the user's language.
 */
export const errors = {
  VALIDATION_FAILED: {
    status: 400,
    da: "Nogle af oplysningerne er ikke udfyldt korrekt. Ret de markerede felter og prøv igen.",
    en: "Some of the information is not filled in correctly. Correct the marked fields and try again.",
  },
  CPR_INVALID_FORMAT: {
    status: 400,
    da: "CPR-nummeret skal have 10 cifre, fx 010190-1234.",
    en: "The CPR number must have 10 digits, e.g. 010190-1234.",
  },
  CPR_INVALID_DATE: {
    status: 400,
    da: "CPR-nummeret indeholder ikke en gyldig fødselsdato.",
    en: "The CPR number does not contain a valid date of birth.",
  },
  NOT_AUTHENTICATED: {
    status: 401,
    da: "Du skal logge ind for at se denne side.",
    en: "You must log in to see this page.",
  },
  SESSION_EXPIRED: {
    status: 401,
    da: "Du er blevet logget ud, fordi du ikke har været aktiv i et stykke tid. Log ind igen.",
    en: "You have been logged out because you have been inactive for a while. Please log in again.",
  },
  FORBIDDEN: {
    status: 403,
    da: "Du har ikke adgang til dette.",
    en: "You do not have access to this.",
  },
  CSRF_INVALID: {
    status: 403,
    da: "Siden er udløbet af sikkerhedshensyn. Genindlæs siden og prøv igen.",
    en: "The page has expired for security reasons. Reload the page and try again.",
  },
  NOT_FOUND: {
    status: 404,
    da: "Vi kunne ikke finde det, du leder efter.",
    en: "We could not find what you are looking for.",
  },
  CITIZEN_NOT_FOUND: {
    status: 404,
    da: "Der findes ingen borger med de oplysninger i din kommune.",
    en: "There is no citizen with that information in your municipality.",
  },
  PURPOSE_REQUIRED: {
    status: 400,
    da: "Du skal angive formålet med at se borgerens oplysninger.",
    en: "You must state the purpose of viewing the citizen's information.",
  },
  LOGIN_FAILED: {
    status: 401,
    da: "Login lykkedes ikke. Prøv igen, eller kontakt jobcentret hvis det bliver ved.",
    en: "Login did not succeed. Try again, or contact the jobcentre if it continues.",
  },
  LOGIN_UNKNOWN_USER: {
    status: 403,
    da: "Du er logget ind, men du er ikke oprettet som bruger i Jobunivers. Kontakt jobcentret.",
    en: "You are logged in, but you are not registered as a user of Jobunivers. Contact the jobcentre.",
  },
  LOGIN_WRONG_PORTAL: {
    status: 403,
    da: "Din bruger hører ikke til denne indgang. Vælg den rigtige indgang på forsiden.",
    en: "Your user does not belong to this entrance. Choose the right entrance on the front page.",
  },
  SAML_SIGNATURE_INVALID: {
    status: 401,
    da: "Login fra NemLog-in blev afvist: svaret er ikke gyldigt signeret.",
    en: "Login from NemLog-in was rejected: the response is not validly signed.",
  },
  SAML_EXPIRED: {
    status: 401,
    da: "Login fra NemLog-in blev afvist: svaret er udløbet. Prøv at logge ind igen.",
    en: "Login from NemLog-in was rejected: the response has expired. Try logging in again.",
  },
  SAML_WRONG_AUDIENCE: {
    status: 401,
    da: "Login fra NemLog-in blev afvist: svaret var ikke udstedt til Jobunivers.",
    en: "Login from NemLog-in was rejected: the response was not issued to Jobunivers.",
  },
  SAML_INVALID: {
    status: 401,
    da: "Login fra NemLog-in blev afvist: svaret kunne ikke godkendes.",
    en: "Login from NemLog-in was rejected: the response could not be accepted.",
  },
  RATE_LIMITED: {
    status: 429,
    da: "Du har prøvet for mange gange. Vent et minut og prøv igen.",
    en: "You have tried too many times. Wait a minute and try again.",
  },
  INTERNAL: {
    status: 500,
    da: "Der skete en fejl hos os. Prøv igen om lidt. Fejlen er registreret.",
    en: "An error occurred on our side. Try again shortly. The error has been logged.",
  },
  NOTE_ALREADY_CORRECTED: {
    status: 409,
    da: "Notatet er allerede rettet. Ret den nyeste udgave i stedet.",
    en: "The note has already been corrected. Correct the newest version instead.",
  },
  JOBPLAN_STATUS_NOT_ALLOWED: {
    status: 409,
    da: "Aktiviteten kan ikke skifte til den status. En gennemført eller afbrudt aktivitet kan ikke ændres.",
    en: "The activity cannot change to that status. A completed or cancelled activity cannot be changed.",
  },
  NOTE_NOT_IN_CASE: {
    status: 400,
    da: "Det notat, du vil rette, hører ikke til denne borgers sag.",
    en: "The note you want to correct does not belong to this citizen's case.",
  },
  DOCUMENT_TYPE_UNSUPPORTED: {
    status: 415,
    da: "Filtypen kan ikke modtages. Upload en PDF, et Word-dokument (.docx), en e-mail (.eml) eller en tekstfil.",
    en: "This file type cannot be received. Upload a PDF, a Word document (.docx), an e-mail (.eml) or a text file.",
  },
  DOCUMENT_UNREADABLE: {
    status: 422,
    da: "Filen kunne ikke læses. Den kan være beskadiget eller beskyttet med adgangskode.",
    en: "The file could not be read. It may be damaged or password-protected.",
  },
  DOCUMENT_TOO_LARGE: {
    status: 413,
    da: "Filen er for stor. Den må højst fylde 10 MB.",
    en: "The file is too large. It may be at most 10 MB.",
  },
  HEALTH_PURPOSE_REQUIRED: {
    status: 400,
    da: "Dokumentet indeholder helbredsoplysninger. Angiv formålet med at åbne det.",
    en: "The document contains health information. State the purpose of opening it.",
  },
  SEARCH_EMPTY: {
    status: 400,
    da: "Skriv mindst ét ord at søge efter.",
    en: "Type at least one word to search for.",
  },
  BOOKING_TID_OPTAGET: {
    status: 409,
    da: "Tiden er desværre lige blevet booket. Vælg en anden tid.",
    en: "That time has just been booked. Choose another time.",
  },
  BOOKING_BORGER_OPTAGET: {
    status: 409,
    da: "Der er allerede en samtale på det tidspunkt. Vælg en anden tid.",
    en: "There is already a conversation at that time. Choose another time.",
  },
  BOOKING_INTET_LOKALE: {
    status: 409,
    da: "Der er ikke et ledigt mødelokale på det tidspunkt. Vælg en anden tid, eller vælg telefon eller video, hvis du må.",
    en: "No meeting room is free at that time. Choose another time, or phone or video if you may.",
  },
  BOOKING_UDEN_FOR_AABNINGSTID: {
    status: 422,
    da: "Sagsbehandleren holder ikke samtaler på det tidspunkt. Vælg en af de viste tider.",
    en: "The caseworker does not hold conversations at that time. Choose one of the times shown.",
  },
  BOOKING_KANAL_IKKE_TILLADT: {
    status: 422,
    da: "Samtalen kan ikke holdes på den måde, du har valgt.",
    en: "The conversation cannot be held the way you chose.",
  },
  BOOKING_I_FORTIDEN: {
    status: 422,
    da: "Tidspunktet er allerede passeret. Vælg en tid i fremtiden.",
    en: "That time has already passed. Choose a time in the future.",
  },
  BOOKING_FOR_KORT_VARSEL: {
    status: 422,
    da: "Tiden ligger for tæt på. Vælg en tid længere ude.",
    en: "That time is too soon. Choose a later time.",
  },
  BOOKING_EFTER_FRIST: {
    status: 422,
    da: "Tiden ligger efter fristen for den samtale, du skal have. Vælg en tid inden fristen.",
    en: "That time is after the deadline for the conversation you must have. Choose a time before the deadline.",
  },
  BOOKING_FOR_LANGT_UD: {
    status: 422,
    da: "Tiden ligger for langt ude. Vælg en tid tidligere.",
    en: "That time is too far ahead. Choose an earlier time.",
  },
  BOOKING_IKKE_AKTIV: {
    status: 409,
    da: "Samtalen er ikke længere booket, så den kan ikke ændres.",
    en: "The conversation is no longer booked, so it cannot be changed.",
  },
  BOOKING_FOR_SENT_AT_AENDRE: {
    status: 409,
    da: "Det er for sent at flytte eller aflyse samtalen her. Ring til jobcentret.",
    en: "It is too late to move or cancel the conversation here. Call the jobcentre.",
  },
  BOOKING_IKKE_BEGYNDT: {
    status: 409,
    da: "Samtalen er ikke begyndt endnu, så fremmøde kan ikke registreres.",
    en: "The conversation has not started yet, so attendance cannot be registered.",
  },
  CHECKIN_UKENDT: {
    status: 404,
    da: "Vi kan ikke finde en samtale med den kode. Tjek koden, eller henvend dig i receptionen.",
    en: "We cannot find a conversation with that code. Check the code, or ask at the reception.",
  },
  CHECKIN_UDEN_FOR_TID: {
    status: 409,
    da: "Du kan tjekke ind fra en time før samtalen. Henvend dig i receptionen, hvis du er kommet for sent.",
    en: "You can check in from one hour before the conversation. Ask at the reception if you are late.",
  },
  REFERAT_UGYLDIG_TRANSSKRIPTION: {
    status: 422,
    da: "Udskriften kunne ikke læses. Brug en WebVTT-fil fra mødeplatformen, eller indsæt teksten med én taler pr. linje.",
    en: "The transcript could not be read. Use a WebVTT file from the meeting platform, or paste the text with one speaker per line.",
  },
  REFERAT_IKKE_MULIGT: {
    status: 409,
    da: "Der kan kun laves referat af en telefon- eller videosamtale, der er holdt.",
    en: "Minutes can only be made of a phone or video conversation that has been held.",
  },
  REFERAT_GODKENDT: {
    status: 409,
    da: "Referatet er godkendt og kan ikke ændres.",
    en: "The minutes are approved and cannot be changed.",
  },
  REFERAT_FLAG_MANGLER: {
    status: 422,
    da: "Referatet nævner personoplysninger om andre. Gennemgå de markerede steder, før du godkender.",
    en: "The minutes mention personal data about others. Review the marked places before you approve.",
  },
  UDBUD_LAAST: {
    status: 409,
    da: "Udbuddet er godkendt eller trukket tilbage og kan ikke ændres. Træk det tilbage og opret et nyt.",
    en: "The offer is approved or withdrawn and cannot be changed. Withdraw it and create a new one.",
  },
  UDBUD_STATUS: {
    status: 409,
    da: "Udbuddet kan ikke skifte til den status fra den, det har nu.",
    en: "The offer cannot move to that status from its current one.",
  },
  UDBUD_FULDT: {
    status: 409,
    da: "Der er desværre ikke flere ledige pladser på forløbet.",
    en: "There are no more free places on the course.",
  },
  UDBUD_IKKE_MAALGRUPPE: {
    status: 422,
    da: "Forløbet er ikke åbent for borgere i din målgruppe.",
    en: "The course is not open to citizens in this target group.",
  },
  TILMELDING_FINDES: {
    status: 409,
    da: "Der er allerede en aktiv tilmelding til forløbet.",
    en: "There is already an active enrolment on the course.",
  },
  TILMELDING_AFSLUTTET: {
    status: 409,
    da: "Tilmeldingen er afsluttet og kan ikke ændres.",
    en: "The enrolment has ended and cannot be changed.",
  },
  TILMELDING_START_FORTID: {
    status: 422,
    da: "Startdatoen ligger før i dag. Vælg i dag eller en senere dato.",
    en: "The start date is before today. Choose today or a later date.",
  },
  RAPPORT_FREMTID: {
    status: 422,
    da: "Der kan ikke indberettes for en dato, der ikke er kommet endnu.",
    en: "You cannot report for a date that has not come yet.",
  },
  RAPPORT_FOER_START: {
    status: 422,
    da: "Datoen ligger før forløbets start.",
    en: "The date is before the course starts.",
  },
  TOKEN_SALDO_UTILSTRAEKKELIG: {
    status: 409,
    da: "Du har ikke tokens nok til forløbet.",
    en: "You do not have enough tokens for the course.",
  },
  TOKEN_BUDGET_UTILSTRAEKKELIG: {
    status: 409,
    da: "Kommunens tokenbudget er ikke stort nok. Tilføj budget først.",
    en: "The municipality's token budget is too small. Add budget first.",
  },
  TOKEN_REGEL_IKKE_GYLDIG: {
    status: 409,
    da: "Reglen gælder ikke i dag.",
    en: "The rule is not in force today.",
  },
  API_NOEGLE_UGYLDIG: {
    status: 401,
    da: "API-nøglen mangler, er ugyldig eller er trukket tilbage.",
    en: "The API key is missing, invalid or revoked.",
  },
  API_NOEGLE_SCOPE: {
    status: 403,
    da: "API-nøglen har ikke adgang til den handling.",
    en: "The API key is not allowed to do that.",
  },
  IDEMPOTENS_MANGLER: {
    status: 400,
    da: "Skriveforespørgsler skal have en Idempotency-Key-header.",
    en: "Write requests must carry an Idempotency-Key header.",
  },
  IDEMPOTENS_KONFLIKT: {
    status: 422,
    da: "Idempotency-Key er allerede brugt til en anden forespørgsel.",
    en: "The Idempotency-Key was already used for another request.",
  },
  API_NOEGLE_TILBAGEKALDT: {
    status: 409,
    da: "API-nøglen er allerede trukket tilbage og kan ikke roteres. Opret en ny nøgle.",
    en: "The API key is already revoked and cannot be rotated. Create a new key.",
  },
  WEBHOOK_SLAAET_FRA: {
    status: 409,
    da: "Webhooken er slået fra. Slå den til, før du sender en testhændelse.",
    en: "The webhook is switched off. Switch it on before you send a test event.",
  },
  BISIDDER_ADGANG_LUKKET: {
    status: 410,
    da: "Adgangen er ikke åben længere. Bed den borger, der gav dig adgangen, om en ny.",
    en: "The access is no longer open. Ask the citizen who gave you access for a new one.",
  },
  BEFORDRING_AFGJORT: {
    status: 409,
    da: "Ansøgningen om befordringsgodtgørelse er allerede afgjort.",
    en: "The transport allowance claim has already been decided.",
  },
  UNAVAILABLE: {
    status: 503,
    da: "Jobunivers er ikke klar lige nu. Prøv igen om lidt.",
    en: "Jobunivers is not ready right now. Try again shortly.",
  },
  JOBORDRE_AENDRET: {
    status: 409,
    da: "Jobordren er blevet ændret af en anden, siden du hentede den. Hent den nyeste udgave, og ret den igen.",
    en: "The job order has been changed by someone else since you fetched it. Fetch the newest version and edit it again.",
  },
  JOBORDRE_STATUS_IKKE_TILLADT: {
    status: 409,
    da: "Jobordren kan ikke skifte til den status.",
    en: "The job order cannot change to that status.",
  },
  JOBORDRE_IKKE_AABEN: {
    status: 409,
    da: "Jobordren er ikke åben. Der kan kun anmodes om kontakt og foreslås kandidater til en åben ordre.",
    en: "The job order is not open. Contact can only be requested, and candidates put forward, for an open order.",
  },
  KONTAKT_ALLEREDE_BESVARET: {
    status: 409,
    da: "Du har allerede svaret på anmodningen. Kontakt jobcentret, hvis du vil ændre dit svar.",
    en: "You have already answered the request. Contact the jobcentre if you want to change your answer.",
  },
  KONTAKT_TRUKKET: {
    status: 409,
    da: "Anmodningen er trukket tilbage, så den kan ikke besvares.",
    en: "The request has been withdrawn, so it cannot be answered.",
  },
} as const satisfies Record<string, { status: number; da: string; en: string }>;

export type ErrorCode = keyof typeof errors;

/** RFC 9457 problem details, with the stable code and, for validation, the fields in error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  errors?: { path: string; message: string }[];
}
