import { useEnGang } from "../../../ui/en-gang.ts";
import { UDDANNELSER } from "#contracts/maalgrupper.ts";
import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { SelectField, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Alert, BackLink, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { useIndberet, useOplysninger } from "../queries.ts";
import type {
  BoernData,
  Gruppe,
  GruppeOversigt,
  Indberetning,
  KoerekortData,
  Kontakt,
  SprogData,
  UddannelseData,
} from "../types.ts";

export const KOEREKORT = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"] as const;
export const SPROGNIVEAUER = ["modersmaal", "flydende", "godt", "noget"] as const;

/** A group's value in words, as both the citizen and the caseworker see it. */
export function useVaerdiTekst() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "da";
  return (g: Gruppe, v: unknown): ReactNode => {
    if (v === null || v === undefined) return <span className="ju-muted">{t("dialog.opl.ikkeOplyst")}</span>;
    switch (g) {
      case "kontakt": {
        const k = v as Kontakt;
        return (
          <>
            {t("dialog.opl.telefon")}: {k.telefon || t("dialog.opl.ikkeOplyst")}
            <br />
            {t("dialog.opl.email")}: {k.email || t("dialog.opl.ikkeOplyst")}
          </>
        );
      }
      case "uddannelse": {
        const u = v as UddannelseData;
        const navn = UDDANNELSER[u.niveau as keyof typeof UDDANNELSER]?.[lang] ?? u.niveau;
        return u.tekst ? `${navn}: ${u.tekst}` : navn;
      }
      case "koerekort": {
        const k = v as KoerekortData;
        return k.kategorier?.length
          ? t("dialog.opl.kategorier", { liste: k.kategorier.join(", ") })
          : t("dialog.opl.ingenKoerekort");
      }
      case "boern": {
        const b = v as BoernData;
        return b.antal === 0
          ? t("dialog.opl.ingenBoern")
          : t("dialog.opl.boernTekst", { count: b.antal, aldre: b.aldre.join(", ") });
      }
      case "sprog": {
        const s = v as SprogData;
        return s.sprog?.length
          ? s.sprog.map((x) => `${x.sprog} (${t(`dialog.opl.niveau.${x.niveau}`)})`).join(", ")
          : t("dialog.opl.ingenSprog");
      }
    }
  };
}

/**
 * /borger/oplysninger: the citizen's details as the jobcentre has them, one group at a time, each confirmed as correct
 * or corrected. Contact details and languages change at once; education, driving licence and children wait for the
 * caseworker, and the page says so.
 */
export function Oplysninger() {
  const { t } = useTranslation();
  const q = useOplysninger();
  return (
    <div data-testid={ids.oplysninger.page}>
      <BackLink to="/borger">{t("dialog.tilMinSide")}</BackLink>
      <PageHeading>{t("dialog.opl.heading")}</PageHeading>
      <QueryView query={q}>
        {(d) => (
          <>
            <p className="font-lead">{t("dialog.opl.intro", { jobcenter: d.jobcenter ?? t("dialog.jobcentret") })}</p>
            <ul className="nobullet-list">
              <li>{t("dialog.opl.straksForklaring")}</li>
              <li>{t("dialog.opl.venterForklaring")}</li>
            </ul>
            {d.grupper.map((g) => (
              <GruppeBoks key={g.gruppe} g={g} />
            ))}
          </>
        )}
      </QueryView>
    </div>
  );
}

