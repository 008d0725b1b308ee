import type { Problem } from "#contracts/errors.ts";
import { minsideIds as ids } from "#contracts/testids-minside.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { localProblem, ProblemError, validationProblem } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { SelectField, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, Facts, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { useBisiddere, useGivAdgang, useNyKode, useTilbagekald } from "../queries.ts";
import type { BisidderAdgang, NyBisidder } from "../types.ts";

const DAGE = [1, 3, 7, 14, 21, 30];
const somProblem = (e: unknown): Problem => (e instanceof ProblemError ? e.problem : localProblem("INTERNAL"));

/**
 * "Bisidder" (`/borger/bisidder`): the citizen's companions with their status, validity and last use; give a named
 * companion time-limited read access (form, summary, receipt with the link and the one-time code shown once); remove
 * an access (with confirmation) or give a new code.
 */
export function Bisiddere() {
  const { t } = useTranslation();
  const query = useBisiddere();
  return (
    <div data-testid={ids.bisidder.page}>
      <BackLink to="/borger">{t("borger.backToMinSide")}</BackLink>
      <PageHeading>{t("minside.bisidder.heading")}</PageHeading>
      <div className="ju-prose">
        <p className="font-lead">{t("minside.bisidder.lead")}</p>
        <p>{t("minside.bisidder.regler", { maks: query.data?.maksDage ?? 30 })}</p>
      </div>
      <QueryView query={query}>
        {(data) => (
          <>
            <Liste adgange={data.adgange} />
            <NyAdgang maksDage={data.maksDage} standardDage={data.standardDage} />
          </>
        )}
      </QueryView>
    </div>
  );
}

type Kvittering =
  | { art: "tilbagekaldt"; navn: string }
  | { art: "nyKode"; navn: string; kode: string }
  | { art: "fejl"; problem: Problem };

