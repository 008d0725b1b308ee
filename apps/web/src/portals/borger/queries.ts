import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { AdgangslogEntry, BorgerMig } from "../../api/types.ts";
import type { Overblik } from "../minside/types.ts";

export const useBorgerMig = () =>
  useQuery({ queryKey: ["borger", "mig"], queryFn: () => api<BorgerMig>("/api/borger/mig") });

export const useAdgangslog = () =>
  useQuery({
    queryKey: ["borger", "adgangslog"],
    queryFn: () => api<AdgangslogEntry[]>("/api/borger/adgangslog"),
    staleTime: 0,
  });

/** Min side's overview: target group, plan, the law's obligations with their "why", the next conversation. */
export const useOverblik = () =>
  useQuery({ queryKey: ["borger", "overblik"], queryFn: () => api<Overblik>("/api/borger/overblik") });
