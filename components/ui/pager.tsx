import { toPayload } from "@/lib/markup";
import { pagerHtml } from "@/lib/markup-controls";
import { Markup } from "./markup";

/**
 * Previous / next links for a paged list; the href keeps the list's filters. One pager for every list: the markup
 * of lib/markup-controls.ts (`pagerHtml`, which the markup-built lists place themselves), its links followed
 * without a full page load as next/link would.
 */
export function Pager(props: Parameters<typeof pagerHtml>[0]) {
  const markup = pagerHtml(props);
  return markup ? <Markup payload={toPayload(markup)} links /> : null;
}
