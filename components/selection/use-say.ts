"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import type { Locale } from "@/lib/geo";
import { say, type ExplainTranslator } from "@/lib/selection/say";
import type { Said } from "@/lib/selection/types";

/**
 * What lib/selection says (a rule's label and state, why it cannot hold, a way out), in the reader's language.
 * `said` is absent from what was stored before lib/selection said things as data: then its English stands.
 */
export function useSay() {
  const t = useTranslations("selection.explain");
  const locale = useLocale() as Locale;
  return useCallback(
    (said: Said | undefined, english: string) => {
      if (said === undefined) return english;
      // The key comes from lib/selection at run time; next-intl types only literal keys.
      const translate = t as unknown as ExplainTranslator;
      return say(translate, locale, said);
    },
    [t, locale],
  );
}
