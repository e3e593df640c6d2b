"use client";

import { fromPayload } from "@/lib/markup";

/**
 * A block of markup built on the server (lib/markup.ts), given in its payload form (`toPayload`). A client
 * component only so that the markup crosses React's payload without "<", ">" and "&", which Next escapes one at a
 * time; it renders on the server like any other and ships a few lines of script.
 */
export function Markup({ payload, className }: { payload: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: fromPayload(payload) }} />;
}
