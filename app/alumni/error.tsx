"use client";

import { ErrorNotice } from "@/components/layout/error-notice";

/** Inside the network's layout, so its navigation stays when a page fails. */
export default function AlumniError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice reset={reset} />;
}
