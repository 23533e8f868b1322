import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedLookup, outboundFetch } from "./outbound-fetch.ts";
import { BLOCK_PRIVATE_URLS, blockedAddressReason, checkOutboundUrl, OutboundRefusedError } from "./url-guard.ts";

const ALLOW = { allowPrivateUrls: true };
let server: Server;
let base = "";
const paths: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    paths.push(request.url ?? "");
    if (request.url === "/to-open") return void response.writeHead(302, { location: "/open" }).end();
    response.writeHead(200, { "content-type": "text/plain" }).end("hello");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("[PUBLISH][SSRF] outbound URL guard", () => {
  it("refuses loopback, private, link-local, unique-local and IPv4-mapped addresses; passes public ones", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.9",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "::ffff:169.254.169.254",
    ]) {
      expect(blockedAddressReason(address), address).not.toBeNull();
    }
    expect(blockedAddressReason("169.254.169.254")).toContain("linkLocal");
    for (const address of ["93.184.216.34", "2a00:1450:4001:80b::200e", "8.8.8.8"])
      expect(blockedAddressReason(address), address).toBeNull();
  });

  it("refuses a metadata IP, an IPv6 literal and a host resolving to loopback, naming the URL and reason", async () => {
    const metadata = await refusalOf(checkOutboundUrl("http://169.254.169.254/latest/meta-data/", BLOCK_PRIVATE_URLS));
    expect(metadata).toBeInstanceOf(OutboundRefusedError);
    expect((metadata as Error).message).toBe(
      "Refused to contact http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a linkLocal address, not a public one",
    );
    expect(await refusalOf(checkOutboundUrl("http://[fd12:3456::1]:8080/hook", BLOCK_PRIVATE_URLS))).toBeInstanceOf(
      OutboundRefusedError,
    );
    const localhost = await refusalOf(checkOutboundUrl("http://localhost:9/x", BLOCK_PRIVATE_URLS));
    expect((localhost as OutboundRefusedError).reason).toMatch(/^localhost resolves to .* loopback address/);
    expect(await refusalOf(checkOutboundUrl("file:///etc/passwd", ALLOW))).toBeInstanceOf(OutboundRefusedError);
    expect((await checkOutboundUrl("http://169.254.169.254/", ALLOW)).hostname).toBe("169.254.169.254");
  });

  it("checks the addresses the socket connects to, so a rebinding host is refused at connection time", async () => {
    const answer = await new Promise<{ error: NodeJS.ErrnoException | null }>((resolve) =>
      checkedLookup("localhost", { all: true }, (error) => resolve({ error })),
    );
    expect(answer.error).toBeInstanceOf(OutboundRefusedError);
  });

  it("fetches a local receiver only when private URLs are allowed, and never contacts it otherwise", async () => {
    const before = paths.length;
    expect(await refusalOf(outboundFetch(`${base}/secret`, {}, BLOCK_PRIVATE_URLS))).toBeInstanceOf(
      OutboundRefusedError,
    );
    expect(paths.length).toBe(before);
    const response = await outboundFetch(`${base}/open`, {}, ALLOW);
    expect(await response.text()).toBe("hello");
  });

  it("returns a redirect as it is unless asked to follow", async () => {
    expect((await outboundFetch(`${base}/to-open`, {}, ALLOW)).status).toBe(302);
    const followed = await outboundFetch(`${base}/to-open`, { follow: true }, ALLOW);
    expect([followed.status, await followed.text()]).toEqual([200, "hello"]);
  });
});
