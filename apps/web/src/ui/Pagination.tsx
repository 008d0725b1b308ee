import { useTranslation } from "react-i18next";
import { Icon } from "./Icon.tsx";

/** Previous / next page with "Side 2 af 5" between them; a page that does not exist has no button. */
export function Pagination({
  side,
  sider,
  onPage,
  label,
  testId,
  previousTestId,
  nextTestId,
}: {
  side: number;
  sider: number;
  onPage: (side: number) => void;
  label: string;
  testId?: string;
  previousTestId?: string;
  nextTestId?: string;
}) {
  const { t } = useTranslation();
  if (sider <= 1) return null;
  return (
    <nav className="ju-pagination" aria-label={label} data-testid={testId}>
      {side > 1 ? (
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => onPage(side - 1)}
          data-testid={previousTestId}
        >
          <Icon name="chevron-left" />
          {t("common.previous")}
        </button>
      ) : null}
      <span className="ju-pagination-status">{t("common.pageOf", { side, sider })}</span>
      {side < sider ? (
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => onPage(side + 1)}
          data-testid={nextTestId}
        >
          {t("common.next")}
          <Icon name="chevron-right" />
        </button>
      ) : null}
    </nav>
  );
}
