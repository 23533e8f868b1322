import { generate } from "otplib";
import type { Db } from "@tekser/db";
import { callerFor, loggedIn, TEST_PASSWORD } from "../harness.ts";
import { mutationCase, type MutationCase } from "./world.ts";

const codeFor = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) });

/** A reviewer with two-factor sign-in on. */
async function enrolled(db: Db) {
  const account = await loggedIn(db, "reviewer");
  const { secret } = await account.caller.auth.totpStart();
  await account.caller.auth.totpConfirm({ code: await codeFor(secret) });
  return account;
}

/** Sign-in, own account and user administration. */
export const ACCOUNT_MUTATIONS: Record<string, MutationCase> = {
  "auth.login": {
    action: "auth.login",
    call: (world) =>
      callerFor(world.db, null).caller.auth.login({ username: world.reviewer.user.username, password: TEST_PASSWORD }),
  },
  "auth.logout": mutationCase({
    action: "auth.logout",
    prepare: (world) => loggedIn(world.db, "editor"),
    call: (_world, session) => session.caller.auth.logout(),
  }),
  "auth.changePassword": mutationCase({
    action: "auth.changePassword",
    prepare: (world) => loggedIn(world.db, "auditor"),
    call: (_world, session) =>
      session.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" }),
  }),
  "auth.setLocale": {
    action: "auth.setLocale",
    call: (world) => world.auditor.caller.auth.setLocale({ locale: "ru" }),
  },
  "auth.endSession": mutationCase({
    action: "auth.endSession",
    prepare: async (world) => {
      const laptop = await loggedIn(world.db, "reviewer");
      await callerFor(world.db, null).caller.auth.login({ username: laptop.user.username, password: TEST_PASSWORD });
      const other = (await laptop.caller.auth.sessions()).find((session) => !session.current);
      return { laptop, sessionId: other?.id ?? "" };
    },
    call: (_world, { laptop, sessionId }) => laptop.caller.auth.endSession({ sessionId }),
  }),
  "auth.totpStart": mutationCase({
    action: "auth.totpStart",
    prepare: (world) => loggedIn(world.db, "editor"),
    call: (_world, session) => session.caller.auth.totpStart(),
  }),
  "auth.totpConfirm": mutationCase({
    action: "auth.totpEnrol",
    prepare: async (world) => {
      const session = await loggedIn(world.db, "reviewer");
      return { session, enrolment: await session.caller.auth.totpStart() };
    },
    call: async (_world, { session, enrolment }) =>
      session.caller.auth.totpConfirm({ code: await codeFor(enrolment.secret) }),
  }),
  "auth.totpDisable": mutationCase({
    action: "auth.totpDisable",
    prepare: (world) => enrolled(world.db),
    call: (_world, session) => session.caller.auth.totpDisable({ currentPassword: TEST_PASSWORD }),
  }),
  "user.create": {
    action: "user.create",
    call: (world) =>
      world.admin.caller.user.create({
        username: `new-${Date.now()}`,
        displayName: "Жаңа",
        role: "reviewer",
        password: "first password 123",
      }),
  },
  "user.setRole": mutationCase({
    action: "user.setRole",
    prepare: (world) => loggedIn(world.db, "reviewer"),
    call: (world, session) =>
      world.admin.caller.user.setRole({
        userId: session.user.id,
        role: "editor",
        reason: "Moved to the editors' desk",
      }),
  }),
  "user.resetPassword": mutationCase({
    action: "user.resetPassword",
    prepare: (world) => loggedIn(world.db, "reviewer"),
    call: (world, session) => world.admin.caller.user.resetPassword({ userId: session.user.id }),
  }),
  "user.resetTotp": mutationCase({
    action: "user.resetTotp",
    prepare: (world) => enrolled(world.db),
    call: (world, session) => world.admin.caller.user.resetTotp({ userId: session.user.id, reason: "Lost the phone" }),
  }),
  "user.setActive": mutationCase({
    action: "user.deactivate",
    prepare: (world) => loggedIn(world.db, "reviewer"),
    call: (world, session) =>
      world.admin.caller.user.setActive({ userId: session.user.id, active: false, reason: "Left the desk" }),
  }),
  "queueView.save": {
    action: "queueView.save",
    call: (world) =>
      world.reviewer.caller.queueView.save({
        name: "Urgent Russian",
        state: { query: "lang=ru&priority=1", columnOrder: [], hiddenColumns: ["views"] },
      }),
  },
  "queueView.delete": mutationCase({
    action: "queueView.delete",
    prepare: (world) =>
      world.editor.caller.queueView.save({
        name: "To delete",
        state: { query: "status=new", columnOrder: [], hiddenColumns: [] },
      }),
    call: (world, view) => world.editor.caller.queueView.delete({ id: view.id }),
  }),
  "audit.createCheckpoint": {
    action: "audit.checkpoint",
    call: (world) => world.auditor.caller.audit.createCheckpoint({}),
  },
};