function GruppeBoks({ g }: { g: GruppeOversigt }) {
  const { t } = useTranslation();
  const f = useFormat();
  const vaerdi = useVaerdiTekst();
  const indberet = useIndberet();
  const [retter, setRetter] = useState(false);
  const [noegle, setNoegle] = useState(newUuid);
  const [kvittering, setKvittering] = useState<Indberetning>();
  const sender = useEnGang();
  const send = (handling: "bekraeftet" | "rettet", data?: unknown) => {
    if (!sender.start()) return;
    indberet.mutate(
      { gruppe: g.gruppe, handling, data, idempotensnoegle: noegle },
      {
        onSuccess: (r) => {
          setKvittering(r.indberetning);
          setRetter(false);
          setNoegle(newUuid());
        },
        onSettled: () => {
          sender.faerdig();
        },
      },
    );
  };
  const problem = problemOf(indberet.error);
  const headingId = `details-${g.gruppe}-heading`;
  return (
    <section className="ju-editor" aria-labelledby={headingId} data-testid={ids.oplysninger.gruppe(g.gruppe)}>
      <h2 id={headingId} className="h3">
        {t(`dialog.opl.gruppe.${g.gruppe}`)}
      </h2>
      <p className="ju-small">{g.straks ? t("dialog.opl.straks") : t("dialog.opl.venter")}</p>
      <p data-testid={ids.oplysninger.vaerdi(g.gruppe)}>{vaerdi(g.gruppe, g.vaerdi)}</p>
      {g.senest ? (
        <p className="ju-small" data-testid={ids.oplysninger.senest(g.gruppe)}>
          {g.senest.handling === "bekraeftet"
            ? t("dialog.opl.senestBekraeftet", { tid: f.dateTime(g.senest.oprettet) })
            : t("dialog.opl.senestRettet", { tid: f.dateTime(g.senest.oprettet) })}
        </p>
      ) : null}
      {g.afventer ? (
        <Alert
          kind="info"
          headingLevel={3}
          heading={t("dialog.opl.afventerHeading")}
          testId={ids.oplysninger.afventer(g.gruppe)}
        >
          <p>
            {t("dialog.opl.afventerTekst", { tid: f.dateTime(g.afventer.oprettet) })}{" "}
            {vaerdi(g.gruppe, g.afventer.data)}
          </p>
        </Alert>
      ) : g.senestAfgjort?.udfald === "afvist" && g.senestAfgjort.behandletAf ? (
        <Alert kind="warning" headingLevel={3} heading={t("dialog.opl.afvistHeading")}>
          <p>{g.senestAfgjort.bemaerkning}</p>
        </Alert>
      ) : null}
      {kvittering ? (
        <Receipt
          heading={
            kvittering.handling === "bekraeftet"
              ? t("dialog.opl.kvitteringBekraeftet")
              : kvittering.straks
                ? t("dialog.opl.kvitteringStraks")
                : t("dialog.opl.kvitteringVenter")
          }
          testId={ids.oplysninger.kvittering(g.gruppe)}
        >
          <p>{t("dialog.opl.kvitteringTid", { tid: f.dateTime(kvittering.oprettet) })}</p>
        </Receipt>
      ) : null}
      {problem && !retter ? <ErrorSummary problem={problem} /> : null}
      {retter ? (
        <RetForm
          g={g}
          sender={indberet.isPending}
          problem={problem}
          onGem={(data) => send("rettet", data)}
          onAnnuller={() => setRetter(false)}
        />
      ) : (
        <div className="ju-button-row mt-3">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => send("bekraeftet")}
            disabled={indberet.isPending || g.vaerdi === null}
            data-testid={ids.oplysninger.bekraeft(g.gruppe)}
          >
            {t("dialog.opl.bekraeft")}
            <span className="sr-only">: {t(`dialog.opl.gruppe.${g.gruppe}`)}</span>
          </button>
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => {
              setKvittering(undefined);
              setRetter(true);
            }}
            data-testid={ids.oplysninger.ret(g.gruppe)}
          >
            {t("dialog.opl.ret")}
            <span className="sr-only">: {t(`dialog.opl.gruppe.${g.gruppe}`)}</span>
          </button>
        </div>
      )}
    </section>
  );
}

type Problem = ReturnType<typeof problemOf>;

