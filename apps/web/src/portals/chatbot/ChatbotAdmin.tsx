import { chatbotIds as ids } from "#contracts/testids-chatbot.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf } from "../../api/client.ts";
import { DataTable, RowAction } from "../../ui/DataTable.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { CheckboxField, TextArea, TextInput } from "../../ui/Field.tsx";
import { FormButtons } from "../../ui/FormButtons.tsx";
import { useFormat } from "../../ui/format.ts";
import { BackLink, PageHeading } from "../../ui/page.tsx";
import { Receipt } from "../../ui/Receipt.tsx";
import { QueryView } from "../common/QueryView.tsx";

interface Artikel {
  id: string;
  noegle: string;
  titel: string;
  spoergsmaal: string[];
  svar: string;
  svarEn: string | null;
  link: string | null;
  henvisning: string | null;
  aktiv: boolean;
}
interface Ubesvaret {
  id: string;
  tekst: string;
  oprettet: string;
  videresendt: boolean;
}

const base = "/api/admin/chatbot";
const root = ["chatbot", "admin"] as const;

interface Kladde {
  id: string | null;
  fraSpoergsmaalId?: string;
  noegle: string;
  titel: string;
  spoergsmaal: string;
  svar: string;
  svarEn: string;
  link: string;
  henvisning: string;
  aktiv: boolean;
}
const tomKladde = (): Kladde => ({
  id: null,
  noegle: "",
  titel: "",
  spoergsmaal: "",
  svar: "",
  svarEn: "",
  link: "",
  henvisning: "",
  aktiv: true,
});

/**
 * The administrator's page for the chatbot (/admin/chatbot): the municipality's articles (edit, add, hide), the
 * synonym list, and the questions the chatbot could not answer, each of which can become an article.
 */
