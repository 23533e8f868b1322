import type { TClaimStatus, TRole } from "./enums.ts";
import { hasPermission, type TPermission } from "./permissions.ts";

/** Who fires a transition: holders of a permission (the procedure that offers it checks it) or Tekser itself. */
type Firers = TPermission | "system";

interface ClaimTransition {
  from: readonly TClaimStatus[];
  to: TClaimStatus;
  by: Firers;
  /** Why the event is refused from any other status; `{status}` is the claim's status. */
  refusal: string;
}

/**
 * Every way a claim's status changes: the event, the statuses it may fire from, where it leads
 * and who may fire it. Nothing else moves a claim from one status to another.
 */
export const CLAIM_TRANSITIONS = {
  /** Assigning someone or taking the soft lock starts work on a waiting claim. */
  startWork: {
    from: ["new", "reopened"],
    to: "in_review",
    by: "work",
    refusal: "Work cannot start on a claim that is {status}",
  },
  /** The author's verdict waits for a second person (four-eyes). */
  submitVerdict: {
    from: ["new", "in_review", "reopened"],
    to: "awaiting_second_review",
    by: "review",
    refusal: "A verdict cannot be submitted while the claim is {status}",
  },
  approve: {
    from: ["awaiting_second_review"],
    to: "decided",
    by: "secondReview",
    refusal: "A verdict cannot be approved while the claim is {status}",
  },
  sendBack: {
    from: ["awaiting_second_review"],
    to: "in_review",
    by: "secondReview",
    refusal: "A verdict cannot be sent back while the claim is {status}",
  },
  /** Each language's notice publishes the claim again: a published claim stays published. */
  publish: {
    from: ["decided", "published"],
    to: "published",
    by: "publish",
    refusal: "Only a claim with an approved verdict can be published; this one is {status}",
  },
  close: {
    from: ["new", "in_review", "reopened"],
    to: "closed",
    by: "work",
    refusal: "A claim that is {status} cannot be closed; reopen it first",
  },
  /** Decided, published or closed claims go back to work, e.g. when a fake resurfaces with new evidence. */
  reopen: {
    from: ["decided", "published", "closed"],
    to: "reopened",
    by: "work",
    refusal: "The claim is {status}: it is already open",
  },
  /** A reviewer merges a claim into another; a published claim is never merged away. */
  merge: {
    from: ["new", "in_review", "awaiting_second_review", "decided", "reopened", "closed"],
    to: "closed",
    by: "review",
    refusal: "A claim that is {status} cannot be merged away; merge the other way round",
  },
  /** Clustering (at ingest or re-clustering) finds every item of the claim belongs to another. */
  absorb: {
    from: ["new", "in_review", "awaiting_second_review", "decided", "reopened", "closed"],
    to: "closed",
    by: "system",
    refusal: "A claim that is {status} is not merged away by clustering",
  },
  /** A fact-check imported from the desk's archive gives the new claim it started its verdict. */
  importVerdict: {
    from: ["new"],
    to: "decided",
    by: "system",
    refusal: "An imported verdict is given only to a new claim; this one is {status}",
  },
} as const satisfies Record<string, ClaimTransition>;

export type TClaimEvent = keyof typeof CLAIM_TRANSITIONS;

/** The status `event` leads to from `status`, or null when the table does not allow it. */
export function nextClaimStatus(status: TClaimStatus, event: TClaimEvent): TClaimStatus | null {
  const transition: ClaimTransition = CLAIM_TRANSITIONS[event];
  return transition.from.includes(status) ? transition.to : null;
}

/** Whether a person with `role` may fire `event` (the server decides; the web hides what it would refuse). */
export function mayFire(role: TRole, event: TClaimEvent): boolean {
  const { by }: ClaimTransition = CLAIM_TRANSITIONS[event];
  return by !== "system" && hasPermission(role, by);
}

/** Why `event` is refused on a claim that is `status`. */
export function transitionRefusal(status: TClaimStatus, event: TClaimEvent): string {
  return CLAIM_TRANSITIONS[event].refusal.replace("{status}", status);
}
