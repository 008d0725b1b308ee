import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client.ts";
import type { Besked, BorgerReferat, Kanal, Kommentar, LedigeTider, Muligheder, Samtale, VideoLink } from "../types.ts";

/** The citizen's conversations API (apps/server/src/modules/samtale/routes.ts and referat-routes.ts). */
const base = "/api/borger/samtaler";
export const samtalerKey = ["samtale", "borger", "samtaler"] as const;
export const beskederKey = ["samtale", "borger", "beskeder"] as const;
const tiderKey = ["samtale", "borger", "tider"] as const;

/** What the law asks of the citizen now, the meeting types they may book, and their conversations. */
export const useMineSamtaler = () =>
  useQuery({ queryKey: samtalerKey, queryFn: () => api<Muligheder>(base), staleTime: 30_000 });

export interface TidValg {
  moedetypeId: string;
  kanal: Kanal;
  regelId?: string | null;
}

/** Free times for a meeting type and channel, before the deadline of the rule the conversation is to meet. */
export const useLedigeTider = (valg: TidValg | undefined) =>
  useQuery({
    queryKey: [...tiderKey, valg?.moedetypeId, valg?.kanal, valg?.regelId ?? null],
    queryFn: () => {
      const q = new URLSearchParams({ moedetypeId: valg!.moedetypeId, kanal: valg!.kanal });
      if (valg?.regelId) q.set("regelId", valg.regelId);
      return api<LedigeTider>(`${base}/tider?${q}`);
    },
    enabled: valg !== undefined,
    staleTime: 0,
  });

/** The citizen's own link to a video meeting; it works only around the meeting time, which it says. */
export const useVideoLink = (samtaleId: string, enabled = true) =>
  useQuery({
    queryKey: ["samtale", "borger", "video", samtaleId],
    queryFn: () => api<VideoLink>(`${base}/${samtaleId}/video`),
    enabled,
    staleTime: 5 * 60_000,
  });

/** The approved minutes of a conversation, with the agreements and the citizen's comments. */
export const useReferat = (samtaleId: string) =>
  useQuery({
    queryKey: ["samtale", "borger", "referat", samtaleId],
    queryFn: () => api<BorgerReferat>(`${base}/${samtaleId}/referat`),
  });

export const useBeskeder = () =>
  useQuery({ queryKey: beskederKey, queryFn: () => api<Besked[]>("/api/borger/beskeder"), staleTime: 10_000 });

/** A chosen time as the booking and the move send it. */
export interface BookingValg {
  moedetypeId: string;
  kanal: Kanal;
  start: string;
  medarbejderId: string;
  lokaleId: string | null;
  idempotensnoegle: string;
}

function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: samtalerKey });
    void qc.invalidateQueries({ queryKey: beskederKey });
    void qc.invalidateQueries({ queryKey: tiderKey });
  };
}

/** Puts a conversation the server answered with into the list at once (the receipt shows it before the refetch). */
function useLaegIListen() {
  const qc = useQueryClient();
  return (s: Samtale, flyttetFra?: string) =>
    qc.setQueryData<Muligheder>(samtalerKey, (old) =>
      old
        ? {
            ...old,
            samtaler: [
              ...old.samtaler
                .filter((x) => x.id !== s.id)
                .map((x) => (x.id === flyttetFra ? { ...x, status: "flyttet" as const } : x)),
              s,
            ],
          }
        : old,
    );
}

/** Book a conversation (idempotent with the key); the answer is the booked conversation. */
export function useBook() {
  const refresh = useRefresh();
  const laeg = useLaegIListen();
  return useMutation({
    mutationFn: (body: BookingValg & { regelId?: string }) => api<Samtale>(base, { method: "POST", body }),
    onSuccess: (s) => laeg(s),
    onSettled: refresh,
  });
}

/** Move a conversation to another time or channel (idempotent with the key); the answer is the conversation as moved. */
export function useFlyt() {
  const refresh = useRefresh();
  const laeg = useLaegIListen();
  return useMutation({
    mutationFn: ({ id, ...body }: BookingValg & { id: string }) =>
      api<Samtale>(`${base}/${id}/flyt`, { method: "POST", body }),
    onSuccess: (s, v) => laeg(s, v.id),
    onSettled: refresh,
  });
}

/** Ask the free times again (after a time was taken by someone else). */
export function useGenindlaesTider() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: tiderKey });
}

export function useAflys(id: string) {
  const refresh = useRefresh();
  const laeg = useLaegIListen();
  return useMutation({
    mutationFn: (aarsag: string) => api<Samtale>(`${base}/${id}/aflys`, { method: "POST", body: { aarsag } }),
    onSuccess: (s) => laeg(s),
    onSettled: refresh,
  });
}

/** Save the citizen's preparation; the conversation in the list is updated with the answer. */
export function useForberedelse(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (tekst: string) => api<Samtale>(`${base}/${id}/forberedelse`, { method: "PUT", body: { tekst } }),
    onSuccess: (s) => {
      qc.setQueryData<Muligheder>(samtalerKey, (old) =>
        old
          ? {
              ...old,
              samtaler: old.samtaler.map((x) =>
                x.id === id ? { ...x, forberedelse: s.forberedelse, forberedelseAendret: s.forberedelseAendret } : x,
              ),
            }
          : old,
      );
    },
  });
}

export function useVenteliste(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (aktiv: boolean) =>
      api<{ venteliste: boolean }>(`${base}/${id}/venteliste`, { method: "PUT", body: { aktiv } }),
    onSuccess: (r) => {
      qc.setQueryData<Muligheder>(samtalerKey, (old) =>
        old
          ? { ...old, samtaler: old.samtaler.map((x) => (x.id === id ? { ...x, venteliste: r.venteliste } : x)) }
          : old,
      );
    },
  });
}

export function useKommenter(samtaleId: string) {
  const qc = useQueryClient();
  const key = ["samtale", "borger", "referat", samtaleId];
  return useMutation({
    mutationFn: (body: { tekst: string; idempotensnoegle: string }) =>
      api<{ kommentarer: Kommentar[] }>(`${base}/${samtaleId}/referat/kommentarer`, { method: "POST", body }),
    onSuccess: (r) => {
      qc.setQueryData<BorgerReferat>(key, (old) => (old ? { ...old, kommentarer: r.kommentarer } : old));
    },
  });
}

export function useMarkerLaest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ laest: boolean }>(`/api/borger/beskeder/${id}/laest`, { method: "POST" }),
    onSuccess: (_r, id) => {
      qc.setQueryData<Besked[]>(beskederKey, (old) =>
        old?.map((b) => (b.id === id && !b.laest ? { ...b, laest: new Date().toISOString() } : b)),
      );
    },
  });
}

export const kalenderUrl = (samtaleId: string) => `${base}/${samtaleId}/kalender.ics`;
export const brevUrl = (beskedId: string) => `/api/borger/beskeder/${beskedId}/brev`;
