"use client";

import { useClientValue } from "./use-client-value";

/** A webcal:// link to a feed on this host, known only in the browser (none while the page is rendered). */
export function WebcalLink({ path, word, label }: { path: string; word: string; label: string }) {
  const host = useClientValue(() => window.location.host);
  if (!host) return null;
  return (
    <a href={`webcal://${host}${path}`} className="text-primary underline" aria-label={label}>
      {word}
    </a>
  );
}
