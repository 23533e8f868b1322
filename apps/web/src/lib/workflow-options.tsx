import { CLOSE_REASONS, PRIORITIES } from "@tekser/contracts";
import { t } from "../i18n/t.ts";

/** `<option>`s for the four priorities, labelled in the active language. */
export function PriorityOptions() {
  return PRIORITIES.map((priority) => (
    <option key={priority} value={priority}>
      {t(`priority.${priority}`)}
    </option>
  ));
}

/** `<option>`s for the reasons a claim is closed without a verdict. */
export function CloseReasonOptions() {
  return CLOSE_REASONS.map((reason) => (
    <option key={reason} value={reason}>
      {t(`close.${reason}`)}
    </option>
  ));
}
