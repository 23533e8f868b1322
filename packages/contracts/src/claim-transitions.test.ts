import { describe, expect, it } from "vitest";
import {
  CLAIM_TRANSITIONS,
  mayFire,
  nextClaimStatus,
  transitionRefusal,
  type TClaimEvent,
} from "./claim-transitions.ts";
import { CLAIM_STATUSES, ROLES } from "./enums.ts";
import { PERMISSIONS } from "./permissions.ts";

const EVENTS = Object.keys(CLAIM_TRANSITIONS) as TClaimEvent[];

describe("the claim-transition table", () => {
  it("leaves no status a dead end: staff can move a claim on from each one", () => {
    for (const status of CLAIM_STATUSES) {
      const ways = EVENTS.filter(
        (event) => CLAIM_TRANSITIONS[event].by !== "system" && nextClaimStatus(status, event) !== null,
      );
      expect(ways, status).not.toEqual([]);
    }
  });

  it("splits the statuses into open (closable), awaiting the second person, and settled (reopenable)", () => {
    const closable = CLAIM_STATUSES.filter((status) => nextClaimStatus(status, "close"));
    const reopenable = CLAIM_STATUSES.filter((status) => nextClaimStatus(status, "reopen"));
    expect(closable).toEqual(["new", "in_review", "reopened"]);
    expect(reopenable).toEqual(["decided", "published", "closed"]);
    expect(CLAIM_STATUSES.filter((status) => !closable.includes(status) && !reopenable.includes(status))).toEqual([
      "awaiting_second_review",
    ]);
  });

  it("publishes only an approved verdict, and never merges a published claim away", () => {
    expect(CLAIM_STATUSES.filter((status) => nextClaimStatus(status, "publish"))).toEqual(["decided", "published"]);
    expect(nextClaimStatus("published", "merge")).toBeNull();
    expect(nextClaimStatus("published", "absorb")).toBeNull();
    expect(nextClaimStatus("awaiting_second_review", "approve")).toBe("decided");
  });

  it("says who may fire each event, and lets nobody fire clustering's", () => {
    expect(ROLES.filter((role) => mayFire(role, "publish"))).toEqual(["admin", "editor"]);
    expect(ROLES.filter((role) => mayFire(role, "submitVerdict"))).toEqual(["admin", "reviewer"]);
    expect(ROLES.filter((role) => mayFire(role, "reopen"))).toEqual(["admin", "reviewer", "editor"]);
    expect(ROLES.filter((role) => mayFire(role, "absorb"))).toEqual([]);
    expect(EVENTS.filter((event) => mayFire("auditor", event))).toEqual([]);
  });

  it("names the claim's status in a refusal", () => {
    expect(transitionRefusal("reopened", "publish")).toBe(
      "Only a claim with an approved verdict can be published; this one is reopened",
    );
  });
});

describe("the permissions table", () => {
  it("gives the admin every permission", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) expect(roles, permission).toContain("admin");
  });
});
