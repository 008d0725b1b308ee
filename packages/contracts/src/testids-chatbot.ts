/**
 * DOM test ids (`data-testid`) of the chatbot on every citizen page and of its administration (`/admin/chatbot`),
 * shared by the web app and the browser journeys. Parameterised ids take an article id, a question id or a running
 * number of the conversation, never personal data.
 */
export const chatbotIds = {
  /** the chatbot beside every citizen page */
  aabn: "chatbot-open",
  panel: "chatbot-panel",
  luk: "chatbot-close",
  log: "chatbot-log",
  input: "chatbot-input",
  send: "chatbot-send",
  /** the n-th answer (from 0) in the conversation */
  svar: (n: number) => `chatbot-answer-${n}`,
  kilde: (n: number) => `chatbot-answer-source-${n}`,
  videresend: (n: number) => `chatbot-forward-${n}`,
  bekraeft: (n: number) => `chatbot-forward-confirm-${n}`,
  fortryd: (n: number) => `chatbot-forward-cancel-${n}`,
  kvittering: (n: number) => `chatbot-forward-receipt-${n}`,
  /** /admin/chatbot */
  admin: {
    page: "admin-chatbot-page",
    artikler: "admin-chatbot-articles",
    artikel: (id: string) => `admin-chatbot-article-${id}`,
    ret: (id: string) => `admin-chatbot-article-edit-${id}`,
    ny: "admin-chatbot-article-new",
    form: "admin-chatbot-article-form",
    noegle: "admin-chatbot-field-key",
    titel: "admin-chatbot-field-title",
    spoergsmaal: "admin-chatbot-field-questions",
    svar: "admin-chatbot-field-answer",
    svarEn: "admin-chatbot-field-answer-en",
    link: "admin-chatbot-field-link",
    henvisning: "admin-chatbot-field-reference",
    aktiv: "admin-chatbot-field-active",
    gem: "admin-chatbot-article-save",
    annuller: "admin-chatbot-article-cancel",
    gemt: "admin-chatbot-article-saved",
    synonymer: "admin-chatbot-synonyms",
    synonymerGem: "admin-chatbot-synonyms-save",
    synonymerGemt: "admin-chatbot-synonyms-saved",
    ubesvarede: "admin-chatbot-unanswered",
    ubesvaret: (id: string) => `admin-chatbot-unanswered-${id}`,
    tilArtikel: (id: string) => `admin-chatbot-unanswered-to-article-${id}`,
    afvis: (id: string) => `admin-chatbot-unanswered-dismiss-${id}`,
  },
} as const;
