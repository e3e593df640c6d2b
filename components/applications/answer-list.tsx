import { answerText, visibleQuestions, type FormQuestion } from "@/lib/applications/form";
import type { ShownPage } from "@/lib/calls/translations";
import { formatBytes } from "@/lib/format";
import { countryName } from "@/lib/geo";

type FileRow = { questionId: string; fileName: string; sizeBytes: number };

/** Answers page by page, read-only: the applicant's review and status pages, and the administrator's detail page. */
export function AnswerList({
  form,
  answers,
  files,
  fileUrl,
  errors = {},
  editHref,
  fixHref,
  labels,
  includeHidden = false,
}: {
  /** Pages may carry their language (the applicant's pages; lib/calls/translations.ts formForReader). */
  form: { pages: ShownPage[]; questions: FormQuestion[] };
  answers: Record<string, unknown>;
  files: FileRow[];
  fileUrl: (questionId: string) => string;
  errors?: Record<string, string[]>;
  editHref?: (page: number) => string;
  /** Where a question with an error is answered: its field, on its page (the applicant's review). */
  fixHref?: (page: number, questionId: string) => string;
  labels: { notAnswered: string; edit: (page: number) => string; removed?: string; fix?: string };
  includeHidden?: boolean;
}) {
  return (
    <div className="space-y-6">
      {form.pages.map((page, index) => {
        const questions = includeHidden
          ? form.questions.filter((q) => q.page === index)
          : visibleQuestions(form, index);
        return (
          <section key={index} aria-labelledby={`answers-page-${index}`} className="space-y-3 rounded-lg border p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`answers-page-${index}`} className="text-lg font-semibold">
                {index + 1}. <span lang={page.shown?.lang}>{page.title}</span>
              </h3>
              {editHref ? (
                <a href={editHref(index + 1)} className="text-sm text-primary underline">
                  {labels.edit(index + 1)}
                </a>
              ) : null}
            </div>
            <dl className="space-y-3">
              {questions.map((q) => {
                const file = files.find((f) => f.questionId === q.id);
                const text = q.type === "file" ? null : answerText(q, answers[q.id], (c) => countryName(c));
                return (
                  <div key={q.id}>
                    <dt className="text-sm font-medium">
                      {q.label}
                      {q.hidden ? ` ${labels.removed ?? "(removed)"}` : ""}
                    </dt>
                    <dd className="whitespace-pre-wrap text-sm">
                      {q.type === "file" ? (
                        file ? (
                          <a href={fileUrl(q.id)} className="text-primary underline">
                            {file.fileName} ({formatBytes(file.sizeBytes)})
                          </a>
                        ) : (
                          <span className="text-muted-foreground">{labels.notAnswered}</span>
                        )
                      ) : text ? (
                        text
                      ) : (
                        <span className="text-muted-foreground">{labels.notAnswered}</span>
                      )}
                      {errors[q.id]?.length ? (
                        <span className="block font-medium text-destructive">
                          {errors[q.id]!.join(" ")}
                          {fixHref ? (
                            <>
                              {" "}
                              <a href={fixHref(index + 1, q.id)} className="text-primary underline">
                                {labels.fix}
                              </a>
                            </>
                          ) : null}
                        </span>
                      ) : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
