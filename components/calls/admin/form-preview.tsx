"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ApplyWords } from "@/lib/applications/apply-words";
import { QuestionField, type CountryChoice } from "@/components/applications/question-field";
import { visibleQuestions, type CallForm } from "@/lib/applications/form";
import { formatBytes } from "@/lib/format";
import { UPLOAD_KINDS } from "@/lib/uploads/types";

/** The form as an applicant sees it, page by page, in the applicant form's own words; nothing typed here is saved. */
export function FormPreview({
  form,
  countries,
  applyText,
}: {
  form: CallForm;
  countries: CountryChoice[];
  applyText: ApplyWords;
}) {
  const t = useTranslations("callAdmin.preview");
  const locale = useLocale();
  const [page, setPage] = useState(0);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  return (
    <div className="space-y-4">
      <p className="text-sm font-medium">
        {t("page", { page: page + 1, pages: form.pages.length, title: form.pages[page]?.title ?? "" })}
      </p>
      <form onSubmit={(e) => e.preventDefault()} className="space-y-5">
        {visibleQuestions(form, page).map((q) =>
          q.type === "file" ? (
            <div key={q.id} className="space-y-1">
              <label htmlFor={`preview-${q.id}`} className="text-sm font-medium">
                {q.label} ({q.required ? t("required") : t("optional")})
              </label>
              <input id={`preview-${q.id}`} type="file" disabled className="block text-sm" />
              <p className="text-sm text-muted-foreground">
                {q.help}{" "}
                {t("atMost", { size: formatBytes(q.maxBytes ?? UPLOAD_KINDS.applicationFile.maxBytes, locale) })}
              </p>
            </div>
          ) : (
            <QuestionField
              key={q.id}
              question={q}
              value={answers[q.id]}
              onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
              countries={countries}
              text={applyText}
            />
          ),
        )}
      </form>
      <div className="flex gap-3">
        <Button type="button" variant="outline" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
          {t("previous")}
        </Button>
        <Button
          type="button"
          variant="outline"
          disabled={page >= form.pages.length - 1}
          onClick={() => setPage((p) => p + 1)}
        >
          {t("next")}
        </Button>
      </div>
    </div>
  );
}
