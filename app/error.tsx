"use client";

import { ErrorNotice } from "@/components/layout/error-notice";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice reset={reset} />;
}
