import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SentMessage {
  chat_id: string;
  text: string;
}

/**
 * A local stand-in for the Telegram Bot API speaking the methods the tipline calls, with the
 * JSON shapes Telegram answers with (https://core.telegram.org/bots/api): getUpdates honours
 * `offset` (answering at once rather than holding the long poll), sendMessage records what was
 * sent and can refuse its next calls like a flooded bot, setWebhook and deleteWebhook record the
 * webhook, which postToWebhook then posts updates to. Telegram itself is never called.
 */
export class FakeBotApi {
  readonly token = "123456:TEST-token-for-the-local-bot";
  readonly sent: SentMessage[] = [];
  readonly methodsCalled: string[] = [];
  private readonly files = new Map<string, Buffer>();
  private readonly updates: object[] = [];
  private nextUpdateId = 500_000_001;
  private nextMessageId = 1;
  private refusals = 0;
  /** What the last setWebhook asked for; null when no webhook is set. */
  webhook: { url: string; secretToken: string; maxConnections: number } | null = null;
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const [, fileBot, filePath] = /^\/file\/(bot[^/]+)\/(.+)$/.exec(request.url ?? "") ?? [];
      if (fileBot && filePath) return void this.serveFile(fileBot, filePath, response);
      const [, bot, method] = /^\/(bot[^/]+)\/(\w+)$/.exec(request.url ?? "") ?? [];
      if (bot !== `bot${this.token}` || !method)
        return void response
          .writeHead(404, { "content-type": "application/json" })
          .end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
      this.methodsCalled.push(method);
      const body =
        chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      const answer = this.answer(method, body);
      response
        .writeHead(answer.ok ? 200 : (answer.error_code as number), { "content-type": "application/json" })
        .end(JSON.stringify(answer));
    });
  });
  url = "";

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` sendMessage calls are refused with 429, as Telegram does under flood control. */
  refuseNextSends(count: number): void {
    this.refusals = count;
  }

  /** Queues a private message from a user, as getUpdates will return it. */
  privateMessage(from: { id: number; language_code?: string }, message: Record<string, unknown>): number {
    return this.push(this.privateChatMessage(from, message));
  }

  private privateChatMessage(from: { id: number; language_code?: string }, message: Record<string, unknown>): object {
    return {
      message_id: this.nextMessageId++,
      from: {
        id: from.id,
        is_bot: false,
        first_name: "Айгүл",
        ...(from.language_code ? { language_code: from.language_code } : {}),
      },
      chat: { id: from.id, first_name: "Айгүл", type: "private" },
      date: Math.floor(Date.now() / 1000),
      ...message,
    };
  }

  /** Queues a message in a group the bot is in. */
  groupMessage(from: { id: number }, text: string): number {
    return this.push({
      message_id: this.nextMessageId++,
      from: { id: from.id, is_bot: false, first_name: "Ерлан" },
      chat: { id: -1001234567890, title: "Жаңалықтар чаты", type: "supergroup" },
      date: Math.floor(Date.now() / 1000),
      text,
    });
  }

  /** Makes a file downloadable as Telegram serves a user's photo: getFile names its path, /file/bot<token>/<path> serves it. */
  addFile(fileId: string, bytes: Buffer): void {
    this.files.set(fileId, bytes);
  }

  private serveFile(bot: string, filePath: string, response: ServerResponse): void {
    const bytes =
      bot === `bot${this.token}` ? this.files.get(decodeURIComponent(filePath).replace(/^photos\//, "")) : undefined;
    if (!bytes) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "application/octet-stream" }).end(bytes);
  }

  /**
   * Posts a private message to the webhook set with setWebhook, as Telegram does: the update as
   * JSON, the secret in X-Telegram-Bot-Api-Secret-Token. `again` re-posts the last update (as
   * Telegram does when it got no answer); `secret` overrides the header (a forger's post).
   */
  async postToWebhook(
    from: { id: number; language_code?: string },
    message: Record<string, unknown>,
    options: { again?: boolean; secret?: string } = {},
  ): Promise<number> {
    if (!this.webhook) throw new Error("no webhook is set");
    let update: object | undefined;
    if (options.again) update = this.updates.at(-1);
    // A forged post is nothing Telegram holds: it never reaches getUpdates.
    else if (options.secret !== undefined)
      update = { update_id: this.nextUpdateId++, message: this.privateChatMessage(from, message) };
    else this.privateMessage(from, message);
    update ??= this.updates.at(-1);
    const response = await fetch(this.webhook.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-telegram-bot-api-secret-token": options.secret ?? this.webhook.secretToken,
      },
      body: JSON.stringify(update),
    });
    await response.body?.cancel();
    return response.status;
  }

  sentTo(chatId: number): string[] {
    return this.sent.filter((message) => message.chat_id === String(chatId)).map((message) => message.text);
  }

  private push(message: object): number {
    const updateId = this.nextUpdateId++;
    this.updates.push({ update_id: updateId, message });
    return updateId;
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    if (method === "getUpdates") {
      if (this.webhook)
        return {
          ok: false,
          error_code: 409,
          description:
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        };
      const offset = typeof body.offset === "number" ? body.offset : 0;
      return {
        ok: true,
        result: this.updates.filter((update) => (update as { update_id: number }).update_id >= offset),
      };
    }
    if (method === "sendMessage") {
      if (this.refusals > 0) {
        this.refusals -= 1;
        return {
          ok: false,
          error_code: 429,
          description: "Too Many Requests: retry after 1",
          parameters: { retry_after: 1 },
        };
      }
      this.sent.push({ chat_id: String(body.chat_id), text: String(body.text) });
      return {
        ok: true,
        result: {
          message_id: this.nextMessageId++,
          chat: { id: Number(body.chat_id), type: "private" },
          date: Math.floor(Date.now() / 1000),
          text: body.text,
        },
      };
    }
    if (method === "setWebhook") {
      this.webhook = {
        url: String(body.url),
        secretToken: String(body.secret_token),
        maxConnections: Number(body.max_connections),
      };
      return { ok: true, result: true, description: "Webhook was set" };
    }
    if (method === "deleteWebhook") {
      this.webhook = null;
      return { ok: true, result: true, description: "Webhook was deleted" };
    }
    if (method === "getFile") {
      const fileId = String(body.file_id);
      const bytes = this.files.get(fileId);
      if (!bytes) return { ok: false, error_code: 400, description: "Bad Request: invalid file_id" };
      return {
        ok: true,
        result: {
          file_id: fileId,
          file_unique_id: `u-${fileId}`,
          file_size: bytes.byteLength,
          file_path: `photos/${fileId}`,
        },
      };
    }
    return { ok: false, error_code: 404, description: "Not Found: method not found" };
  }
}
