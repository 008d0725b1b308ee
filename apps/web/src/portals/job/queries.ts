import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type {
  BorgerAnmodning,
  JobTilDig,
  Kandidater,
  KontaktStatus,
  Kvittering,
  MedarbejderJob,
  OpgaveHit,
  OrdreKontakter,
  OrdreMedMatch,
} from "./types.ts";

const enc = encodeURIComponent;

/* ------------------------------------------------------------------ the employer */
const kandidatKey = (ordreId: string) => ["job", "kandidater", ordreId] as const;

export const useKandidater = (ordreId: string) =>
  useQuery({
    queryKey: [...kandidatKey(ordreId), "liste"],
    queryFn: () => api<Kandidater>(`/api/jobordre/${enc(ordreId)}/kandidater`),
  });

export const useOrdreKontakter = (ordreId: string, enabled = true) =>
  useQuery({
    queryKey: [...kandidatKey(ordreId), "kontakter"],
    queryFn: () => api<OrdreKontakter>(`/api/jobordre/${enc(ordreId)}/kontakter`),
    enabled,
  });

export function useAnmodOmKontakt(ordreId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { kandidatId: string; besked?: string; idempotensnoegle: string }) =>
      api<{ kandidatId: string; kontakt: { id: string; status: KontaktStatus; anmodet: string } }>(
        `/api/jobordre/${enc(ordreId)}/kandidater/${enc(a.kandidatId)}/kontakt`,
        { method: "POST", body: { besked: a.besked, idempotensnoegle: a.idempotensnoegle } },
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: kandidatKey(ordreId) }),
  });
}

/* ------------------------------------------------------------------ the citizen */
const borgerKey = ["job", "borger"] as const;

export const useJobTilDig = () =>
  useQuery({ queryKey: [...borgerKey, "job"], queryFn: () => api<JobTilDig>("/api/borger/job") });

export const useOrdre = (ordreId: string) =>
  useQuery({
    queryKey: [...borgerKey, "ordre", ordreId],
    queryFn: () => api<OrdreMedMatch>(`/api/borger/job/${enc(ordreId)}`),
  });

export interface OpgaveSoegning {
  q: string;
  art: string;
  postnr: string;
  afstand: string;
}

export const useOpgaveboers = (s: OpgaveSoegning) =>
  useQuery({
    queryKey: [...borgerKey, "opgaveboers", s],
    queryFn: () => {
      const p = new URLSearchParams();
      if (s.q.trim()) p.set("q", s.q.trim());
      if (s.art) p.set("art", s.art);
      if (s.postnr.trim()) {
        p.set("postnr", s.postnr.trim());
        p.set("afstand", s.afstand);
      }
      return api<{ antal: number; ordrer: OpgaveHit[] }>(`/api/borger/opgaveboers?${p.toString()}`);
    },
  });

export function useAnsoeg() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { ordreId: string; besked?: string; idempotensnoegle: string }) =>
      api<Kvittering>(`/api/borger/job/${enc(a.ordreId)}/ansoeg`, {
        method: "POST",
        body: { besked: a.besked, idempotensnoegle: a.idempotensnoegle },
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: borgerKey });
      void qc.invalidateQueries({ queryKey: ["joblog"] });
    },
  });
}

export function useSvar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { id: string; svar: "accepter" | "afvis"; begrundelse?: string }) =>
      api<BorgerAnmodning>(`/api/borger/kontakt/${enc(a.id)}/svar`, {
        method: "POST",
        body: { svar: a.svar, ...(a.begrundelse ? { begrundelse: a.begrundelse } : {}) },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: borgerKey }),
  });
}

/* ------------------------------------------------------------------ the jobkonsulent */
const staffKey = (id: string) => ["job", "medarbejder", id] as const;

export const useBorgerJob = (id: string) =>
  useQuery({
    queryKey: staffKey(id),
    queryFn: () => api<MedarbejderJob>(`/api/medarbejder/borgere/${enc(id)}/job?formaal=JOBFORMIDLING`),
  });

export function useFormidling(borgerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { ordreId: string; besked?: string; idempotensnoegle: string }) =>
      api<{ id: string; status: KontaktStatus }>(`/api/medarbejder/borgere/${enc(borgerId)}/formidling`, {
        method: "POST",
        body: a,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: staffKey(borgerId) }),
  });
}