export function ChatbotAdmin() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const f = useFormat();
  const artikler = useQuery({ queryKey: [...root, "artikler"], queryFn: () => api<Artikel[]>(`${base}/artikler`) });
  const ubesvarede = useQuery({
    queryKey: [...root, "ubesvarede"],
    queryFn: () => api<Ubesvaret[]>(`${base}/ubesvarede`),
  });
  const [kladde, setKladde] = useState<Kladde | null>(null);
  const [gemt, setGemt] = useState<string | null>(null);

  const afvis = useMutation({
    mutationFn: (id: string) => api(`${base}/ubesvarede/${id}/afvis`, { method: "POST", body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...root, "ubesvarede"] }),
  });

  return (
    <div data-testid={ids.admin.page}>
      <BackLink to="/admin">{t("chatbot.admin.tilbage")}</BackLink>
      <PageHeading>{t("chatbot.admin.titel")}</PageHeading>
      <p className="font-lead ju-prose">{t("chatbot.admin.intro")}</p>

      <section aria-labelledby="chatbot-unanswered-heading">
        <h2 id="chatbot-unanswered-heading">{t("chatbot.admin.ubesvarede")}</h2>
        <p className="ju-prose">{t("chatbot.admin.ubesvaredeIntro")}</p>
        <QueryView query={ubesvarede}>
          {(rows) =>
            rows.length === 0 ? (
              <p data-testid={ids.admin.ubesvarede}>{t("chatbot.admin.ingenUbesvarede")}</p>
            ) : (
              <ul className="nobullet-list" data-testid={ids.admin.ubesvarede}>
                {rows.map((q) => (
                  <li key={q.id} className="ju-chatbot-admin-q" data-testid={ids.admin.ubesvaret(q.id)}>
                    <p>
                      <strong>»{q.tekst}«</strong>
                      <br />
                      <span className="ju-small">
                        {t("chatbot.admin.stillet", { dato: f.date(q.oprettet) })}
                        {q.videresendt ? ` · ${t("chatbot.admin.videresendt")}` : ""}
                      </span>
                    </p>
                    <div className="ju-button-row">
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => {
                          setGemt(null);
                          setKladde({ ...tomKladde(), fraSpoergsmaalId: q.id, spoergsmaal: q.tekst });
                        }}
                        data-testid={ids.admin.tilArtikel(q.id)}
                      >
                        {t("chatbot.admin.tilArtikel")}
                        <span className="sr-only">: {q.tekst}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-tertiary"
                        disabled={afvis.isPending}
                        onClick={() => afvis.mutate(q.id)}
                        data-testid={ids.admin.afvis(q.id)}
                      >
                        {t("chatbot.admin.afvis")}
                        <span className="sr-only">: {q.tekst}</span>
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>

      {kladde ? (
        <ArtikelForm
          key={kladde.id ?? kladde.fraSpoergsmaalId ?? "ny"}
          kladde={kladde}
          onDone={(titel) => {
            setKladde(null);
            setGemt(titel);
            void qc.invalidateQueries({ queryKey: root });
          }}
          onCancel={() => setKladde(null)}
        />
      ) : null}
      {gemt ? (
        <Receipt key={gemt} heading={t("chatbot.admin.gemt")} testId={ids.admin.gemt} headingLevel={2}>
          {gemt}
        </Receipt>
      ) : null}

      <section aria-labelledby="chatbot-articles-heading">
        <h2 id="chatbot-articles-heading">{t("chatbot.admin.artikler")}</h2>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setGemt(null);
            setKladde(tomKladde());
          }}
          data-testid={ids.admin.ny}
        >
          {t("chatbot.admin.ny")}
        </button>
        <QueryView query={artikler}>
          {(rows) => (
            <DataTable
              captionId="chatbot-articles-caption"
              caption={t("chatbot.admin.artikler")}
              testId={ids.admin.artikler}
              columns={[
                t("chatbot.admin.kolTitel"),
                t("chatbot.admin.kolNoegle"),
                t("chatbot.admin.kolKilde"),
                t("chatbot.admin.kolAktiv"),
                "",
              ]}
              rows={rows}
              rowKey={(a) => a.id}
              rowTestId={ids.admin.artikel}
            >
              {(a) => (
                <>
                  <th scope="row">{a.titel}</th>
                  <td>{a.noegle}</td>
                  <td>{[a.link, a.henvisning].filter(Boolean).join(" · ")}</td>
                  <td>{a.aktiv ? t("chatbot.admin.ja") : t("chatbot.admin.nej")}</td>
                  <RowAction
                    label={t("chatbot.admin.ret")}
                    srLabel={a.titel}
                    onClick={() => {
                      setGemt(null);
                      setKladde({
                        id: a.id,
                        noegle: a.noegle,
                        titel: a.titel,
                        spoergsmaal: a.spoergsmaal.join("\n"),
                        svar: a.svar,
                        svarEn: a.svarEn ?? "",
                        link: a.link ?? "",
                        henvisning: a.henvisning ?? "",
                        aktiv: a.aktiv,
                      });
                    }}
                    testId={ids.admin.ret(a.id)}
                  />
                </>
              )}
            </DataTable>
          )}
        </QueryView>
      </section>

      <Synonymer />
    </div>
  );
}

/** Add or edit an article; the server rebuilds the municipality's index on save. */
function ArtikelForm({
  kladde,
  onDone,
  onCancel,
}: {
  kladde: Kladde;
  onDone: (titel: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [k, setK] = useState(kladde);
  const set = (patch: Partial<Kladde>) => setK((x) => ({ ...x, ...patch }));
  const gem = useMutation({
    mutationFn: () => {
      const body = {
        noegle: k.noegle.trim(),
        titel: k.titel.trim(),
        spoergsmaal: k.spoergsmaal
          .split("\n")
          .map((x) => x.trim())
          .filter(Boolean),
        svar: k.svar.trim(),
        svarEn: k.svarEn.trim() || null,
        link: k.link.trim() || null,
        henvisning: k.henvisning.trim() || null,
        aktiv: k.aktiv,
        ...(k.fraSpoergsmaalId && !k.id ? { fraSpoergsmaalId: k.fraSpoergsmaalId } : {}),
      };
      return k.id
        ? api<Artikel>(`${base}/artikler/${k.id}`, { method: "PUT", body })
        : api<Artikel>(`${base}/artikler`, { method: "POST", body });
    },
    onSuccess: (a) => onDone(a.titel),
  });
  const problem = problemOf(gem.error);
  const fejl = (felt: string) => problem?.errors?.find((e) => e.path.replace(/^body\./, "").startsWith(felt))?.message;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    gem.mutate();
  };
  return (
    <section aria-labelledby="chatbot-form-heading">
      <h2 id="chatbot-form-heading">{k.id ? t("chatbot.admin.formRet") : t("chatbot.admin.formNy")}</h2>
      {problem ? (
        <ErrorSummary
          problem={problem}
          fieldIds={{
            "body.noegle": "chatbot-noegle",
            "body.titel": "chatbot-titel",
            "body.spoergsmaal": "chatbot-spoergsmaal",
            "body.svar": "chatbot-svar",
            "body.link": "chatbot-link",
            "body.henvisning": "chatbot-henvisning",
          }}
        />
      ) : null}
      <form onSubmit={submit} noValidate data-testid={ids.admin.form}>
        <TextInput
          id="chatbot-titel"
          label={t("chatbot.admin.felttitel")}
          value={k.titel}
          onChange={(titel) => set({ titel })}
          error={fejl("titel")}
          testId={ids.admin.titel}
          width="xl"
        />
        <TextInput
          id="chatbot-noegle"
          label={t("chatbot.admin.noegle")}
          hint={t("chatbot.admin.noegleHint")}
          value={k.noegle}
          onChange={(noegle) => set({ noegle })}
          error={fejl("noegle")}
          testId={ids.admin.noegle}
          width="l"
        />
        <TextArea
          id="chatbot-spoergsmaal"
          label={t("chatbot.admin.spoergsmaal")}
          hint={t("chatbot.admin.spoergsmaalHint")}
          value={k.spoergsmaal}
          onChange={(spoergsmaal) => set({ spoergsmaal })}
          error={fejl("spoergsmaal")}
          testId={ids.admin.spoergsmaal}
          rows={4}
        />
        <TextArea
          id="chatbot-svar"
          label={t("chatbot.admin.svar")}
          value={k.svar}
          onChange={(svar) => set({ svar })}
          error={fejl("svar")}
          testId={ids.admin.svar}
          rows={5}
          maxLength={4000}
        />
        <TextArea
          id="chatbot-svar-en"
          label={t("chatbot.admin.svarEn")}
          value={k.svarEn}
          onChange={(svarEn) => set({ svarEn })}
          error={fejl("svarEn")}
          testId={ids.admin.svarEn}
          rows={3}
          maxLength={4000}
        />
        <TextInput
          id="chatbot-link"
          label={t("chatbot.admin.link")}
          hint={t("chatbot.admin.linkHint")}
          value={k.link}
          onChange={(link) => set({ link })}
          error={fejl("link")}
          testId={ids.admin.link}
          width="l"
        />
        <TextInput
          id="chatbot-henvisning"
          label={t("chatbot.admin.henvisning")}
          hint={t("chatbot.admin.henvisningHint")}
          value={k.henvisning}
          onChange={(henvisning) => set({ henvisning })}
          error={fejl("henvisning")}
          testId={ids.admin.henvisning}
          width="xl"
        />
        <CheckboxField
          id="chatbot-aktiv"
          label={t("chatbot.admin.aktiv")}
          checked={k.aktiv}
          onChange={(aktiv) => set({ aktiv })}
          testId={ids.admin.aktiv}
        />
        <FormButtons
          submit={t("chatbot.admin.gem")}
          submitTestId={ids.admin.gem}
          disabled={gem.isPending}
          cancel={{ label: t("chatbot.admin.annuller"), testId: ids.admin.annuller, onClick: onCancel }}
        />
      </form>
    </section>
  );
}

/** The synonym list as text: one group a line, the words separated by commas. */
function Synonymer() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: [...root, "synonymer"],
    queryFn: () => api<{ grupper: string[][] }>(`${base}/synonymer`),
  });
  return (
    <section aria-labelledby="chatbot-synonyms-heading">
      <h2 id="chatbot-synonyms-heading">{t("chatbot.admin.synonymer")}</h2>
      <QueryView query={query}>{(d) => <SynonymForm grupper={d.grupper} />}</QueryView>
    </section>
  );
}

