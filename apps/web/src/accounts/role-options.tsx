import { ROLES } from "@tekser/contracts";
import { t } from "../i18n/t.ts";

/** The `<option>`s of a role select, in the dashboard's language. */
export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {t(`role.${role}`)}
    </option>
  ));
}