/** The correction form of one group, prefilled with the value now. */
function RetForm({
  g,
  sender,
  problem,
  onGem,
  onAnnuller,
}: {
  g: GruppeOversigt;
  sender: boolean;
  problem: Problem;
  onGem: (data: unknown) => void;
  onAnnuller: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "da";
  const v = g.vaerdi as Record<string, unknown> | null;
  const k = (v ?? {}) as Partial<Kontakt>;
  const [telefon, setTelefon] = useState(k.telefon ?? "");
  const [email, setEmail] = useState(k.email ?? "");
  const u = (v ?? {}) as Partial<UddannelseData>;
  const [niveau, setNiveau] = useState(u.niveau ?? "");
  const [udd, setUdd] = useState(u.tekst ?? "");
  const [kategorier, setKategorier] = useState<string[]>(((v ?? {}) as Partial<KoerekortData>).kategorier ?? []);
  const b = (v ?? {}) as Partial<BoernData>;
  const [antal, setAntal] = useState(String(b.antal ?? 0));
  const [aldre, setAldre] = useState<string[]>((b.aldre ?? []).map(String));
  const [sprog, setSprog] = useState<{ sprog: string; niveau: string }[]>(
    ((v ?? {}) as Partial<SprogData>).sprog ?? [{ sprog: "", niveau: "" }],
  );
  const fejl = (sti: string) => fieldMessage(problem, [`body.data.${sti}`]);
  const n = Math.max(0, Math.min(20, Number.parseInt(antal, 10) || 0));
  const gem = (e: FormEvent) => {
    e.preventDefault();
    switch (g.gruppe) {
      case "kontakt":
        return onGem({ telefon, email });
      case "uddannelse":
        return onGem({ niveau, tekst: udd });
      case "koerekort":
        return onGem({ kategorier });
      case "boern":
        return onGem({
          antal: antal.trim() === "" ? Number.NaN : Number(antal),
          aldre: aldre.slice(0, n).map((a) => (a.trim() === "" ? Number.NaN : Number(a))),
        });
      case "sprog":
        return onGem({ sprog: sprog.filter((s) => s.sprog.trim() || s.niveau) });
    }
  };
  const fieldIds: Record<string, string> = {
    "body.data.telefon": ids.oplysninger.telefon,
    "body.data.email": ids.oplysninger.email,
    "body.data.niveau": ids.oplysninger.uddannelse,
    "body.data.antal": ids.oplysninger.boernAntal,
  };
  return (
    <form onSubmit={gem} noValidate data-testid={ids.oplysninger.form(g.gruppe)} className="mt-3">
      {problem ? <ErrorSummary problem={problem} fieldIds={fieldIds} /> : null}
      {g.gruppe === "kontakt" ? (
        <>
          <TextInput
            id={ids.oplysninger.telefon}
            label={t("dialog.opl.telefon")}
            hint={t("dialog.opl.telefonHint")}
            value={telefon}
            onChange={setTelefon}
            autoComplete="tel"
            width="l"
            error={fejl("telefon")}
            testId={ids.oplysninger.telefon}
          />
          <TextInput
            id={ids.oplysninger.email}
            label={t("dialog.opl.email")}
            value={email}
            onChange={setEmail}
            autoComplete="email"
            width="xl"
            error={fejl("email")}
            testId={ids.oplysninger.email}
          />
        </>
      ) : g.gruppe === "uddannelse" ? (
        <>
          <SelectField
            id={ids.oplysninger.uddannelse}
            label={t("dialog.opl.hoejeste")}
            value={niveau}
            onChange={setNiveau}
            placeholder={t("dialog.opl.vaelg")}
            options={Object.entries(UDDANNELSER).map(([kode, x]) => ({ value: kode, label: x[lang] }))}
            error={fejl("niveau")}
            testId={ids.oplysninger.uddannelse}
          />
          <TextInput
            id={ids.oplysninger.uddannelseTekst}
            label={t("dialog.opl.uddTekst")}
            hint={t("dialog.opl.uddTekstHint")}
            value={udd}
            onChange={setUdd}
            maxLength={300}
            width="xl"
            error={fejl("tekst")}
            testId={ids.oplysninger.uddannelseTekst}
          />
        </>
      ) : g.gruppe === "koerekort" ? (
        <fieldset>
          <legend className="form-label">{t("dialog.opl.koerekortLegend")}</legend>
          {KOEREKORT.map((kat) => (
            <div className="form-group-checkbox" key={kat}>
              <input
                type="checkbox"
                className="form-checkbox"
                id={`licence-${kat}`}
                checked={kategorier.includes(kat)}
                onChange={(e) =>
                  setKategorier(e.target.checked ? [...kategorier, kat] : kategorier.filter((x) => x !== kat))
                }
                data-testid={ids.oplysninger.koerekort(kat)}
              />
              <label className="form-label" htmlFor={`licence-${kat}`}>
                {t("dialog.opl.kategori", { kat })}
              </label>
            </div>
          ))}
        </fieldset>
      ) : g.gruppe === "boern" ? (
        <>
          <TextInput
            id={ids.oplysninger.boernAntal}
            label={t("dialog.opl.boernAntal")}
            hint={t("dialog.opl.boernHint")}
            value={antal}
            onChange={setAntal}
            inputMode="numeric"
            width="xs"
            error={fejl("antal")}
            testId={ids.oplysninger.boernAntal}
          />
          {Array.from({ length: n }, (_, i) => (
            <TextInput
              // biome-ignore lint/suspicious/noArrayIndexKey: the children are numbered, the number is the key
              key={i}
              id={`details-child-age-${i}`}
              label={t("dialog.opl.barnAlder", { nr: i + 1 })}
              value={aldre[i] ?? ""}
              onChange={(x) => setAldre(Object.assign([...aldre], { [i]: x }))}
              inputMode="numeric"
              width="xs"
              error={fejl(`aldre.${i}`) ?? (i === 0 ? fejl("aldre") : undefined)}
              testId={ids.oplysninger.boernAlder(i)}
            />
          ))}
        </>
      ) : (
        <fieldset>
          <legend className="form-label">{t("dialog.opl.sprogLegend")}</legend>
          {sprog.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and numbered
            <div key={i} className="mb-4">
              <TextInput
                id={`details-language-${i}`}
                label={t("dialog.opl.sprogNr", { nr: i + 1 })}
                value={s.sprog}
                onChange={(x) => setSprog(sprog.map((y, j) => (j === i ? { ...y, sprog: x } : y)))}
                width="l"
                error={fejl(`sprog.${i}.sprog`)}
                testId={ids.oplysninger.sprog(i)}
              />
              <SelectField
                id={`details-language-level-${i}`}
                label={t("dialog.opl.sprogNiveau", { nr: i + 1 })}
                value={s.niveau}
                onChange={(x) => setSprog(sprog.map((y, j) => (j === i ? { ...y, niveau: x } : y)))}
                placeholder={t("dialog.opl.vaelg")}
                options={SPROGNIVEAUER.map((x) => ({ value: x, label: t(`dialog.opl.niveau.${x}`) }))}
                error={fejl(`sprog.${i}.niveau`)}
                testId={ids.oplysninger.sprogNiveau(i)}
              />
              {sprog.length > 1 ? (
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => setSprog(sprog.filter((_, j) => j !== i))}
                  data-testid={ids.oplysninger.fjernSprog(i)}
                >
                  {t("dialog.opl.fjernSprog", { nr: i + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {fejl("sprog") ? <p className="form-error-message">{fejl("sprog")}</p> : null}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setSprog([...sprog, { sprog: "", niveau: "" }])}
            data-testid={ids.oplysninger.tilfoejSprog}
          >
            {t("dialog.opl.tilfoejSprog")}
          </button>
        </fieldset>
      )}
      <FormButtons
        submit={t("dialog.opl.gem")}
        submitTestId={ids.oplysninger.gem(g.gruppe)}
        disabled={sender}
        cancel={{ label: t("common.cancel"), testId: ids.oplysninger.annuller(g.gruppe), onClick: onAnnuller }}
      />
    </form>
  );
}
