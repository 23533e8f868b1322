import { INGEST_UPLOAD_PATH, ZIngestReport, type TAppErrorCode, type TIngestReport } from "@tekser/contracts";

/** A refused upload, shaped like a tRPC error (`data.appError`) so the usual error readers work. */
class UploadError extends Error {
  constructor(
    readonly data: {
      httpStatus: number;
      appError: { code: TAppErrorCode; message: string; details: Record<string, unknown> | null };
    },
  ) {
    super(data.appError.message);
    this.name = "UploadError";
  }
}

/**
 * Sends bytes to the server's ingest as they are: a file is never decoded here, so the server
 * detects its charset (a windows-1251 export reads as the CLI reads it). Pasted text goes the
 * same way, as UTF-8.
 */
export async function uploadForIngest(name: string, body: Blob): Promise<TIngestReport> {
  const response = await fetch(`${INGEST_UPLOAD_PATH}?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body,
    credentials: "include",
  });
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return ZIngestReport.parse(answer);
  const refusal = (answer ?? {}) as { appError?: UploadError["data"]["appError"]; message?: string };
  throw new UploadError({
    httpStatus: response.status,
    appError: refusal.appError ?? {
      code: "BAD_REQUEST",
      message: refusal.message ?? response.statusText,
      details: null,
    },
  });
}
