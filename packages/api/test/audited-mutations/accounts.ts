import { callerFor, loggedIn, TEST_PASSWORD } from "../harness.ts";
import { mutationCase, type MutationCase } from "./world.ts";

/** Sign-in, own account and user administration. */
export const ACCOUNT_MUTATIONS: Record<string, MutationCase> = {
  "auth.login": {
    action: "auth.login",
    call: (world) => callerFor(world.db, null).caller.auth.login({ username: world.reviewer.user.username, password: TEST_PASSWORD }),
  },
  "auth.logout": mutationCase({ action: "auth.logout", prepare: (world) => loggedIn(world.db, "editor"), call: (_world, session) => session.caller.auth.logout() }),
  "auth.changePassword": mutationCase({
    action: "auth.changePassword",
    prepare: (world) => loggedIn(world.db, "auditor"),
    call: (_world, session) => session.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" }),
  }),
  "auth.setLocale": { action: "auth.setLocale", call: (world) => world.auditor.caller.auth.setLocale({ locale: "ru" }) },
  "user.create": {
    action: "user.create",
    call: (world) => world.admin.caller.user.create({ username: `new-${Date.now()}`, displayName: "Жаңа", role: "reviewer", password: "first password 123" }),
  },
  "user.setRole": mutationCase({
    action: "user.setRole",
    prepare: (world) => loggedIn(world.db, "reviewer"),
    call: (world, session) => world.admin.caller.user.setRole({ userId: session.user.id, role: "editor", reason: "Moved to the editors' desk" }),
  }),
  "queueView.save": {
    action: "queueView.save",
    call: (world) => world.reviewer.caller.queueView.save({ name: "Urgent Russian", state: { query: "lang=ru&priority=1", columnOrder: [], hiddenColumns: ["views"] } }),
  },
  "queueView.delete": mutationCase({
    action: "queueView.delete",
    prepare: (world) => world.editor.caller.queueView.save({ name: "To delete", state: { query: "status=new", columnOrder: [], hiddenColumns: [] } }),
    call: (world, view) => world.editor.caller.queueView.delete({ id: view.id }),
  }),
  "audit.createCheckpoint": { action: "audit.checkpoint", call: (world) => world.auditor.caller.audit.createCheckpoint({}) },
};
