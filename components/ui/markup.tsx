"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { fromPayload } from "@/lib/markup";

type Router = ReturnType<typeof useRouter>;

/**
 * A block of markup built on the server (lib/markup.ts), given in its payload form (`toPayload`). A client
 * component only so that the markup crosses React's payload without "<", ">" and "&", which Next escapes one at a
 * time; it renders on the server like any other and ships a few lines of script.
 *
 * With `links`, a plain click on one of its links to a page of this site moves there as a next/link <Link> would,
 * without loading the whole page again; other clicks (a new tab, a download, another site) are the browser's.
 */
export function Markup({ payload, className, links }: { payload: string; className?: string; links?: boolean }) {
  const router = useRouter();
  return (
    // The click lands on a link, which the keyboard reaches and activates itself; the block only listens.
    <div
      className={className}
      onClick={links ? (event) => followLink(event, router) : undefined}
      dangerouslySetInnerHTML={{ __html: fromPayload(payload) }}
    />
  );
}

function followLink(event: MouseEvent<HTMLDivElement>, router: Router) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = (event.target as Element).closest("a[href]");
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download"))
    return;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  router.push(url.pathname + url.search + url.hash);
}
