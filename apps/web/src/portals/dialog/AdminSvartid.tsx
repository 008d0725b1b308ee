import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, problemOf } from "../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { TextInput } from "../../ui/Field.tsx";
import { FormButtons } from "../../ui/FormButtons.tsx";
import { BackLink, PageHeading } from "../../ui/page.tsx";
import { Receipt } from "../../ui/Receipt.tsx";
import { QueryView } from "../common/QueryView.tsx";

const key = ["dialog", "admin", "indstilling"] as const;

/** /admin/dialog: the municipality's promised answer time for the citizens' messages, in working days. */
export function AdminSvartid() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: key,
    queryFn: () => api<{ svarfristArbejdsdage: number }>("/api/admin/dialog/indstilling"),
  });
  return (
    <div data-testid={ids.admin.page}>
      <BackLink to="/admin">{t("dialog.admin.tilbage")}</BackLink>
      <PageHeading>{t("dialog.admin.heading")}</PageHeading>
      <p className="font-lead">{t("dialog.admin.intro")}</p>
      <QueryView query={q}>{(d) => <Form nu={d.svarfristArbejdsdage} />}</QueryView>
    </div>
  );
}

function Form({ nu }: { nu: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [vaerdi, setVaerdi] = useState(String(nu));
  const gem = useMutation({
    mutationFn: (n: number) =>
      api<{ svarfristArbejdsdage: number }>("/api/admin/dialog/indstilling", {
        method: "PUT",
        body: { svarfristArbejdsdage: n },
      }),
    onSuccess: (r) => qc.setQueryData(key, r),
  });
  const problem = problemOf(gem.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    gem.mutate(vaerdi.trim() === "" ? Number.NaN : Number(vaerdi));
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {gem.isSuccess ? (
        <Receipt
          heading={t("dialog.admin.gemt", { count: gem.data.svarfristArbejdsdage })}
          testId={ids.admin.kvittering}
        />
      ) : null}
      {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.svarfristArbejdsdage": ids.admin.felt }} /> : null}
      <TextInput
        id={ids.admin.felt}
        label={t("dialog.admin.felt")}
        hint={t("dialog.admin.hint")}
        value={vaerdi}
        onChange={setVaerdi}
        inputMode="numeric"
        width="xs"
        error={fieldMessage(problem, ["body.svarfristArbejdsdage"])}
        testId={ids.admin.felt}
      />
      <FormButtons submit={t("dialog.admin.gem")} submitTestId={ids.admin.gem} disabled={gem.isPending} />
    </form>
  );
}

/** The administrator's home: the way to the answer time (a section like the others there). */
export function SvartidSektion() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dialog-admin-heading">
      <h2 id="dialog-admin-heading">{t("dialog.admin.heading")}</h2>
      <p>{t("dialog.admin.tekst")}</p>
      <p>
        <Link className="function-link" to="/admin/dialog" data-testid={ids.admin.link}>
          {t("dialog.admin.link")}
        </Link>
      </p>
    </section>
  );
}
