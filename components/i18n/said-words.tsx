"use client";

import { createContext, useContext, useMemo } from "react";
import { sayWith, type SaidWordsOf } from "@/lib/i18n/said-with";

const Said = createContext<(text: string) => string>((text) => text);

/** The sentences a form's own checks may show in the browser, English → the reader's language (components/i18n/said.tsx). */
export function SaidWords({ words, children }: { words: SaidWordsOf; children: React.ReactNode }) {
  const say = useMemo(() => sayWith(words), [words]);
  return <Said.Provider value={say}>{children}</Said.Provider>;
}

/**
 * A sentence lib/ wrote in English (a schema's message, checked in the browser before the form is sent) in the
 * reader's language, where the page handed it over; anything else as it is (the server's errors come said).
 */
export function useSaid(): (text: string) => string {
  return useContext(Said);
}
