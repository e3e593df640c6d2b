import type { ApiResult } from "@/components/auth/post-json";

/** Posts a multipart form (an upload) and returns the server's typed answer; a network failure becomes a sentence. */
export async function postForm<T>(url: string, body: FormData): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, { method: "POST", body });
    const data = (await response.json().catch(() => null)) as ApiResult<T> | null;
    if (data && typeof data === "object" && "ok" in data) return data;
    return {
      ok: false,
      code: "server",
      formError: "The server answered in a way we did not expect. Please try again.",
    };
  } catch {
    return {
      ok: false,
      code: "network",
      formError: "We could not reach the server. Check your connection and try again.",
    };
  }
}
