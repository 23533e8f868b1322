import { storeImage } from "@tekser/domain";
import { renderPhoto } from "@tekser/domain/test/media-images.ts";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { logInOverHttp, useHttpApp } from "../test/http-test-app.ts";

const database = useTestDatabase();
const http = useHttpApp(database);

describe("[MEDIA] stored images served to the desk", () => {
  it("serves an image and its thumbnail with the sniffed type and nosniff, to staff only", async () => {
    const { app } = http;
    const photo = await renderPhoto(3);
    const { sha256 } = await storeImage(database.db, photo);
    const { cookie } = await logInOverHttp(app, database.db, "reviewer");

    const anonymous = await app.inject({ method: "GET", url: `/media/${sha256}` });
    expect(anonymous.statusCode).toBe(401);

    const original = await app.inject({ method: "GET", url: `/media/${sha256}`, headers: { cookie } });
    expect(original.statusCode).toBe(200);
    expect(original.headers["content-type"]).toBe("image/jpeg");
    expect(original.headers["x-content-type-options"]).toBe("nosniff");
    expect(original.rawPayload.equals(photo)).toBe(true);

    const thumbnail = await app.inject({ method: "GET", url: `/media/${sha256}/thumbnail`, headers: { cookie } });
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers["content-type"]).toBe("image/jpeg");
    expect([...thumbnail.rawPayload.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(thumbnail.rawPayload.byteLength).toBeLessThan(photo.byteLength);

    const unknown = await app.inject({ method: "GET", url: `/media/${"0".repeat(64)}`, headers: { cookie } });
    expect(unknown.statusCode).toBe(404);
  });
});
