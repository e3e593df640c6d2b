"use client";

import { useEffect, useState } from "react";
import { localTimeText } from "./local-time-text";

/**
 * A moment in the viewer's own time zone, named. The server cannot know that zone, so it renders nothing and the
 * browser fills it in, in the page's language (given by the server, so the page needs no next-intl in the browser).
 * The text is made in a Web Worker: Intl's first use in a page is the apply form's largest main-thread task on a
 * phone (e2e/bench/RESULTS.md, Session 10). Where a worker cannot start, it is made here, after hydration.
 */
export function LocalTime({ iso, label, locale }: { iso: string; label: string; locale: string }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let worker: Worker | null = null;
    const here = () => {
      worker?.terminate();
      worker = null;
      setText(localTimeText(iso, label, locale));
    };
    try {
      worker = new Worker(new URL("./local-time-worker.ts", import.meta.url));
      worker.onmessage = (event: MessageEvent<string>) => {
        setText(event.data);
        worker?.terminate();
        worker = null;
      };
      worker.onerror = here;
      worker.postMessage({ iso, label, locale });
    } catch {
      here();
    }
    return () => worker?.terminate();
  }, [iso, label, locale]);
  return text ? <span>{text}</span> : null;
}
