import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** The administrator's front page: where the chatbot's knowledge base is maintained. */
export function ChatbotAdminSektion() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="chatbot-admin-heading">
      <h2 id="chatbot-admin-heading">{t("chatbot.admin.titel")}</h2>
      <p>{t("chatbot.admin.forsideTekst")}</p>
      <p>
        <Link className="function-link" to="/admin/chatbot" data-testid="admin-chatbot-link">
          {t("chatbot.admin.forsideLink")}
        </Link>
      </p>
    </section>
  );
}
