import { recordTip } from "@tekser/domain/tipline/tip-intake.ts";
import { mutationCase, type MutationCase } from "./world.ts";

/** The tipline's settings and the deletion path of a sender's contact data. */
export const TIPLINE_MUTATIONS: Record<string, MutationCase> = {
  "tipline.updateSettings": {
    action: "tipline.settings",
    call: (world) => world.admin.caller.tipline.updateSettings({ apiBaseUrl: "http://127.0.0.1:8081" }),
  },
  "tipline.eraseSender": mutationCase({
    action: "tipline.sender.erase",
    prepare: async (world) => {
      const sender = await world.db.tipSender.create({
        data: { pseudonym: "b".repeat(64), channel: "telegram", chatId: "515151", lang: "kk" },
        select: { id: true },
      });
      const tip = await recordTip(world.db, {
        channel: "telegram",
        senderId: sender.id,
        lang: "kk",
        links: [],
        mediaRefs: [],
        forwardedFrom: null,
        sentAt: new Date(),
        text: "Алматыда ертеңнен бастап метро жабылады деген хабар тарап жүр",
      });
      return tip.tipId;
    },
    call: (world, tipId) => world.admin.caller.tipline.eraseSender({ tipId }),
  }),
};
