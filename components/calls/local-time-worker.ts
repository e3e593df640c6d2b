// A Web Worker (started by components/calls/local-time.tsx): Intl's first use, off the page's main thread.
import { localTimeText, type LocalTimeRequest } from "./local-time-text";

self.onmessage = (event: MessageEvent<LocalTimeRequest>) => {
  const { iso, label, locale } = event.data;
  self.postMessage(localTimeText(iso, label, locale));
};