function Liste({ adgange }: { adgange: BisidderAdgang[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tilbagekald = useTilbagekald();
  const nyKode = useNyKode();
  const [bekraeft, setBekraeft] = useState<string | null>(null);
  const [kvittering, setKvittering] = useState<Kvittering | null>(null);
  const aaben = (a: BisidderAdgang) => a.status === "afventer" || a.status === "aktiv" || a.status === "spaerret";
  return (
    <section aria-labelledby="ms-companions">
      <h2 id="ms-companions">{t("minside.bisidder.liste")}</h2>
      {kvittering?.art === "tilbagekaldt" ? (
        <Receipt
          key={`r-${kvittering.navn}`}
          heading={t("minside.bisidder.tilbagekaldtKvittering", { navn: kvittering.navn })}
          testId={ids.bisidder.tilbagekaldtKvittering}
        />
      ) : kvittering?.art === "nyKode" ? (
        <Receipt
          key={`k-${kvittering.kode}`}
          heading={t("minside.bisidder.nyKodeKvittering", { navn: kvittering.navn })}
          testId={ids.bisidder.nyKodeKvittering}
        >
          <p>{t("minside.bisidder.nyKodeTekst", { navn: kvittering.navn })}</p>
          <p className="h3" data-testid={ids.bisidder.kode}>
            {kvittering.kode}
          </p>
        </Receipt>
      ) : kvittering?.art === "fejl" ? (
        <ErrorSummary problem={kvittering.problem} />
      ) : null}
      {adgange.length === 0 ? (
        <p data-testid={ids.bisidder.tom}>{t("minside.bisidder.tom")}</p>
      ) : (
        <ul className="ju-cards nobullet-list" data-testid={ids.bisidder.liste}>
          {adgange.map((a) => (
            <li key={a.id}>
              <article className="ju-card" data-testid={ids.bisidder.raekke(a.id)} aria-labelledby={`comp-${a.id}`}>
                <h3 className="ju-card-heading h5" id={`comp-${a.id}`}>
                  {a.navn}
                </h3>
                <dl className="ju-inline-facts">
                  <div>
                    <dt>{t("minside.bisidder.status")}</dt>
                    <dd data-testid={ids.bisidder.status(a.id)}>{t(`minside.bisidder.statusTekst.${a.status}`)}</dd>
                  </div>
                  <div>
                    <dt>{t("minside.bisidder.gyldigTil")}</dt>
                    <dd>{fmt.dateTime(a.tilbagekaldt ?? a.gyldigTil)}</dd>
                  </div>
                  <div>
                    <dt>{t("minside.bisidder.sidstBrugt")}</dt>
                    <dd>{a.sidstBrugt ? fmt.dateTime(a.sidstBrugt) : t("minside.bisidder.aldrigBrugt")}</dd>
                  </div>
                </dl>
                {aaben(a) && bekraeft !== a.id ? (
                  <div className="ju-button-row">
                    <button
                      type="button"
                      className="button button-secondary"
                      data-testid={ids.bisidder.tilbagekald(a.id)}
                      onClick={() => {
                        setKvittering(null);
                        setBekraeft(a.id);
                      }}
                    >
                      {t("minside.bisidder.tilbagekald")}
                      <span className="sr-only">: {a.navn}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-tertiary"
                      data-testid={ids.bisidder.nyKode(a.id)}
                      disabled={nyKode.isPending}
                      onClick={() =>
                        nyKode.mutate(a.id, {
                          onSuccess: (r) => setKvittering({ art: "nyKode", navn: a.navn, kode: r.kode }),
                          onError: (e) => setKvittering({ art: "fejl", problem: somProblem(e) }),
                        })
                      }
                    >
                      {t("minside.bisidder.nyKode")}
                      <span className="sr-only">: {a.navn}</span>
                    </button>
                  </div>
                ) : null}
                {bekraeft === a.id ? (
                  <section className="ju-editor" aria-labelledby={`confirm-${a.id}`}>
                    <h4 className="h5 mt-0" id={`confirm-${a.id}`}>
                      {t("minside.bisidder.bekraeftHeading", { navn: a.navn })}
                    </h4>
                    <p>{t("minside.bisidder.bekraeftTekst", { navn: a.navn })}</p>
                    <div className="ju-button-row">
                      <button
                        type="button"
                        className="button button-primary"
                        data-testid={ids.bisidder.bekraeftTilbagekald}
                        disabled={tilbagekald.isPending}
                        onClick={() =>
                          tilbagekald.mutate(a.id, {
                            onSuccess: () => {
                              setBekraeft(null);
                              setKvittering({ art: "tilbagekaldt", navn: a.navn });
                            },
                            onError: (e) => setKvittering({ art: "fejl", problem: somProblem(e) }),
                          })
                        }
                      >
                        {t("minside.bisidder.bekraeft")}
                      </button>
                      <button
                        type="button"
                        className="button button-tertiary"
                        data-testid={ids.bisidder.annullerTilbagekald}
                        onClick={() => setBekraeft(null)}
                      >
                        {t("minside.bisidder.annuller")}
                      </button>
                    </div>
                  </section>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Give access: the form, then the summary, then the receipt with the link and the code (shown this once). */
function NyAdgang({ maksDage, standardDage }: { maksDage: number; standardDage: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const giv = useGivAdgang();
  const [trin, setTrin] = useState<"form" | "resume" | "kvittering">("form");
  const [navn, setNavn] = useState("");
  const [dage, setDage] = useState(String(standardDage));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [noegle, setNoegle] = useState(newUuid);
  const [svar, setSvar] = useState<NyBisidder | null>(null);
  const fejl = (path: string) => problem?.errors?.find((e) => e.path === path)?.message;

  const fortsaet = (e: FormEvent) => {
    e.preventDefault();
    const errors: { path: string; message: string }[] = [];
    if (navn.trim().length < 2) errors.push({ path: "body.navn", message: t("minside.bisidder.fejlNavn") });
    const d = Number(dage);
    if (!Number.isInteger(d) || d < 1 || d > maksDage)
      errors.push({ path: "body.dage", message: t("minside.bisidder.fejlDage", { maks: maksDage }) });
    if (errors.length) {
      setProblem(validationProblem(errors));
      return;
    }
    setProblem(null);
    setTrin("resume");
  };

  const send = (e: FormEvent) => {
    e.preventDefault();
    giv.mutate(
      { navn: navn.trim(), dage: Number(dage), idempotensnoegle: noegle },
      {
        onSuccess: (r) => {
          setSvar(r);
          setTrin("kvittering");
        },
        onError: (err) => {
          setProblem(somProblem(err));
          setTrin("form");
        },
      },
    );
  };

  const igen = () => {
    setNavn("");
    setDage(String(standardDage));
    setNoegle(newUuid());
    setSvar(null);
    setTrin("form");
  };

  const slut = new Date(Date.now() + Number(dage) * 86_400_000).toISOString();
  return (
    <section aria-labelledby="ms-new-companion" className="mt-7">
      <h2 id="ms-new-companion">{t("minside.bisidder.nyHeading")}</h2>
      {trin === "kvittering" && svar ? (
        <Receipt
          heading={t("minside.bisidder.kvittering", { navn: svar.adgang.navn })}
          testId={ids.bisidder.kvittering}
        >
          {svar.link && svar.kode ? (
            <>
              <p>{t("minside.bisidder.kvitteringTekst", { navn: svar.adgang.navn })}</p>
              <p className="mb-2 weight-semibold">{t("minside.bisidder.kvitteringLink")}</p>
              <p className="mt-0" style={{ overflowWrap: "anywhere" }} data-testid={ids.bisidder.link}>
                {`${window.location.origin}${svar.link}`}
              </p>
              <p className="mb-2 weight-semibold">{t("minside.bisidder.kvitteringKode")}</p>
              <p className="mt-0 h3" data-testid={ids.bisidder.kode}>
                {svar.kode}
              </p>
            </>
          ) : (
            <p>{t("minside.bisidder.kvitteringIngenKode", { navn: svar.adgang.navn })}</p>
          )}
          <p>
            <button type="button" className="button button-secondary" onClick={igen} data-testid={ids.bisidder.ny}>
              {t("minside.bisidder.nyHeading")}
            </button>
          </p>
        </Receipt>
      ) : trin === "resume" ? (
        <form onSubmit={send} data-testid={ids.bisidder.resume} aria-labelledby="ms-summary">
          <h3 id="ms-summary">{t("minside.bisidder.resumeHeading")}</h3>
          <Facts
            items={[
              [t("minside.bisidder.resumeNavn"), navn.trim()],
              [t("minside.bisidder.resumeGyldig"), fmt.dateTime(slut)],
              [t("minside.bisidder.resumeHvad"), t("minside.bisidder.resumeHvadTekst")],
            ]}
          />
          <FormButtons
            submit={t("minside.bisidder.giv")}
            submitTestId={ids.bisidder.giv}
            disabled={giv.isPending}
            cancel={{ label: t("minside.bisidder.ret"), testId: ids.bisidder.tilbage, onClick: () => setTrin("form") }}
          />
        </form>
      ) : (
        <form onSubmit={fortsaet} noValidate>
          {problem ? (
            <ErrorSummary
              problem={problem}
              fieldIds={{ "body.navn": "companion-name", "body.dage": "companion-days" }}
            />
          ) : null}
          <TextInput
            id="companion-name"
            label={t("minside.bisidder.navnLabel")}
            hint={t("minside.bisidder.navnHint")}
            error={fejl("body.navn")}
            value={navn}
            onChange={setNavn}
            testId={ids.bisidder.navn}
            width="xl"
            maxLength={100}
            autoComplete="off"
          />
          <SelectField
            id="companion-days"
            label={t("minside.bisidder.dageLabel")}
            hint={t("minside.bisidder.dageHint", { maks: maksDage })}
            error={fejl("body.dage")}
            value={dage}
            onChange={setDage}
            testId={ids.bisidder.dage}
            options={DAGE.filter((d) => d <= maksDage).map((d) => ({
              value: String(d),
              label: t("minside.bisidder.dageValg", { count: d }),
            }))}
          />
          <FormButtons submit={t("minside.bisidder.fortsaet")} submitTestId={ids.bisidder.fortsaet} />
        </form>
      )}
    </section>
  );
}
