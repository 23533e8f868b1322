import { mutationCase, type MutationCase } from "./world.ts";

/** Four-eyes review and the notices it leads to. */
export const PUBLISHING_MUTATIONS: Record<string, MutationCase> = {
  "review.setVerdict": mutationCase({
    action: "review.submit",
    prepare: (world) => world.freshClaim(),
    call: (world, claim) =>
      world.reviewer.caller.review.setVerdict({
        claimId: claim.id,
        revision: claim.revision,
        verdict: "verified",
        rationale: "Confirmed by the source.",
        evidence: [{ url: "https://aikyn.kz/", note: "" }],
      }),
  }),
  "review.approve": mutationCase({
    action: "review.approve",
    prepare: (world) => world.pendingReview(),
    call: (world, pending) => world.editor.caller.review.approve({ reviewId: pending.reviewId }),
  }),
  "review.sendBack": mutationCase({
    action: "review.return",
    prepare: (world) => world.pendingReview(),
    call: (world, pending) =>
      world.editor.caller.review.sendBack({ reviewId: pending.reviewId, comment: "Add the primary source." }),
  }),
  "notice.publish": mutationCase({
    action: "notice.publish",
    prepare: (world) => world.approvedClaim(),
    call: (world, approved) =>
      world.editor.caller.notice.publish({
        claimId: approved.claimId,
        lang: approved.lang as "kk",
        headline: "Жалған",
        summary: "Мұндай шешім жоқ.",
      }),
  }),
  "notice.correct": mutationCase({
    action: "notice.correct",
    prepare: (world) => world.publishedNotice(),
    call: (world, notice) =>
      world.editor.caller.notice.correct({
        noticeId: notice.noticeId,
        expectedVersion: notice.version,
        headline: "Жалған хабар",
        summary: "Мұндай шешім қабылданған жоқ.",
        changeNote: "Clearer headline",
      }),
  }),
  "notice.retract": mutationCase({
    action: "notice.retract",
    prepare: (world) => world.publishedNotice(),
    call: (world, notice) =>
      world.editor.caller.notice.retract({
        noticeId: notice.noticeId,
        expectedVersion: notice.version,
        changeNote: "Published on the wrong claim",
      }),
  }),
};

/**
 * Newsroom access. Kept after the notice cases: an active webhook makes every later publication
 * enqueue a delivery, which the test callers (no job queue) refuse.
 */
export const NEWSROOM_MUTATIONS: Record<string, MutationCase> = {
  "newsroom.issueToken": {
    action: "api_token.issue",
    call: (world) => world.admin.caller.newsroom.issueToken({ newsroom: "Aikyn" }),
  },
  "newsroom.revokeToken": mutationCase({
    action: "api_token.revoke",
    prepare: (world) => world.issuedToken(),
    call: (world, token) =>
      world.admin.caller.newsroom.revokeToken({ tokenId: token.id, reason: "The newsroom left the programme" }),
  }),
  "newsroom.registerWebhook": mutationCase({
    action: "webhook.register",
    prepare: (world) => world.issuedToken(),
    call: (world, token) =>
      world.editor.caller.newsroom.registerWebhook({ tokenId: token.id, url: "https://newsroom.example/tekser-hook" }),
  }),
  "newsroom.deactivateWebhook": mutationCase({
    action: "webhook.deactivate",
    prepare: async (world) => {
      const token = await world.issuedToken();
      return world.editor.caller.newsroom.registerWebhook({ tokenId: token.id, url: "https://other.example/hook" });
    },
    call: (world, webhook) => world.editor.caller.newsroom.deactivateWebhook({ webhookId: webhook.id }),
  }),
};
