import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";

/** Two-factor sign-in rules, written once. */
export const TOTP_RULES = {
  issuer: "Tekser",
  /** Recovery codes shown at enrolment, each usable once instead of a code. */
  recoveryCodes: 10,
  /** Seconds of clock drift accepted either side (one 30-second step). */
  toleranceSeconds: 30,
} as const;

function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase()).digest("hex");
}

function newRecoveryCode(): string {
  const raw = randomBytes(8).toString("hex");
  return `${raw.slice(0, 8)}-${raw.slice(8)}`;
}

/** A fresh secret to enrol, kept as pending until the authenticator proves it with a code. */
export async function startTotpEnrolment(db: Db, user: { id: string; username: string; role: string }) {
  const current = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } });
  if (current.totpEnabledAt) throw new AppError("TOTP_ALREADY_ON", "Two-factor sign-in is already on for this account");
  const secret = generateSecret();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpPendingSecret: secret } });
    // The secret itself stays out of the log: it would let a reader of the log compute codes.
    await recordAudit(
      tx,
      { id: user.id, name: user.username, role: user.role },
      { action: "auth.totpStart", subjectType: "user", subjectId: user.id },
    );
  });
  const otpauthUri = generateURI({ issuer: TOTP_RULES.issuer, label: user.username, secret });
  return { secret, otpauthUri, qrDataUrl: await QRCode.toDataURL(otpauthUri) };
}

/** The code's time step when it is right for `secret` and newer than the last accepted one. */
async function acceptedTimeStep(secret: string, code: string, lastTimeStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOTP_RULES.toleranceSeconds,
    ...(lastTimeStep === null ? {} : { afterTimeStep: lastTimeStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Confirms enrolment with a first code; returns the recovery codes, which are stored only hashed. */
export async function confirmTotpEnrolment(db: Db, actor: Actor & { id: string }, code: string): Promise<string[]> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpPendingSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("TOTP_ALREADY_ON", "Two-factor sign-in is already on for this account");
  if (!user.totpPendingSecret) throw new AppError("TOTP_ENROLMENT_NOT_STARTED", "Start enrolment first");
  const timeStep = await acceptedTimeStep(user.totpPendingSecret, code, null);
  if (timeStep === null)
    throw new AppError(
      "TOTP_INVALID",
      "The code does not match; check the authenticator's clock and try the next code",
    );
  const recoveryCodes = Array.from({ length: TOTP_RULES.recoveryCodes }, newRecoveryCode);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: new Date(),
        totpLastTimeStep: timeStep,
        totpRecoveryHashes: recoveryCodes.map(hashRecoveryCode),
      },
    });
    await recordAudit(tx, actor, {
      action: "auth.totpEnrol",
      subjectType: "user",
      subjectId: actor.id,
      after: { recoveryCodes: recoveryCodes.length },
    });
  });
  return recoveryCodes;
}

/**
 * Checks a login's second factor: a current authenticator code (each accepted once) or an unused
 * recovery code (then spent). The conditional update makes two logins racing with one code
 * accept it once.
 */
export async function checkSecondFactor(db: Db, userId: string, code: string): Promise<"totp" | "recovery" | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpLastTimeStep: true, totpRecoveryHashes: true },
  });
  if (!user.totpSecret) return null;
  const timeStep = await acceptedTimeStep(user.totpSecret, code.trim(), user.totpLastTimeStep);
  if (timeStep !== null) {
    const claimed = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastTimeStep: null }, { totpLastTimeStep: { lt: timeStep } }] },
      data: { totpLastTimeStep: timeStep },
    });
    return claimed.count === 1 ? "totp" : null;
  }
  const hash = hashRecoveryCode(code);
  if (!user.totpRecoveryHashes.includes(hash)) return null;
  const spent = await db.$executeRaw`
    UPDATE "User" SET "totpRecoveryHashes" = array_remove("totpRecoveryHashes", ${hash})
    WHERE id = ${userId}::uuid AND ${hash} = ANY("totpRecoveryHashes")`;
  return spent === 1 ? "recovery" : null;
}

/** Turns two-factor sign-in off for an account (by an admin, for a lost phone; or by its owner). */
export async function removeTotp(
  db: Db,
  actor: Actor,
  input: { userId: string; action: "auth.totpDisable" | "user.resetTotp"; reason?: string },
) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { username: true, totpEnabledAt: true },
    });
    if (!user) throw new AppError("USER_NOT_FOUND", `No user with id ${input.userId}`, { userId: input.userId });
    if (!user.totpEnabledAt)
      throw new AppError("TOTP_NOT_ON", `${user.username} has no two-factor sign-in`, { username: user.username });
    await tx.user.update({
      where: { id: input.userId },
      data: {
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastTimeStep: null,
        totpRecoveryHashes: [],
      },
    });
    await recordAudit(tx, actor, {
      action: input.action,
      subjectType: "user",
      subjectId: input.userId,
      after: { username: user.username },
      reason: input.reason ?? null,
    });
  });
}
