import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/**
 * A local SMTP server for the tests (the smtp-server package speaks the protocol; mailparser
 * decodes what arrives). It requires the login it was given, can refuse its next messages like a
 * server with a full queue, and records every message it accepted. No real mail leaves the machine.
 */
export class LocalSmtpServer {
  readonly username = "tekser-desk";
  readonly password = "local smtp password 7f3a";
  readonly received: ReceivedMail[] = [];
  readonly loginsRefused: string[] = [];
  private refusals = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly server = new SMTPServer({
    // No TLS certificate here: a plain connection, where nodemailer logs in without STARTTLS.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => {
      if (auth.username === this.username && auth.password === this.password)
        return callback(null, { user: auth.username });
      this.loginsRefused.push(auth.username ?? "");
      callback(new Error("535 Authentication failed"));
    },
    onData: (stream, _session, callback) => {
      if (this.refusals > 0) {
        this.refusals -= 1;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("451 Try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          const to = [mail.to ?? []].flat().flatMap((address) => address.value.map((entry) => entry.address ?? ""));
          this.received.push({
            from: mail.from?.value[0]?.address ?? "",
            to,
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          for (const wake of this.waiters.splice(0)) wake();
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  port = 0;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` messages are answered 451 (try again later), as a busy server does. */
  refuseNextMessages(count: number): void {
    this.refusals = count;
  }

  /** Waits until `count` messages have arrived, failing after `deadlineMs` (a missing message, not a timing). */
  async waitFor(count: number, deadlineMs = 20_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + deadlineMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the local SMTP server received ${this.received.length} of ${count} messages`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received;
  }
}
