import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

describe("[PUBLISH][SSRF] TEKSER_ALLOW_PRIVATE_URLS", () => {
  it("is off unless set to on, and refuses anything but on/off", () => {
    expect(readEnv({}).TEKSER_ALLOW_PRIVATE_URLS).toBe("off");
    expect(readEnv({ TEKSER_ALLOW_PRIVATE_URLS: "on" }).TEKSER_ALLOW_PRIVATE_URLS).toBe("on");
    expect(() => readEnv({ TEKSER_ALLOW_PRIVATE_URLS: "yes" })).toThrow(/TEKSER_ALLOW_PRIVATE_URLS/);
  });
});

describe("[HTTP][PROXY] TEKSER_TRUST_PROXY", () => {
  it("trusts no proxy unless configured, and takes a hop count or addresses and ranges", () => {
    expect(readEnv({}).TEKSER_TRUST_PROXY).toBe(false);
    expect(readEnv({ TEKSER_TRUST_PROXY: "1" }).TEKSER_TRUST_PROXY).toBe(1);
    expect(readEnv({ TEKSER_TRUST_PROXY: "10.0.0.1, 192.168.0.0/16,::1" }).TEKSER_TRUST_PROXY).toEqual([
      "10.0.0.1",
      "192.168.0.0/16",
      "::1",
    ]);
  });

  it("refuses an entry that is neither, naming it", () => {
    expect(() => readEnv({ TEKSER_TRUST_PROXY: "true" })).toThrow(/TEKSER_TRUST_PROXY: .*not valid: true/);
    expect(() => readEnv({ TEKSER_TRUST_PROXY: "10.0.0.0/33" })).toThrow(/not valid: 10.0.0.0\/33/);
  });
});

describe("[PUBLISH][TIME-ZONE] TEKSER_TIME_ZONE", () => {
  it("is the desk's zone, Asia/Almaty unless configured", () => {
    expect(readEnv({}).TEKSER_TIME_ZONE).toBe("Asia/Almaty");
    expect(readEnv({ TEKSER_TIME_ZONE: " Asia/Aqtobe " }).TEKSER_TIME_ZONE).toBe("Asia/Aqtobe");
  });

  it("refuses a name that is not an IANA time zone, naming the variable and the value", () => {
    expect(() => readEnv({ TEKSER_TIME_ZONE: "Almaty" })).toThrow(
      /TEKSER_TIME_ZONE: "Almaty" is not an IANA time zone name/,
    );
  });
});

describe("[HTTP][RATE-LIMIT] TEKSER_PUBLIC_RATE_LIMIT, TEKSER_PUBLIC_CONCURRENCY, TEKSER_PUBLIC_QUEUE", () => {
  it("default to 300 a minute per client, 16 at once and 256 waiting; 0 turns the rate limit off", () => {
    const defaults = readEnv({});
    expect([
      defaults.TEKSER_PUBLIC_RATE_LIMIT,
      defaults.TEKSER_PUBLIC_CONCURRENCY,
      defaults.TEKSER_PUBLIC_QUEUE,
    ]).toEqual([300, 16, 256]);
    expect(readEnv({ TEKSER_PUBLIC_RATE_LIMIT: "0" }).TEKSER_PUBLIC_RATE_LIMIT).toBe(0);
  });

  it("refuses a concurrency below one and a negative limit, naming the variable", () => {
    expect(() => readEnv({ TEKSER_PUBLIC_CONCURRENCY: "0" })).toThrow(/TEKSER_PUBLIC_CONCURRENCY/);
    expect(() => readEnv({ TEKSER_PUBLIC_RATE_LIMIT: "-1" })).toThrow(/TEKSER_PUBLIC_RATE_LIMIT/);
  });
});
