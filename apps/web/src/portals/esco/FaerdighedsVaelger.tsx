import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { escoIds as ids } from "#contracts/testids-esco.ts";
import { api } from "../../api/client.ts";
import "./esco.css";

/** A chosen or suggested ESCO skill. */
export interface FaerdighedValg {
  uri: string;
  titel: string;
  /** essential for the occupation it was suggested from */
  essentiel?: boolean;
}

interface SoegeSvar {
  forslag: { uri: string; titel: string; art: "faerdighed" | "viden" }[];
}

const MINDST = 2;
const VENT_MS = 250;
const ANTAL = 8;

/** The query after the user has paused typing, so the search does not run on every key. */
function useRoligVaerdi(vaerdi: string): string {
  const [rolig, setRolig] = useState(vaerdi);
  useEffect(() => {
    const t = setTimeout(() => setRolig(vaerdi), VENT_MS);
    return () => clearTimeout(t);
  }, [vaerdi]);
  return rolig;
}

/**
 * Picks ESCO skills (docs/esco.md): the chosen skills as a list, each with its own remove button; suggestions (e.g.
 * the skills of an occupation) as buttons that add with one click; and a search over every skill's Danish and English
 * labels whose results add the same way. All in one fieldset named by `legend`; every change is announced.
 */
export function FaerdighedsVaelger(props: {
  id: string;
  legend: string;
  valgte: FaerdighedValg[];
  onChange: (v: FaerdighedValg[]) => void;
  forslag?: FaerdighedValg[];
  testId?: string;
}) {
  const { id, legend, valgte, onChange, forslag = [], testId } = props;
  const { t } = useTranslation();
  const intern = useId();
  const [q, setQ] = useState("");
  const [besked, setBesked] = useState("");
  const valgteRef = useRef<HTMLParagraphElement>(null);
  const rolig = useRoligVaerdi(q.trim());
  const valgtSet = new Set(valgte.map((v) => v.uri));

  const soeg = useQuery({
    queryKey: ["esco", "faerdigheder", rolig],
    queryFn: ({ signal }) =>
      api<SoegeSvar>(`/api/esco/faerdigheder?q=${encodeURIComponent(rolig)}&n=${ANTAL + valgte.length}`, { signal }),
    enabled: rolig.length >= MINDST,
    staleTime: 60_000,
  });

  const tilfoej = (f: FaerdighedValg) => {
    if (valgtSet.has(f.uri)) return;
    onChange([...valgte, f]);
    setBesked(t("esco.vaelger.tilfoejet", { titel: f.titel }));
  };
  const fjern = (f: FaerdighedValg) => {
    onChange(valgte.filter((v) => v.uri !== f.uri));
    setBesked(t("esco.vaelger.fjernet", { titel: f.titel }));
    // the removed button is gone: keep the keyboard in the list
    valgteRef.current?.focus();
  };

  const foreslaaede = forslag.filter((f) => !valgtSet.has(f.uri));
  const resultater = (soeg.data?.forslag ?? []).filter((f) => !valgtSet.has(f.uri)).slice(0, ANTAL);
  const valgteId = `${intern}-valgte`;
  const forslagId = `${intern}-forslag`;
  const resultaterId = `${intern}-resultater`;
  const soegId = `${id}-soeg`;
  const visResultater = rolig.length >= MINDST && rolig === q.trim();

  return (
    <fieldset id={id} className="ju-faerdighedsvaelger" data-testid={testId}>
      <legend className="form-label">{legend}</legend>

      <p id={valgteId} ref={valgteRef} tabIndex={-1} className="bold mt-4 mb-2">
        {t("esco.vaelger.valgte")}
      </p>
      {valgte.length === 0 ? (
        <p className="mt-0" data-testid={ids.vaelger.ingenValgte}>
          {t("esco.vaelger.ingenValgte")}
        </p>
      ) : (
        <ul className="nobullet-list mt-0" aria-labelledby={valgteId} data-testid={ids.vaelger.valgte}>
          {valgte.map((f) => (
            <li key={f.uri} className="ju-faerdighed">
              <span>
                {f.titel}
                {f.essentiel ? <span className="ju-small"> ({t("esco.vaelger.essentiel")})</span> : null}
              </span>
              <button
                type="button"
                className="button button-tertiary"
                aria-label={t("esco.vaelger.fjernNavn", { titel: f.titel })}
                onClick={() => fjern(f)}
                data-testid={ids.vaelger.fjern(f.uri)}
              >
                {t("esco.vaelger.fjern")}
              </button>
            </li>
          ))}
        </ul>
      )}

      {foreslaaede.length > 0 ? (
        <>
          <p id={forslagId} className="bold mt-5 mb-0">
            {t("esco.vaelger.forslag")}
          </p>
          <p className="form-hint mt-0">{t("esco.vaelger.forslagHint")}</p>
          <ul className="nobullet-list ju-knapliste" aria-labelledby={forslagId} data-testid={ids.vaelger.forslag}>
            {foreslaaede.map((f) => (
              <li key={f.uri}>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={t("esco.vaelger.tilfoejNavn", { titel: f.titel })}
                  onClick={() => tilfoej(f)}
                  data-testid={ids.vaelger.tilfoejForslag(f.uri)}
                >
                  + {f.titel}
                  {f.essentiel ? <span className="sr-only"> ({t("esco.vaelger.essentiel")})</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <div className="form-group mt-5">
        <label className="form-label" htmlFor={soegId}>
          {t("esco.vaelger.soeg")}
        </label>
        <span className="form-hint" id={`${soegId}-hint`}>
          {t("esco.vaelger.soegHint")}
        </span>
        <input
          id={soegId}
          className="form-input"
          type="search"
          autoComplete="off"
          value={q}
          maxLength={100}
          aria-describedby={`${soegId}-hint`}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            // Enter in the search must not submit the surrounding form
            if (e.key === "Enter") e.preventDefault();
          }}
          data-testid={ids.vaelger.soeg}
        />
      </div>
      {visResultater ? (
        soeg.isPending ? (
          <p className="ju-small">{t("esco.vaelger.soeger")}</p>
        ) : resultater.length === 0 ? (
          <p>{t("esco.vaelger.ingenResultater", { q: rolig })}</p>
        ) : (
          <>
            <p id={resultaterId} className="bold mb-2">
              {t("esco.vaelger.resultater", { q: rolig })}
            </p>
            <ul
              className="nobullet-list ju-knapliste mt-0"
              aria-labelledby={resultaterId}
              data-testid={ids.vaelger.resultater}
            >
              {resultater.map((f) => (
                <li key={f.uri}>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={t("esco.vaelger.tilfoejNavn", { titel: f.titel })}
                    onClick={() => tilfoej({ uri: f.uri, titel: f.titel })}
                    data-testid={ids.vaelger.tilfoejResultat(f.uri)}
                  >
                    + {f.titel}
                    {f.art === "viden" ? <span className="ju-small"> ({t("esco.vaelger.viden")})</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}

      <p className="sr-only" role="status" aria-live="polite" data-testid={ids.vaelger.status}>
        {besked}
      </p>
    </fieldset>
  );
}