function SynonymForm({ grupper }: { grupper: string[][] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [tekst, setTekst] = useState(() => grupper.map((g) => g.join(", ")).join("\n"));
  const gem = useMutation({
    mutationFn: () =>
      api<{ grupper: string[][] }>(`${base}/synonymer`, {
        method: "PUT",
        body: {
          grupper: tekst
            .split("\n")
            .map((l) =>
              l
                .split(",")
                .map((x) => x.trim())
                .filter(Boolean),
            )
            .filter((g) => g.length >= 2),
        },
      }),
    onSuccess: (d) => {
      qc.setQueryData([...root, "synonymer"], d);
    },
  });
  const problem = problemOf(gem.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        gem.mutate();
      }}
      noValidate
    >
      {problem ? <ErrorSummary problem={problem} /> : null}
      <TextArea
        id="chatbot-synonymer"
        label={t("chatbot.admin.synonymerLabel")}
        hint={t("chatbot.admin.synonymerHint")}
        value={tekst}
        onChange={setTekst}
        testId={ids.admin.synonymer}
        rows={12}
      />
      <FormButtons
        submit={t("chatbot.admin.synonymerGem")}
        submitTestId={ids.admin.synonymerGem}
        disabled={gem.isPending}
      />
      {gem.isSuccess ? <Receipt heading={t("chatbot.admin.synonymerGemt")} testId={ids.admin.synonymerGemt} /> : null}
    </form>
  );
}
