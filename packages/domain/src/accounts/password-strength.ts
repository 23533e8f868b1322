import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "../shared/errors.ts";
import { verifyPassword } from "./passwords.ts";

/** zxcvbn's "safely unguessable" level: about 10^8 guesses or more. */
export const MIN_PASSWORD_SCORE = 3;

// Built once: the common-password and name dictionaries are large.
const strength = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * Refuses a new password that is the current one, or common / easy to guess (scored with the
 * account's own names as extra dictionary words, so "aigerim2026" is weak for Aigerim).
 */
export async function checkNewPassword(
  account: { passwordHash: string; username: string; displayName: string },
  newPassword: string,
): Promise<void> {
  if (await verifyPassword(account.passwordHash, newPassword)) {
    throw new AppError("PASSWORD_REUSED", "The new password is the current one: choose a different password");
  }
  const result = strength.check(newPassword, [account.username, account.displayName, "tekser"]);
  if (result.score < MIN_PASSWORD_SCORE) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning})` : "";
    throw new AppError(
      "PASSWORD_TOO_WEAK",
      `The new password is too easy to guess${hint}: use a longer passphrase of unrelated words`,
      {
        score: result.score,
        minScore: MIN_PASSWORD_SCORE,
      },
    );
  }
}
