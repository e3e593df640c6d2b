"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** A value only the browser knows (its time zone, the page's host), null during server rendering and hydration. */
export function useClientValue<T>(read: () => T): T | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
