import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../../ui/Icon.tsx";
import { useIndbakke } from "../queries.ts";

/** The way to the dialog inbox from the caseworker's home, with how many threads wait for an answer from us. */
export function IndbakkeLink() {
  const { t } = useTranslation();
  const q = useIndbakke();
  const antal = q.data?.length;
  const overskredne = q.data?.filter((x) => x.overskredet).length ?? 0;
  return (
    <p>
      <Link className="function-link" to="/medarbejder/dialog" data-testid={ids.indbakke.link}>
        <Icon name="chat" />
        {antal === undefined ? t("dialog.indbakke.heading") : t("dialog.indbakke.link", { count: antal })}
        {overskredne > 0 ? ` (${t("dialog.indbakke.overskredne", { count: overskredne })})` : ""}
      </Link>
    </p>
  );
}
