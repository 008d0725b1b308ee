import type { Problem } from "#contracts/errors.ts";
import { markedLeverandoerIds as ids } from "#contracts/testids-marked-leverandoer.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { UDBUD_KEY } from "./LeverandoerUdbud.tsx";
import { UdbudDetaljer } from "./UdbudDetaljer.tsx";
import {
  Grundoplysninger,
  type Handling,
  IndholdOgMaalgrupper,
  Moduler,
  nyModul,
  Pris,
  type Raekke,
  til,
  tilRaekke,
} from "./UdbudFelter.tsx";
import {
  ARTER_MED_MODULER,
  erHeltal,
  erKlokkeslaet,
  kanRettes,
  STATUS_BADGE,
  type Udbud,
  type UdbudInput,
  useMarkedKoder,
} from "./udbud.ts";

/** The receipt after a save: what was done, and the offer as the server has it now. */
interface Kvittering {
  handling: Handling;
  udbud: Udbud;
}

/**
 * The provider's offer (`/leverandoer/udbud/ny` and `/leverandoer/udbud/:id`): a new one, or one not yet approved to
 * change, in four sections (about the course, content and target groups, price, modules), saved as a draft or sent to
 * the municipality for approval. An approved or withdrawn offer is shown read-only with its modules and seats.
 */
export function UdbudForm() {
  const { id } = useParams();
  return id ? <RetUdbud key={id} id={id} /> : <NytUdbud />;
}

function NytUdbud() {
  const { t } = useTranslation();
  const [kvittering, setKvittering] = useState<Kvittering>();
  return (
    <div data-testid={ids.form.page}>
      <BackLink to="/leverandoer/udbud">{t("markedLeverandoer.tilListen")}</BackLink>
      <PageHeading>{t("markedLeverandoer.form.nyHeading")}</PageHeading>
      {kvittering ? (
        <GemtKvittering kvittering={kvittering} />
      ) : (
        <>
          <p className="font-lead ju-prose">{t("markedLeverandoer.form.lead")}</p>
          <UdbudEditor onGemt={setKvittering} />
        </>
      )}
    </div>
  );
}

