import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../ui/Field.tsx";
import { useFormat } from "../../ui/format.ts";
import type { Besked, Traad, ValgtFil } from "./types.ts";

/** Largest file and number of files, as the server checks them (modules/dialog/model.ts). */
export const MAKS_FIL = 5 * 1024 * 1024;
export const MAKS_FILER = 3;
const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
const TILLADT = /\.(pdf|jpe?g|png)$/i;

type Side = "borger" | "jobcenter";

/** Who the thread waits for, in the words of the side that reads it, with the DKFDS badge colour. */
export function VenterPaa({ traad, side, testId }: { traad: Traad; side: Side; testId?: string }) {
  const { t } = useTranslation();
  const klasse =
    traad.venterPaa === "ingen"
      ? "ju-badge-neutral"
      : traad.overskredet
        ? "badge-error"
        : (traad.venterPaa === "borger") === (side === "borger")
          ? "badge-warning"
          : "badge-info";
  return (
    <span className={`badge ${klasse}`} data-testid={testId}>
      {t(`dialog.venter.${side}.${traad.venterPaa}`)}
      {traad.overskredet ? ` – ${t("dialog.venter.overskredet")}` : ""}
    </span>
  );
}

/** The messages of a thread, oldest first, with attachments and read status (shown to the one who wrote). */
export function Beskeder({
  beskeder,
  side,
  bilagUrl,
}: {
  beskeder: Besked[];
  side: Side;
  bilagUrl: (id: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ol className="nobullet-list ju-dialog" data-testid={ids.traad.beskeder}>
      {beskeder.map((b) => {
        const egen = b.fra === side;
        return (
          <li
            key={b.id}
            className={`ju-dialog-besked ${egen ? "ju-dialog-egen" : "ju-dialog-anden"}`}
            data-testid={ids.traad.besked(b.id)}
          >
            <p className="ju-small mb-2 mt-0">
              <span className="weight-semibold">{egen ? t("dialog.besked.dig") : b.afsender}</span>
              {b.kilde === "chatbot" ? ` (${t("dialog.besked.viaChat")})` : ""}
              {" · "}
              <time dateTime={b.oprettet}>{f.dateTime(b.oprettet)}</time>
            </p>
            <p className="ju-dialog-tekst mt-0">{b.tekst}</p>
            {b.bilag.length > 0 ? (
              <ul className="nobullet-list mt-2">
                {b.bilag.map((x) => (
                  <li key={x.id}>
                    <a className="function-link" href={bilagUrl(x.id)} download data-testid={ids.traad.bilag(x.id)}>
                      {x.filnavn}
                    </a>{" "}
                    <span className="ju-small">({f.bytes(x.stoerrelse)})</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {egen ? (
              <p className="ju-small mb-0 mt-2" data-testid={ids.traad.laest(b.id)}>
                {b.laest
                  ? t("dialog.besked.laest", {
                      tid: f.dateTime(b.laest),
                      af: b.laestAf ? ` ${t("dialog.besked.af", { navn: b.laestAf })}` : "",
                    })
                  : t("dialog.besked.ikkeLaest")}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

async function somBase64(fil: File): Promise<string> {
  const buf = new Uint8Array(await fil.arrayBuffer());
  let s = "";
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Choosing files to attach: PDF, JPG or PNG, at most 3 of 5 MB each (checked here for a quick answer; the server
 * checks the bytes). The chosen files are listed with a button to remove each.
 */
export function FilVaelger({
  id,
  filer,
  onChange,
  serverFejl,
  testId,
}: {
  id: string;
  filer: ValgtFil[];
  onChange: (f: ValgtFil[]) => void;
  serverFejl?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [fejl, setFejl] = useState<string>();
  const hintId = useId();
  const vaelg = async (e: ChangeEvent<HTMLInputElement>) => {
    const valgte = [...(e.target.files ?? [])];
    e.target.value = "";
    const nye: ValgtFil[] = [];
    for (const fil of valgte) {
      if (!TILLADT.test(fil.name)) return setFejl(t("dialog.filer.forkertType", { navn: fil.name }));
      if (fil.size > MAKS_FIL) return setFejl(t("dialog.filer.forStor", { navn: fil.name }));
      nye.push({ filnavn: fil.name, stoerrelse: fil.size, indhold: await somBase64(fil) });
    }
    if (filer.length + nye.length > MAKS_FILER) return setFejl(t("dialog.filer.forMange", { antal: MAKS_FILER }));
    setFejl(undefined);
    onChange([...filer, ...nye]);
  };
  const besked = fejl ?? serverFejl;
  return (
    <div className={`form-group${besked ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {t("dialog.filer.label")}
      </label>
      <span className="form-hint" id={hintId}>
        {t("dialog.filer.hint")}
      </span>
      {besked ? <FieldError id={`${id}-error`}>{besked}</FieldError> : null}
      <input
        type="file"
        id={id}
        className="form-file-input"
        accept={ACCEPT}
        multiple
        onChange={vaelg}
        aria-describedby={[hintId, besked ? `${id}-error` : ""].filter(Boolean).join(" ")}
        aria-invalid={besked ? true : undefined}
        data-testid={testId}
      />
      {filer.length > 0 ? (
        <ul className="nobullet-list mt-3" aria-label={t("dialog.filer.valgte")}>
          {filer.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same file may be chosen twice; the list is edited by position
            <li key={`${x.filnavn}-${i}`} className="mb-2">
              {x.filnavn} <span className="ju-small">({f.bytes(x.stoerrelse)})</span>{" "}
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => onChange(filer.filter((_, j) => j !== i))}
              >
                {t("dialog.filer.fjern")}
                <span className="sr-only">: {x.filnavn}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
