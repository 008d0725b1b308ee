import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";

/** The answers of the transport allowance API (apps/server/src/modules/befordring/routes.ts). */
export interface Regel {
  id: string;
  titel: string;
  tekst: string;
  henvisning: string;
  url: string | null;
  gyldigFra: string;
  gyldigTil: string | null;
  taerskelKm: number;
  satsOere: number;
  maksPrMaanedOere: number | null;
  afrundKrone: boolean;
  sikkerhed: "hoej" | "middel" | "lav";
  kilde: string;
}

export interface Sted {
  postnr: string;
  bynavn: string;
  kilde: "postnummer" | "kommune";
  kommuner: string[];
}

export interface Afstand {
  fra: Sted;
  til: Sted;
  luftlinjeKm: number;
  vejfaktor: number;
  enkeltturHm: number;
}

export interface Linje {
  regelId: string;
  maaned: string;
  dage: string[];
  dagligHm: number;
  betaltHm: number;
  taerskelKm: number;
  satsOere: number;
  uloftetOere: number;
  beloebOere: number;
  loftOere: number | null;
}

export interface Beregning {
  linjer: Linje[];
  beregnetOere: number;
  udbetalesOere: number;
  afrundet: boolean;
}

export interface Aktivitet {
  art: "jobplan" | "tilmelding";
  id: string;
  titel: string;
  start: string | null;
  slut: string | null;
  sted: string | null;
  postnr: string | null;
  dage: string[];
  allerdeSoegt: string[];
}

export interface Jobcenter {
  navn: string;
  adresse: string | null;
  postnr: string | null;
  bynavn: string | null;
  telefon: string | null;
  email: string | null;
}

export type Status = "indsendt" | "godkendt" | "afvist";

export interface Ansoegning {
  id: string;
  kvitteringsnr: string;
  aktivitet: { art: string; id: string; titel: string };
  fraPostnr: string;
  tilPostnr: string;
  enkeltturHm: number;
  afstand: Afstand;
  dage: string[];
  beregning: Beregning;
  beloebOere: number;
  status: Status;
  indsendt: string;
  rettetHm: number | null;
  rettetBegrundelse: string | null;
  godkendtOere: number | null;
  afgjort: string | null;
  afgjortAf: string | null;
  begrundelse: string | null;
  afgoerelse: string | null;
  regler: Regel[];
}

export interface Overblik {
  idag: string;
  hjem: { postnr: string | null; bynavn: string | null };
  jobcenter: Jobcenter | null;
  vejfaktor: number;
  regel: Regel | null;
  aktiviteter: Aktivitet[];
  ansoegninger: Ansoegning[];
}

export interface Input {
  aktivitet: { art: "jobplan" | "tilmelding"; id: string };
  tilPostnr: string;
  dage: string[];
}

export interface Forhaandsvisning {
  aktivitet: { art: string; id: string; titel: string };
  fraPostnr: string;
  tilPostnr: string;
  afstand: Afstand;
  dage: string[];
  beregning: Beregning;
  regler: Regel[];
}

export type Kvittering = Ansoegning & { ny: boolean; jobcenter: Jobcenter | null };

export interface Sagsliste {
  ansoegninger: Ansoegning[];
  regler: Regel[];
  vejfaktor: number;
}

const borgerKey = ["befordring", "borger"] as const;

export const useOverblik = () =>
  useQuery({ queryKey: borgerKey, queryFn: () => api<Overblik>("/api/borger/befordring"), staleTime: 10_000 });

export const useBeregn = () =>
  useMutation({
    mutationFn: (input: Input) =>
      api<Forhaandsvisning>("/api/borger/befordring/beregn", { method: "POST", body: input }),
  });

export const useAnsoeg = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input & { idempotensnoegle: string }) =>
      api<Kvittering>("/api/borger/befordring", { method: "POST", body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: borgerKey }),
  });
};

const sagKey = (borgerId: string) => ["befordring", "sag", borgerId] as const;

export const useSagsliste = (borgerId: string, formaal: string) =>
  useQuery({
    queryKey: sagKey(borgerId),
    queryFn: () =>
      api<Sagsliste>(`/api/medarbejder/borgere/${borgerId}/befordring?formaal=${encodeURIComponent(formaal)}`),
  });

export interface AfgoerInput {
  beslutning: "godkendt" | "afvist";
  begrundelse?: string;
  afstandKm?: number;
  afstandBegrundelse?: string;
}

export const useAfgoer = (borgerId: string, formaal: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: AfgoerInput & { id: string }) =>
      api<Ansoegning>(`/api/medarbejder/befordring/${id}/afgoer?formaal=${encodeURIComponent(formaal)}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: sagKey(borgerId) }),
  });
};
