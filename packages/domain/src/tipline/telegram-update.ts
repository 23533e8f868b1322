import { z } from "zod";

const ZEntity = z.object({
  type: z.string(),
  offset: z.number().int(),
  length: z.number().int(),
  url: z.string().optional(),
});
const ZChat = z.object({
  id: z.number(),
  type: z.string(),
  title: z.string().optional(),
  username: z.string().optional(),
});
const ZFile = z.object({ file_id: z.string(), file_unique_id: z.string() });

/** The parts of a Bot API `Message` the tipline reads (recorded shapes: see the tipline tests). */
const ZMessage = z.object({
  message_id: z.number(),
  date: z.number(),
  chat: ZChat,
  from: z.object({ id: z.number(), is_bot: z.boolean(), language_code: z.string().optional() }).optional(),
  text: z.string().optional(),
  entities: z.array(ZEntity).optional(),
  caption: z.string().optional(),
  caption_entities: z.array(ZEntity).optional(),
  photo: z.array(ZFile.extend({ width: z.number(), height: z.number() })).optional(),
  document: ZFile.extend({ mime_type: z.string().optional() }).optional(),
  forward_origin: z.object({ type: z.string(), chat: ZChat.optional(), message_id: z.number().optional() }).optional(),
});

export const ZTelegramUpdate = z.object({ update_id: z.number(), message: ZMessage.optional() });
export type TTelegramUpdate = z.infer<typeof ZTelegramUpdate>;

/**
 * An update as the tipline reads it. One of a shape it does not read keeps only its id, so it is
 * still counted as handled; null when it has no id at all.
 */
export function parseTelegramUpdate(update: unknown): TTelegramUpdate | null {
  const parsed = ZTelegramUpdate.safeParse(update);
  if (parsed.success) return parsed.data;
  const id = z.object({ update_id: z.number().int() }).safeParse(update);
  return id.success ? { update_id: id.data.update_id } : null;
}

/** Who wrote, where to answer, and the language Telegram reports for them. */
export interface TelegramSender {
  userId: string;
  chatId: string;
  languageCode: string | null;
}

export type TelegramIncoming =
  | { type: "command"; command: TelegramCommand; sender: TelegramSender }
  /** A desk member linking this chat for their notifications: `/start link-<code>` (the bot's t.me link does that). */
  | { type: "staffLink"; secret: string; sender: TelegramSender }
  | {
      type: "tip";
      sender: TelegramSender;
      text: string;
      links: string[];
      /** Telegram file ids ("telegram:<file_id>") of the photo or image document, for the media stage. */
      mediaRefs: string[];
      /** The channel a forwarded post came from (`t.me/<username>` or its title). */
      forwardedFrom: string | null;
      sentAt: Date;
    };

/** /delete: the sender's own deletion path (chat id and consent erased, tips' text kept). */
const COMMANDS = ["start", "stop", "help", "delete"] as const;
export type TelegramCommand = (typeof COMMANDS)[number];
const isCommand = (value: string | undefined): value is TelegramCommand =>
  (COMMANDS as readonly string[]).includes(value ?? "");

/**
 * What a private message to the bot is: a command, a tip, or nothing the tipline keeps (group
 * chats, bots, service messages). A photo without caption is a tip whose text names the image,
 * so the same image sent twice is one item until the media stage reads it.
 */
export function incomingOf(update: TTelegramUpdate): TelegramIncoming | null {
  const message = update.message;
  if (!message?.from || message.from.is_bot || message.chat.type !== "private") return null;
  const sender: TelegramSender = {
    userId: String(message.from.id),
    chatId: String(message.chat.id),
    languageCode: message.from.language_code ?? null,
  };
  const raw = message.text ?? message.caption ?? "";
  const written = raw.trim();
  const linkSecret = /^\/start(?:@\w+)?\s+link-([A-Za-z0-9]{8})$/.exec(written)?.[1];
  if (linkSecret) return { type: "staffLink", secret: linkSecret, sender };
  const command = /^\/([a-z]+)(?:@\w+)?$/i.exec(written)?.[1]?.toLowerCase();
  if (isCommand(command)) return { type: "command", command, sender };

  const image = imageOf(message);
  const forwarded = message.forward_origin?.chat;
  const forwardedPost =
    forwarded?.username && message.forward_origin?.message_id
      ? `https://t.me/${forwarded.username}/${message.forward_origin.message_id}`
      : null;
  const links = [
    ...linksOf(raw, message.entities ?? message.caption_entities ?? []),
    ...(forwardedPost ? [forwardedPost] : []),
  ];
  const text = written || (image ? `[image ${image.file_unique_id}]` : "");
  if (!text) return null;
  return {
    type: "tip",
    sender,
    text,
    links: [...new Set(links)],
    mediaRefs: image ? [`telegram:${image.file_id}`] : [],
    forwardedFrom: forwarded ? (forwarded.username ? `t.me/${forwarded.username}` : (forwarded.title ?? null)) : null,
    sentAt: new Date(message.date * 1000),
  };
}

/** The largest size of a photo, or a document that is an image. */
function imageOf(message: z.infer<typeof ZMessage>) {
  const largest = message.photo?.at(-1);
  if (largest) return largest;
  return message.document?.mime_type?.startsWith("image/") ? message.document : null;
}

// Bot API entity offsets count UTF-16 code units, which is how JS strings index.
function linksOf(text: string, entities: z.infer<typeof ZEntity>[]): string[] {
  return entities.flatMap((entity) => {
    if (entity.type === "text_link" && entity.url) return [entity.url];
    if (entity.type === "url") return [text.slice(entity.offset, entity.offset + entity.length)];
    return [];
  });
}
