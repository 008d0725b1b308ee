import { useTranslation } from "react-i18next";
import type { ForpligtelseStatus, Henvisning, Sikkerhed, Uddragsdel } from "../api/types.ts";

const STATUS_BADGE: Record<ForpligtelseStatus, string> = {
  opfyldt: "badge-success",
  opfyldt_for_sent: "badge-warning",
  kommende: "badge-info",
  forfalden: "badge-error",
  bortfaldet: "ju-badge-neutral",
};

/** An obligation's state in plain Danish: "Opfyldt", "Opfyldt for sent", "Kommende", "Overskredet", "Bortfaldet". */
export function StatusBadge({ status }: { status: ForpligtelseStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${STATUS_BADGE[status]}`}>{t(`common.status.${status}`)}</span>;
}

/** "LAB § 31, stk. 1", a link to the law where the rule set knows the address. */
export function Reference({ henvisning }: { henvisning: Henvisning }) {
  const text = `${henvisning.lov} ${henvisning.paragraf}`;
  return henvisning.url && /^https:\/\//.test(henvisning.url) ? (
    <a href={henvisning.url} rel="noopener noreferrer" className="ju-reference">
      {text}
    </a>
  ) : (
    <span className="ju-reference">{text}</span>
  );
}

const SIKKERHED_KEY: Record<Sikkerhed, string> = { høj: "hoej", middel: "middel", lav: "lav" };

/** How sure the rule set is of its reading of the law: "Høj", "Middel" or "Lav". */
export function useSikkerhed() {
  const { t } = useTranslation();
  return (s: Sikkerhed) => t(`common.sikkerhed.${SIKKERHED_KEY[s] ?? s}`);
}

/** A search hit's excerpt: the words that matched are marked; the stored text is never rendered as HTML. */
export function Uddrag({ dele }: { dele: Uddragsdel[] }) {
  return (
    <>
      {dele.map((d, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the segments are a fixed sequence of one excerpt
        d.fremhaevet ? <mark key={i}>{d.tekst}</mark> : <span key={i}>{d.tekst}</span>,
      )}
    </>
  );
}
