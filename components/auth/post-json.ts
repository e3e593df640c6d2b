type ApiFailure = { ok: false; code: string; formError: string; fieldErrors?: Record<string, string[]> };
export type ApiResult<T> = ({ ok: true } & T) | ApiFailure;

/** Posts JSON and returns the server's typed answer; a network failure becomes a sentence too. */
export async function postJson<T>(url: string, body: unknown): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
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
