/** Accounts the end-to-end server creates; one per role. */
export const E2E_PASSWORD = "e2e-password-for-tekser";
export const E2E_USERS = {
  reviewer: { username: "e2e-reviewer", displayName: "Әсел Reviewer" },
  editor: { username: "e2e-editor", displayName: "Нұрлан Editor" },
  auditor: { username: "e2e-auditor", displayName: "Гүлнар Auditor" },
  admin: { username: "e2e-admin", displayName: "Ерлан Admin" },
} as const;

/** An account whose password was set for it: it must choose its own before anything else. */
export const E2E_NEWCOMER = { username: "e2e-newcomer", displayName: "Жаңа Newcomer", role: "reviewer" } as const;
