import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import type {
  JobplanAendring,
  JobplanPunkt,
  NytJobplanPunkt,
  PlanOffentliggjort,
  AabnetNotat,
  CitizenDetails,
  CitizenListItem,
  CodeText,
  GemtDokument,
  Makrotekst,
  Notat,
  NytDokument,
  NytNotat,
  Sag,
  Sagsstamme,
  SoegeAnmodning,
  SoegeSvar,
  UdfyldtMakrotekst,
} from "../../api/types.ts";

const enc = encodeURIComponent;

/**
 * Who may write in a case (notes, documents) and open a citizen's personal data (GET /api/medarbejder/borgere/:id);
 * a manager reads the caseloads and case files only.
 */
export const useCanWrite = () => {
  const role = useSession().data?.user.role;
  return role === "jobkonsulent" || role === "virksomhedskonsulent";
};

export const usePurposes = () =>
  useQuery({
    queryKey: ["medarbejder", "formaal"],
    queryFn: () => api<CodeText[]>("/api/medarbejder/formaal"),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSearchCitizens = () =>
  useMutation({
    mutationFn: (q: { cpr?: string; navn?: string }) =>
      api<CitizenListItem[]>("/api/medarbejder/borgere/soeg", { method: "POST", body: q }),
  });

/**
 * The caseload (Min sagsstamme) for the choices in the address. The names on the page shown are logged as seen, so a
 * page is fetched when the choices change, not in the background; the previous page stays while the next one loads.
 */
export const useSagsstamme = (search: string) =>
  useQuery({
    queryKey: ["medarbejder", "sagsstamme", search],
    queryFn: () => api<Sagsstamme>(`/api/medarbejder/sagsstamme${search ? `?${search}` : ""}`),
    placeholderData: keepPreviousData,
  });

/** Every fetch of a citizen's data is an access the citizen can see in their log: kept for the page, never refetched. */
const audited = { staleTime: Number.POSITIVE_INFINITY, gcTime: 0, meta: { audited: true } } as const;

/** One citizen's personal data, opened for a stated purpose. */
export const useCitizen = (id: string, formaal: string | null) =>
  useQuery({
    queryKey: ["medarbejder", "borger", id, formaal],
    queryFn: () => api<CitizenDetails>(`/api/medarbejder/borgere/${enc(id)}?formaal=${enc(formaal ?? "")}`),
    enabled: !!formaal,
    ...audited,
  });

const sagKey = (id: string, formaal: string) => ["medarbejder", "sag", id, formaal] as const;

/** The citizen's case file (benefits, plan, timeline, notes, documents, the law's deadlines), for a stated purpose. */
export const useSag = (id: string, formaal: string | null) =>
  useQuery({
    queryKey: sagKey(id, formaal ?? ""),
    queryFn: () => api<Sag>(`/api/medarbejder/borgere/${enc(id)}/sag?formaal=${enc(formaal ?? "")}`),
    enabled: !!formaal,
    ...audited,
  });

/** A note opened on its own, e.g. from a search hit. */
export const useNotat = (id: string, formaal: string | null) =>
  useQuery({
    queryKey: ["medarbejder", "notat", id, formaal],
    queryFn: () => api<AabnetNotat>(`/api/medarbejder/notater/${enc(id)}?formaal=${enc(formaal ?? "")}`),
    enabled: !!formaal,
    ...audited,
  });

export const useMakrotekster = (enabled = true) =>
  useQuery({
    queryKey: ["medarbejder", "makrotekster"],
    queryFn: () => api<Makrotekst[]>("/api/medarbejder/makrotekster"),
    enabled,
  });

/** A macro text filled with the citizen's data (the server logs it as an access). */
export const useUdfyldMakro = (borgerId: string) =>
  useMutation({
    mutationFn: (makroId: string) =>
      api<UdfyldtMakrotekst>(`/api/medarbejder/borgere/${enc(borgerId)}/makrotekster/${enc(makroId)}`),
  });

/**
 * Saves a note. The idempotency key makes a retry or a double click save it once; the new note is put into the case
 * already shown instead of fetching (and logging) the whole case again.
 */
export const useGemNotat = (borgerId: string, formaal: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (n: NytNotat) =>
      api<Notat>(`/api/medarbejder/borgere/${enc(borgerId)}/notater`, { method: "POST", body: n }),
    onSuccess: (n) =>
      queryClient.setQueryData<Sag>(sagKey(borgerId, formaal), (sag) =>
        sag
          ? {
              ...sag,
              notater: [
                { ...n, erRettet: false },
                ...sag.notater
                  .filter((x) => x.id !== n.id)
                  .map((x) => (x.id === n.retter ? { ...x, erRettet: true } : x)),
              ],
              tidslinje: [
                { art: "notat" as const, id: n.id, dato: n.dato, type: n.kategori, tekst: n.emne },
                ...sag.tidslinje.filter((x) => x.id !== n.id),
              ].sort(newestFirst),
            }
          : sag,
      ),
  });
};

