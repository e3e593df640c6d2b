"use client";

import { createContext, useContext } from "react";

type ErrorText = { title: string; body: string; retry: string };

const ErrorTextContext = createContext<ErrorText | null>(null);

/**
 * The error boundaries' three sentences, translated on the server by the root layout. Error boundaries must be
 * client components; were they to call useTranslations, every page would load next-intl's client runtime
 * (≈ 18 kB) and a message provider, even pages with no other client code (/, /programmes, /alumni, /verify).
 */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: React.ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

/** What app/error.tsx and app/alumni/error.tsx show: the page failed, and a button to try again. */
export function ErrorNotice({ reset }: { reset: () => void }) {
  const t = useContext(ErrorTextContext);
  if (!t) throw new Error("ErrorNotice needs the root layout's ErrorTextProvider");
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={reset} className="rounded-md border px-3 py-1.5 hover:bg-accent">
        {t.retry}
      </button>
    </div>
  );
}
