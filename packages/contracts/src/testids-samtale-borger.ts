/**
 * DOM test ids (`data-testid`) of the citizen's conversations (`/borger/samtaler`), messages (`/borger/beskeder`), the
 * conversations card on Min side, and the reception's check-in (`/checkin`), shared by the web app and the browser
 * journeys. Parameterised ids take a rule id, a conversation id, a message id, a channel code or a row number, never
 * personal data.
 */
export const samtaleBorgerIds = {
  page: "citizen-conversations-page",
  /** "Det skal du": the conversations the law asks of the citizen now */
  behov: {
    section: "citizen-needs",
    empty: "citizen-needs-empty",
    card: (regelId: string) => `citizen-need-${regelId}`,
    frist: (regelId: string) => `citizen-need-deadline-${regelId}`,
    overskredet: (regelId: string) => `citizen-need-overdue-${regelId}`,
    hvorfor: (regelId: string) => `citizen-need-why-${regelId}`,
    indkaldt: (regelId: string) => `citizen-need-booked-${regelId}`,
    book: (regelId: string) => `citizen-need-book-${regelId}`,
  },
  /** booking a new conversation or moving one: type and channel, time, confirm */
  booking: {
    view: "citizen-booking",
    heading: "citizen-booking-heading",
    step: (n: number) => `citizen-booking-step-${n}`,
    moedetype: (id: string) => `citizen-booking-type-${id}`,
    kanal: (kanal: string) => `citizen-booking-channel-${kanal}`,
    kanalBegrundelse: "citizen-booking-channel-reason",
    next: "citizen-booking-next",
    choices: "citizen-booking-choices",
    change: "citizen-booking-change",
    tider: "citizen-booking-times",
    dag: (iso: string) => `citizen-booking-day-${iso}`,
    /** the n-th free time shown (0 is the earliest) */
    tid: (n: number) => `citizen-booking-time-${n}`,
    ingenTider: "citizen-booking-no-times",
    frist: "citizen-booking-deadline",
    summary: "citizen-booking-summary",
    confirm: "citizen-booking-confirm",
    cancel: "citizen-booking-cancel",
  },
  /** the receipt after booking or moving */
  kvittering: {
    view: "citizen-booking-receipt",
    heading: "citizen-booking-receipt-heading",
    facts: "citizen-booking-receipt-facts",
    kalender: "citizen-booking-receipt-calendar",
    checkinKode: "citizen-booking-receipt-checkin-code",
    videoLink: "citizen-booking-receipt-video",
  },
  /** "Mine samtaler": upcoming and earlier conversations */
  samtaler: {
    upcoming: "citizen-conversations-upcoming",
    upcomingEmpty: "citizen-conversations-upcoming-empty",
    earlier: "citizen-conversations-earlier",
    card: (id: string) => `citizen-conversation-${id}`,
    tid: (id: string) => `citizen-conversation-time-${id}`,
    status: (id: string) => `citizen-conversation-status-${id}`,
    video: (id: string) => `citizen-conversation-video-${id}`,
    videoGyldig: (id: string) => `citizen-conversation-video-valid-${id}`,
    flyt: (id: string) => `citizen-conversation-move-${id}`,
    forSent: (id: string) => `citizen-conversation-too-late-${id}`,
    aflys: (id: string) => `citizen-conversation-cancel-${id}`,
    aflysForm: (id: string) => `citizen-conversation-cancel-form-${id}`,
    aflysAarsag: (id: string) => `citizen-conversation-cancel-reason-${id}`,
    aflysConfirm: (id: string) => `citizen-conversation-cancel-confirm-${id}`,
    aflyst: (id: string) => `citizen-conversation-cancelled-${id}`,
    forberedelse: (id: string) => `citizen-conversation-preparation-${id}`,
    forberedelseGem: (id: string) => `citizen-conversation-preparation-save-${id}`,
    forberedelseGemt: (id: string) => `citizen-conversation-preparation-saved-${id}`,
    venteliste: (id: string) => `citizen-conversation-waiting-list-${id}`,
    kalender: (id: string) => `citizen-conversation-calendar-${id}`,
    referatLink: (id: string) => `citizen-conversation-minutes-link-${id}`,
  },
  /** the approved minutes of an earlier conversation */
  referat: {
    view: "citizen-minutes",
    heading: "citizen-minutes-heading",
    tekst: "citizen-minutes-text",
    aftaler: "citizen-minutes-agreements",
    kommentarer: "citizen-minutes-comments",
    kommentar: (n: number) => `citizen-minutes-comment-${n}`,
    kommentarFelt: "citizen-minutes-comment-input",
    kommentarGem: "citizen-minutes-comment-save",
    kommentarKvittering: "citizen-minutes-comment-receipt",
  },
  /** the citizen's messages */
  beskeder: {
    page: "citizen-messages-page",
    list: "citizen-messages-list",
    empty: "citizen-messages-empty",
    item: (id: string) => `citizen-message-${id}`,
    open: (id: string) => `citizen-message-open-${id}`,
    unread: (id: string) => `citizen-message-unread-${id}`,
    tekst: (id: string) => `citizen-message-text-${id}`,
    brev: (id: string) => `citizen-message-letter-${id}`,
    samtaleLink: (id: string) => `citizen-message-conversation-${id}`,
  },
  /** the "Mine samtaler" card on Min side */
  minSide: {
    card: "min-side-conversations",
    naeste: "min-side-next-conversation",
    ingenNaeste: "min-side-no-next-conversation",
    video: "min-side-next-conversation-video",
    behov: "min-side-conversation-needs",
    samtalerLink: "min-side-conversations-link",
    beskederLink: "min-side-messages-link",
  },
  /** the reception's check-in */
  checkin: {
    page: "checkin-page",
    form: "checkin-form",
    kode: "checkin-code",
    submit: "checkin-submit",
    ok: "checkin-ok",
    again: "checkin-again",
    manglerKommune: "checkin-missing-municipality",
  },
} as const;
