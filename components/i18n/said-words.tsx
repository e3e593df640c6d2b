"use client";

import { createContext, useContext } from "react";

const Words = createContext<Readonly<Record<string, string>>>({});

/** The sentences a form's own checks may show in the browser, English → the reader's language (components/i18n/said.tsx). */
export function SaidWords({ words, children }: { words: Record<string, string>; children: React.ReactNode }) {
  return <Words.Provider value={words}>{children}</Words.Provider>;
}

/**
 * A sentence lib/ wrote in English (a schema's message, checked in the browser before the form is sent) in the
 * reader's language, where the page handed it over; anything else as it is (the server's errors come said).
 */
export function useSaid(): (text: string) => string {
  const words = useContext(Words);
  return (text) => words[text] ?? text;
}
