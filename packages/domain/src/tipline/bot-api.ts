import { z } from "zod";
import { readCappedBody } from "../shared/outbound/capped-body.ts";
import { outboundFetch } from "../shared/outbound/outbound-fetch.ts";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { parseTelegramUpdate, type TTelegramUpdate } from "./telegram-update.ts";

const ANSWER_LIMIT_BYTES = 4 * 1024 * 1024;
/** Slack beyond the long-poll wait before a getUpdates call counts as hung. */
const REQUEST_SLACK_MS = 15_000;

const ZBotAnswer = z.object({ ok: z.boolean(), result: z.unknown().optional(), description: z.string().optional() });

/** A Bot API method that answered `ok: false` or not at all; the message never holds the token. */
export class BotApiError extends Error {}

/**
 * The few Bot API methods the tipline uses, through the outbound guard. The token is part of
 * every method URL, so URLs are never put in errors or logs.
 */
export class TelegramBotApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly outbound: OutboundPolicy,
  ) {}

  /** Long-polls for updates from `offset`, waiting up to `waitSeconds` when none are pending. */
  async getUpdates(offset: bigint, waitSeconds: number): Promise<TTelegramUpdate[]> {
    const result = await this.call(
      "getUpdates",
      { offset: Number(offset), timeout: waitSeconds, allowed_updates: ["message"] },
      waitSeconds * 1000,
    );
    return z
      .array(z.unknown())
      .parse(result)
      .flatMap((update) => {
        const parsed = parseTelegramUpdate(update);
        if (!parsed) throw new BotApiError("getUpdates: an update without an update_id");
        return [parsed];
      });
  }

  /**
   * Has Telegram post updates to `url`, each with `secretToken` in the
   * X-Telegram-Bot-Api-Secret-Token header; one connection at a time, so updates arrive in order.
   */
  async setWebhook(url: string, secretToken: string): Promise<void> {
    await this.call(
      "setWebhook",
      { url, secret_token: secretToken, allowed_updates: ["message"], max_connections: 1 },
      0,
    );
  }

  /** Back to getUpdates: Telegram keeps updates for the poller again. */
  async deleteWebhook(): Promise<void> {
    await this.call("deleteWebhook", {}, 0);
  }

  async sendMessage(chatId: string, text: string): Promise<void> {
    await this.call("sendMessage", { chat_id: chatId, text, link_preview_options: { is_disabled: false } }, 0);
  }

  /**
   * A file a user sent (a photo, an image document): `getFile` names its path, then the bytes are
   * read from the file endpoint, capped at `maxBytes` as they stream.
   */
  async downloadFile(fileId: string, maxBytes: number): Promise<Uint8Array> {
    const file = z
      .object({ file_path: z.string().min(1) })
      .safeParse(await this.call("getFile", { file_id: fileId }, 0));
    if (!file.success)
      throw new BotApiError("getFile: the Bot API named no file path (the file may be over its 20 MB download limit)");
    let response;
    try {
      response = await outboundFetch(
        `${this.baseUrl.replace(/\/+$/, "")}/file/bot${this.token}/${file.data.file_path}`,
        { signal: AbortSignal.timeout(REQUEST_SLACK_MS) },
        this.outbound,
      );
    } catch (error) {
      throw new BotApiError(
        `file download: the Bot API could not be reached (${error instanceof Error ? error.name : "error"})`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new BotApiError(`file download: HTTP ${response.status}`);
    }
    return readCappedBody(response, "the Bot API's file", maxBytes);
  }

  private async call(method: string, body: object, waitMs: number): Promise<unknown> {
    let response;
    try {
      response = await outboundFetch(
        `${this.baseUrl.replace(/\/+$/, "")}/bot${this.token}/${method}`,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(waitMs + REQUEST_SLACK_MS),
        },
        this.outbound,
      );
    } catch (error) {
      throw new BotApiError(
        `${method}: the Bot API could not be reached (${error instanceof Error ? error.name : "error"})`,
      );
    }
    // Labelled, not by its URL: the URL holds the token.
    const text = new TextDecoder().decode(await readCappedBody(response, "the Bot API", ANSWER_LIMIT_BYTES));
    const answer = ZBotAnswer.safeParse(safeJson(text));
    if (!answer.success) throw new BotApiError(`${method}: HTTP ${response.status}, not a Bot API answer`);
    if (!answer.data.ok) throw new BotApiError(`${method}: ${answer.data.description ?? `HTTP ${response.status}`}`);
    return answer.data.result;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