/** Uploads a document (base64); like a note, it is saved once per idempotency key and put into the case shown. */
export const useUploadDokument = (borgerId: string, formaal: string, uploadetAf: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (d: NytDokument) =>
      api<GemtDokument>(`/api/medarbejder/borgere/${enc(borgerId)}/dokumenter`, { method: "POST", body: d }),
    onSuccess: (d) =>
      queryClient.setQueryData<Sag>(sagKey(borgerId, formaal), (sag) =>
        sag
          ? {
              ...sag,
              dokumenter: [
                {
                  id: d.id,
                  dato: d.dato,
                  titel: d.titel,
                  kategori: d.kategori,
                  helbred: d.helbred,
                  filnavn: d.filnavn,
                  mimetype: d.mimetype,
                  stoerrelse: d.stoerrelse,
                  uploadet: new Date().toISOString(),
                  uploadetAf,
                },
                ...sag.dokumenter.filter((x) => x.id !== d.id),
              ],
              tidslinje: [
                { art: "dokument" as const, id: d.id, dato: d.dato, type: d.kategori, tekst: d.titel },
                ...sag.tidslinje.filter((x) => x.id !== d.id),
              ].sort(newestFirst),
            }
          : sag,
      ),
  });
};

const newestFirst = (a: { dato: string }, b: { dato: string }) => (a.dato < b.dato ? 1 : a.dato > b.dato ? -1 : 0);

/** Full-text search in one case (a mutation: each search is logged, and it runs when the user asks). */
export const useSoegISag = () =>
  useMutation({
    mutationFn: (q: SoegeAnmodning) => api<SoegeSvar>("/api/medarbejder/soeg", { method: "POST", body: q }),
  });

/**
 * Full-text search across the municipality's cases for the search in the address. Kept while the user reads a hit
 * and comes back, so going back does not search (and log) again.
 */
export const useSoegning = (q: SoegeAnmodning | null) =>
  useQuery({
    queryKey: ["medarbejder", "soeg", q],
    queryFn: () => api<SoegeSvar>("/api/medarbejder/soeg", { method: "POST", body: q }),
    enabled: !!q,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });

/** The address of a document; opening it is logged with the purpose the case was opened for. */
export const dokumentUrl = (id: string, formaal: string) =>
  `/api/medarbejder/dokumenter/${enc(id)}?formaal=${enc(formaal)}`;

/** The file types a document may have, for the file input's `accept`; the same list if the server cannot be asked. */
export const DOKUMENTTYPER = [
  ".pdf",
  "application/pdf",
  ".docx",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".eml",
  "message/rfc822",
  ".txt",
  "text/plain",
];

export const useDokumenttyper = () =>
  useQuery({
    queryKey: ["medarbejder", "dokumenttyper"],
    queryFn: () => api<string[]>("/api/medarbejder/dokumenttyper"),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Puts a changed or new jobplan item into the case shown. */
const medPunkt = (sag: Sag | undefined, p: JobplanPunkt) =>
  sag
    ? {
        ...sag,
        plan: sag.plan.some((x) => x.id === p.id) ? sag.plan.map((x) => (x.id === p.id ? p : x)) : [...sag.plan, p],
      }
    : sag;

/** Adds a goal or an activity to the citizen's jobplan (once per idempotency key). */
export const useOpretJobplanPunkt = (borgerId: string, formaal: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (p: NytJobplanPunkt) =>
      api<JobplanPunkt>(`/api/medarbejder/borgere/${enc(borgerId)}/jobplan`, { method: "POST", body: p }),
    onSuccess: (p) => queryClient.setQueryData<Sag>(sagKey(borgerId, formaal), (sag) => medPunkt(sag, p)),
  });
};

/** Changes an item's status or its "agreed with the citizen" mark. */
export const useAendrJobplanPunkt = (borgerId: string, formaal: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...a }: JobplanAendring & { id: string }) =>
      api<JobplanPunkt>(`/api/medarbejder/borgere/${enc(borgerId)}/jobplan/${enc(id)}`, { method: "PUT", body: a }),
    onSuccess: (p) => queryClient.setQueryData<Sag>(sagKey(borgerId, formaal), (sag) => medPunkt(sag, p)),
  });
};

/** Publishes the plan to the citizen; the case is read again, since the law's deadlines follow the publication. */
export const useOffentliggoerPlan = (borgerId: string, formaal: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<PlanOffentliggjort>(`/api/medarbejder/borgere/${enc(borgerId)}/jobplan/offentliggoer`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sagKey(borgerId, formaal) }),
  });
};