function RetUdbud({ id }: { id: string }) {
  const { t } = useTranslation();
  const k = useMarkedKoder();
  const query = useQuery({
    queryKey: [...UDBUD_KEY, id],
    queryFn: () => api<Udbud>(`/api/leverandoer/udbud/${encodeURIComponent(id)}`),
  });
  const [kvittering, setKvittering] = useState<Kvittering>();
  return (
    <div data-testid={ids.form.page}>
      <BackLink to="/leverandoer/udbud">{t("markedLeverandoer.tilListen")}</BackLink>
      <QueryView query={query}>
        {(u) =>
          kvittering ? (
            <>
              <PageHeading>{t("markedLeverandoer.form.retHeading", { titel: kvittering.udbud.titel })}</PageHeading>
              <GemtKvittering kvittering={kvittering} onRet={() => setKvittering(undefined)} />
            </>
          ) : kanRettes(u.status) ? (
            <>
              <PageHeading>{t("markedLeverandoer.form.retHeading", { titel: u.titel })}</PageHeading>
              <p className="font-lead ju-prose">
                {u.status === "indsendt"
                  ? t("markedLeverandoer.form.leadIndsendt")
                  : u.status === "afvist"
                    ? t("markedLeverandoer.form.leadAfvist")
                    : t("markedLeverandoer.form.leadKladde")}
              </p>
              {u.status === "afvist" && u.statusAarsag ? (
                <div className="alert alert-warning" data-testid={ids.liste.aarsag(u.id)}>
                  <div className="alert-body">
                    <h2 className="alert-heading">{t("markedLeverandoer.liste.aarsag")}</h2>
                    <p className="alert-text ju-note-text">{u.statusAarsag}</p>
                  </div>
                </div>
              ) : null}
              <UdbudEditor key={u.opdateret} udbud={u} onGemt={setKvittering} />
            </>
          ) : (
            <>
              <PageHeading>{u.titel}</PageHeading>
              <p className="font-lead ju-prose">
                <span className={`badge ${STATUS_BADGE[u.status]}`}>{k.status(u.status)}</span>{" "}
                {u.status === "godkendt"
                  ? t("markedLeverandoer.form.godkendtTekst")
                  : t("markedLeverandoer.form.trukketTekst")}
              </p>
              <UdbudDetaljer udbud={u} testId={ids.form.visning} modulTestId={ids.form.modulTabel} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}

/** What was saved, and where to go on. */
function GemtKvittering({ kvittering: { handling, udbud: u }, onRet }: { kvittering: Kvittering; onRet?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Receipt heading={t(`markedLeverandoer.kvittering.${handling}`)} headingLevel={2} testId={ids.form.receipt}>
        <p>{t(`markedLeverandoer.kvittering.${handling}Tekst`, { titel: u.titel })}</p>
      </Receipt>
      <div className="ju-button-row">
        <Link className="button button-primary" to="/leverandoer/udbud" data-testid={ids.form.receiptListe}>
          {t("markedLeverandoer.kvittering.tilListen")}
        </Link>
        {kanRettes(u.status) ? (
          onRet ? (
            <button type="button" className="button button-secondary" onClick={onRet} data-testid={ids.form.receiptRet}>
              {t("markedLeverandoer.kvittering.ret")}
            </button>
          ) : (
            <Link
              className="button button-secondary"
              to={`/leverandoer/udbud/${u.id}`}
              data-testid={ids.form.receiptRet}
            >
              {t("markedLeverandoer.kvittering.ret")}
            </Link>
          )
        ) : null}
      </div>
    </>
  );
}

/** The form's state: the offer's fields as typed (numbers as text, so a wrong one can be told, not lost). */
export interface Felter {
  titel: string;
  beskrivelse: string;
  art: UdbudInput["art"];
  niveau: UdbudInput["niveau"];
  sprog: UdbudInput["sprog"];
  varighed: string;
  timer: string;
  kompetencer: string[];
  maalgrupper: string[];
  prisform: "tokens" | "abonnement";
  pris: string;
  moduler: Raekke[];
}

const fraUdbud = (u: Udbud | undefined): Felter => ({
  titel: u?.titel ?? "",
  beskrivelse: u?.beskrivelse ?? "",
  art: u?.art ?? "online",
  niveau: u?.niveau ?? "begynder",
  sprog: u?.sprog ?? ["da"],
  varighed: u ? String(u.varighedUger) : "",
  timer: u ? String(u.timerPrUge) : "",
  kompetencer: u?.kompetencer.map((k) => k.uri) ?? [],
  maalgrupper: u?.maalgrupper.map((m) => m.kode) ?? [],
  prisform: u?.abonnement ? "abonnement" : "tokens",
  pris: u?.prisTokens === null || u?.prisTokens === undefined ? "" : String(u.prisTokens),
  moduler: u?.moduler?.map(tilRaekke) ?? [],
});

/** The fields' ids by the server's error paths, for the error summary's links. */
function feltIds(f: Felter): Record<string, string> {
  return {
    "body.titel": "udbud-titel",
    "body.beskrivelse": "udbud-beskrivelse",
    "body.art": `udbud-art-${f.art}`,
    "body.niveau": "udbud-niveau",
    "body.sprog": "udbud-sprog-da",
    "body.varighedUger": "udbud-varighed",
    "body.timerPrUge": "udbud-timer",
    "body.kompetencer": "udbud-kompetence-soeg",
    "body.maalgrupper": "udbud-maalgruppe-DAGPENGE",
    "body.prisTokens": f.prisform === "tokens" ? "udbud-pris" : "udbud-prisform-tokens",
    "body.abonnement": "udbud-prisform-abonnement",
    "body.moduler": f.moduler.length ? "modul-0-titel" : "udbud-tilfoej-modul",
    ...Object.fromEntries(
      f.moduler.flatMap((_, i) => [
        [`body.moduler.${i}.titel`, `modul-${i}-titel`],
        [`body.moduler.${i}.form`, `modul-${i}-form`],
        [`body.moduler.${i}.start`, `modul-${i}-startDato`],
        [`body.moduler.${i}.slut`, `modul-${i}-slutDato`],
        [`body.moduler.${i}.sted`, `modul-${i}-sted`],
        [`body.moduler.${i}.kapacitet`, `modul-${i}-kapacitet`],
      ]),
    ),
  };
}

function UdbudEditor({ udbud, onGemt }: { udbud?: Udbud; onGemt: (k: Kvittering) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [felter, setFelter] = useState<Felter>(() => fraUdbud(udbud));
  const [noegle] = useState(newUuid);
  const [local, setLocal] = useState<Problem>();
  const saet = <K extends keyof Felter>(k: K, v: Felter[K]) => setFelter((f) => ({ ...f, [k]: v }));

  const gem = useMutation({
    mutationFn: async ({ handling, input }: { handling: Handling; input: UdbudInput }) => {
      if (!udbud)
        return api<Udbud>("/api/leverandoer/udbud", {
          method: "POST",
          body: { ...input, indsend: handling === "indsend", idempotensnoegle: noegle },
        });
      const path = `/api/leverandoer/udbud/${encodeURIComponent(udbud.id)}`;
      const rettet = await api<Udbud>(path, { method: "PUT", body: input });
      if (handling !== "indsend" || rettet.status === "indsendt") return rettet;
      return api<Udbud>(`${path}/status`, { method: "POST", body: { status: "indsendt" } });
    },
    onSuccess: async (u, { handling }) => {
      await queryClient.invalidateQueries({ queryKey: UDBUD_KEY });
      onGemt({ handling, udbud: u });
    },
  });

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (gem.isPending) return;
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const handling = (submitter?.value as Handling | undefined) ?? (udbud?.status === "indsendt" ? "gem" : "indsend");
    // the server's rules, told before anything is sent (the rules between fields are the server's to tell)
    const heltal = (v: string, path: string, felt: string, min: number, max: number) =>
      erHeltal(v) && Number(v) >= min && Number(v) <= max
        ? []
        : [
            {
              path,
              message: t("markedLeverandoer.fejl.heltal", { felt: felt.toLowerCase(), min, max: fmt.number(max, 0) }),
            },
          ];
    const medModuler = ARTER_MED_MODULER.includes(felter.art) || felter.moduler.length > 0;
    const errors = [
      ...(felter.titel.trim().length >= 3 ? [] : [{ path: "body.titel", message: t("markedLeverandoer.fejl.titel") }]),
      ...(felter.beskrivelse.trim().length >= 20
        ? []
        : [{ path: "body.beskrivelse", message: t("markedLeverandoer.fejl.beskrivelse") }]),
      ...(felter.sprog.length ? [] : [{ path: "body.sprog", message: t("markedLeverandoer.fejl.sprog") }]),
      ...heltal(felter.varighed, "body.varighedUger", t("markedLeverandoer.felt.varighedUger"), 1, 104),
      ...heltal(felter.timer, "body.timerPrUge", t("markedLeverandoer.felt.timerPrUge"), 1, 37),
      ...(felter.prisform === "tokens"
        ? heltal(felter.pris, "body.prisTokens", t("markedLeverandoer.felt.prisTokens"), 0, 100_000)
        : []),
      ...(medModuler
        ? felter.moduler.flatMap((m, i) => {
            const nr = i + 1;
            return [
              ...(m.titel.trim().length >= 2
                ? []
                : [{ path: `body.moduler.${i}.titel`, message: t("markedLeverandoer.fejl.modulTitel", { nr }) }]),
              ...(m.startDato && erKlokkeslaet(m.startKl)
                ? []
                : [{ path: `body.moduler.${i}.start`, message: t("markedLeverandoer.fejl.start", { nr }) }]),
              ...(m.slutDato && erKlokkeslaet(m.slutKl)
                ? []
                : [{ path: `body.moduler.${i}.slut`, message: t("markedLeverandoer.fejl.slut", { nr }) }]),
              ...(erHeltal(m.kapacitet) && Number(m.kapacitet) >= 1 && Number(m.kapacitet) <= 500
                ? []
                : [{ path: `body.moduler.${i}.kapacitet`, message: t("markedLeverandoer.fejl.kapacitet", { nr }) }]),
            ];
          })
        : []),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    if (errors.length) return;
    const input: UdbudInput = {
      titel: felter.titel.trim(),
      beskrivelse: felter.beskrivelse.trim(),
      art: felter.art,
      sprog: felter.sprog,
      niveau: felter.niveau,
      varighedUger: Number(felter.varighed.trim()),
      timerPrUge: Number(felter.timer.trim()),
      kompetencer: felter.kompetencer,
      maalgrupper: felter.maalgrupper,
      prisTokens: felter.prisform === "tokens" ? Number(felter.pris.trim()) : null,
      abonnement: felter.prisform === "abonnement",
      moduler: medModuler ? felter.moduler.map(til) : [],
    };
    gem.mutate({ handling, input });
  };

  const problem = local ?? problemOf(gem.error);
  const knap = (handling: Handling, variant: "primary" | "secondary", testId: string) => (
    <button
      type="submit"
      name="handling"
      value={handling}
      className={`button button-${variant}`}
      disabled={gem.isPending}
      data-testid={testId}
    >
      {t(`markedLeverandoer.form.knap.${udbud && handling === "kladde" ? "kladdeIgen" : handling}`)}
    </button>
  );

  return (
    <>
      {problem ? <ErrorSummary problem={problem} fieldIds={feltIds(felter)} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={ids.form.form}>
        <Grundoplysninger felter={felter} saet={saet} problem={problem} />
        <IndholdOgMaalgrupper felter={felter} saet={saet} problem={problem} />
        <Pris felter={felter} saet={saet} problem={problem} />
        {ARTER_MED_MODULER.includes(felter.art) || felter.moduler.length > 0 ? (
          <Moduler
            art={felter.art}
            moduler={felter.moduler}
            onChange={(m) => saet("moduler", m)}
            problem={problem}
            nyRaekke={() => nyModul(felter.art, felter.moduler)}
          />
        ) : null}
        <div className="ju-button-row">
          {udbud?.status === "indsendt" ? (
            knap("gem", "primary", ids.form.gem)
          ) : (
            <>
              {knap("indsend", "primary", ids.form.indsend)}
              {knap("kladde", "secondary", ids.form.gemKladde)}
            </>
          )}
          <Link className="button button-tertiary" to="/leverandoer/udbud">
            {t("common.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
