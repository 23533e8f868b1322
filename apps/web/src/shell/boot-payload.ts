import { BOOT_PAYLOAD_ELEMENT_ID, ZBootPayload, type TBootPayload } from "@tekser/contracts";

/**
 * The boot payload the server put into index.html, or null when there is none (Vite's dev
 * server serves index.html as it is) or it cannot be read: the dashboard then asks `auth.me`.
 */
export function readBootPayload(document: Document): TBootPayload | null {
  const text = document.getElementById(BOOT_PAYLOAD_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = ZBootPayload.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // not JSON: treated like a shell without a payload
  }
}
