import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

describe("[PUBLISH][SSRF] TEKSER_ALLOW_PRIVATE_URLS", () => {
  it("is off unless set to on, and refuses anything but on/off", () => {
    expect(readEnv({}).TEKSER_ALLOW_PRIVATE_URLS).toBe("off");
    expect(readEnv({ TEKSER_ALLOW_PRIVATE_URLS: "on" }).TEKSER_ALLOW_PRIVATE_URLS).toBe("on");
    expect(() => readEnv({ TEKSER_ALLOW_PRIVATE_URLS: "yes" })).toThrow(/TEKSER_ALLOW_PRIVATE_URLS/);
  });
});
