"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { ServerAction } from "@/components/review/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { WorkbenchRow } from "@/lib/decisions/queries";
// The pure evaluator only: the package index also holds the solver's worker, which is server-side.
import { evaluateRules } from "@/lib/selection/rules";
import type { BalanceRules, Candidate, RuleState } from "@/lib/selection/types";
import { cn } from "@/lib/utils";
import { Distribution } from "./distribution";
import { RankedList, type RankedListPage } from "./ranked-list";
import { RuleMeters, STATUS_STYLE } from "./rule-meters";
import type { Analysis } from "./analysis-panel";
import { SuggestionPanel, type SuggestionView } from "./suggestion-panel";
import { useSay } from "./use-say";

type Props = {
  callId: string;
  /** One page of the pool, by rank (getWorkbench, lib/decisions/queries.ts). */
  rows: WorkbenchRow[];
  /** The saved shortlist and the waiting suggestion's members: whom the meters count beyond this page. */
  people: WorkbenchRow[];
  list: RankedListPage;
  rules: BalanceRules;
  /** The saved shortlist's meters, judged on the server from the database's tally of it. */
  meters: RuleState[];
  initialChosen: string[];
  pending: SuggestionView | null;
  decided: boolean;
  saveShortlist: ServerAction<{ shortlisted: number; moved: number }>;
  suggest: ServerAction<SuggestionView & { people: WorkbenchRow[] }>;
  decide: ServerAction<{ decision: string }>;
  analyse: ServerAction<Analysis & { people: WorkbenchRow[] }>;
  acceptWayOut: ServerAction<{ chosenIds: string[] }>;
};

const candidateOf = (r: WorkbenchRow): Candidate => ({
  id: r.id,
  score: r.score,
  gender: r.gender,
  country: r.country,
  region: r.region,
  trackId: r.trackId,
});

const sameSet = (set: ReadonlySet<string>, ids: readonly string[]) =>
  set.size === ids.length && ids.every((id) => set.has(id));

/** What changes in the rules if `id` is toggled: only the rules whose state or number moves. */
function whatIf(before: RuleState[], after: RuleState[]) {
  return after.flatMap((a) => {
    const b = before.find((x) => x.id === a.id);
    return b && (b.status !== a.status || b.actual !== a.actual) ? [{ id: a.id, from: b, to: a }] : [];
  });
}

export function Workbench(props: Props) {
  const t = useTranslations("selection.workbench");
  const tm = useTranslations("selection.meters");
  const say = useSay();
  const router = useRouter();
  // The saved shortlist, kept here rather than read from props so that a refresh arriving late never
  // resets choices made since (accepting or saving updates it at once).
  const [saved, setSaved] = useState<string[]>(props.initialChosen);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(props.initialChosen));
  const [preview, setPreview] = useState<string | null>(null);
  // Everyone the browser has been shown (pages, the shortlist, suggestions, analyses), so that any choice made
  // here can be counted and named; the pool as a whole stays on the server.
  const [known, setKnown] = useState(() => new Map([...props.people, ...props.rows].map((r) => [r.id, r])));
  const [shown, setShown] = useState({ people: props.people, rows: props.rows });
  const learn = useCallback(
    (rows: readonly WorkbenchRow[]) =>
      setKnown((prev) => {
        const next = new Map(prev);
        for (const r of rows) next.set(r.id, r);
        return next;
      }),
    [],
  );
  if (shown.people !== props.people || shown.rows !== props.rows) {
    setShown({ people: props.people, rows: props.rows });
    learn([...props.people, ...props.rows]);
  }
  const [seed, setSeed] = useState("");
  const [suggestion, setSuggestion] = useState<SuggestionView | null>(props.pending);
  const [editingRun, setEditingRun] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [computing, setComputing] = useState(false);
  const [analysis, setAnalysis] = useState<{ runId: string; value: Analysis } | null>(null);
  const [pending, start] = useTransition();

  const candidates = useMemo(() => [...known.values()].map(candidateOf), [known]);
  // The saved shortlist's meters come from the server; a choice not yet saved is judged here, from the
  // candidates it holds (lib/decisions/workbench.test.ts holds the two equal).
  const states = useMemo(
    () => (sameSet(chosen, props.initialChosen) ? props.meters : evaluateRules(candidates, props.rules, chosen)),
    [candidates, props.rules, props.meters, props.initialChosen, chosen],
  );
  const toggled = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };
  const previewChanges = useMemo(
    () =>
      preview
        ? whatIf(
            evaluateRules(candidates, props.rules, chosen),
            evaluateRules(candidates, props.rules, toggled(preview)),
          )
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [preview, candidates, chosen],
  );
  const names = useMemo(() => new Map([...known.values()].map((r) => [r.id, `${r.reference} · ${r.name}`])), [known]);
  const dirty = !sameSet(chosen, saved);
  const suggestionStates = useMemo(
    () => (suggestion ? evaluateRules(candidates, props.rules, suggestion.chosenIds) : []),
    [suggestion, candidates, props.rules],
  );
  const toggle = useCallback(
    (id: string) =>
      setChosen((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const fail = (text: string) => setMessage({ ok: false, text });
  const save = () =>
    start(async () => {
      const result = await props.saveShortlist({
        callId: props.callId,
        chosenIds: [...chosen],
        ...(editingRun ? { fromRunId: editingRun } : {}),
      });
      if (!result.ok) return fail(result.formError);
      setEditingRun(null);
      setSaved([...chosen]);
      setMessage({ ok: true, text: t("saved", { count: result.shortlisted }) });
      router.refresh();
    });
  const askSuggestion = () =>
    start(async () => {
      setComputing(true);
      setMessage(null);
      const result = await props.suggest({ callId: props.callId, ...(seed.trim() ? { seed: Number(seed) } : {}) });
      setComputing(false);
      if (!result.ok) return fail(result.formError);
      learn(result.people);
      setSuggestion(result);
    });
  // The analysis is asked for once the panel is painted (the effect below), so the panel never waits for
  // the extra solves nor shares the machine with them while it renders.
  const analyseRun = async (runId: string) => {
    const result = await props.analyse({ runId });
    if (result.ok) {
      learn(result.people);
      setAnalysis({ runId, value: { explanation: result.explanation, prices: result.prices } });
    } else {
      setAnalysis({ runId, value: { explanation: null, prices: null } });
      fail(result.formError);
    }
  };
  // Each suggestion shown, new or still waiting from an earlier visit (stored, so quick), gets its analysis
  // after the frame that shows it.
  const shownRunId = suggestion?.runId;
  const analysed = useRef<string | null>(null);
  useEffect(() => {
    if (!shownRunId || analysed.current === shownRunId) return;
    analysed.current = shownRunId;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => void analyseRun(shownRunId), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (analysed.current === shownRunId) analysed.current = null;
    };
  }, [shownRunId]); // eslint-disable-line react-hooks/exhaustive-deps
  const takeWayOut = (wayOut: string, reason: string) =>
    start(async () => {
      if (!suggestion) return;
      const result = await props.acceptWayOut({ runId: suggestion.runId, wayOut, reason });
      if (!result.ok) return fail(result.formError);
      setChosen(new Set(result.chosenIds));
      setSaved(result.chosenIds);
      setSuggestion(null);
      setMessage({ ok: true, text: t("wayOutAccepted") });
      router.refresh();
    });
  const decideRun = (decision: "accept" | "discard") =>
    start(async () => {
      if (!suggestion) return;
      const result = await props.decide({ runId: suggestion.runId, decision });
      if (!result.ok) return fail(result.formError);
      if (decision === "accept") {
        setChosen(new Set(suggestion.chosenIds));
        setSaved(suggestion.chosenIds);
      }
      setSuggestion(null);
      setMessage({ ok: true, text: decision === "accept" ? t("accepted") : t("discarded") });
      // A discarded suggestion changes nothing on the page: the list of thousands is not fetched and drawn again.
      if (decision === "accept") router.refresh();
    });

  const chosenRows = [...chosen].map((id) => known.get(id)).filter((r): r is WorkbenchRow => Boolean(r));
  const previewRow = preview ? known.get(preview) : null;
  return (
    <div className="space-y-8">
      {props.decided ? <Alert>{t("decided")}</Alert> : null}
      {/* The meters stay in view while the list below scrolls; a long set of rules scrolls inside. */}
      {/* tabIndex: a region that scrolls must be reachable by keyboard (axe scrollable-region-focusable). */}
      <section
        aria-labelledby="meters-heading"
        tabIndex={0}
        className="sticky top-0 z-10 max-h-[50vh] space-y-3 overflow-y-auto border-b bg-background pb-3"
      >
        <h2 id="meters-heading" className="text-xl font-semibold">
          {t("metersHeading", { chosen: chosen.size, seats: props.rules.seats })}
        </h2>
        <RuleMeters states={states} label={t("metersLabel")} />
        {/* A fixed height: if the line grew, the table would move under the pointer and preview another row. */}
        <div aria-live="polite" className="h-36 overflow-y-auto rounded-md border border-dashed p-3 text-sm">
          {previewRow ? (
            <>
              <p className="font-medium">
                {t(chosen.has(previewRow.id) ? "whatIfOut" : "whatIfIn", {
                  name: `${previewRow.reference} · ${previewRow.name}`,
                })}
              </p>
              {previewChanges.length === 0 ? (
                <p>{t("whatIfNothing")}</p>
              ) : (
                <ul>
                  {previewChanges.map((c) => (
                    <li key={c.id}>
                      {say(c.to.said?.label, c.to.label)}: {c.from.actual} → {c.to.actual} ({tm(c.from.status)} →{" "}
                      <span className={cn("rounded px-1", STATUS_STYLE[c.to.status])}>{tm(c.to.status)}</span>)
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="text-muted-foreground">{t("whatIfHint")}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="distribution-heading" className="space-y-3">
        <h2 id="distribution-heading" className="text-xl font-semibold">
          {t("distributionHeading")}
        </h2>
        <Distribution chosen={chosenRows} />
      </section>

      <section aria-labelledby="actions-heading" className="space-y-3">
        <h2 id="actions-heading" className="sr-only">
          {t("actionsHeading")}
        </h2>
        <div className="flex flex-wrap items-end gap-3">
          <Button type="button" disabled={pending || props.decided} onClick={askSuggestion}>
            {computing ? t("computing") : t("suggest")}
          </Button>
          <div className="w-40">
            <label htmlFor="suggest-seed" className="text-sm font-medium">
              {t("seed")}
            </label>
            <Input
              id="suggest-seed"
              inputMode="numeric"
              value={seed}
              onChange={(e) => setSeed(e.target.value.replace(/\D/g, ""))}
            />
          </div>
          <Button type="button" variant="outline" disabled={pending || !dirty || props.decided} onClick={save}>
            {t("save", { count: chosen.size })}
          </Button>
          <Button
            type="button"
            variant="ghost"
            disabled={pending || !dirty}
            onClick={() => {
              setChosen(new Set(saved));
              setEditingRun(null);
            }}
          >
            {t("reset")}
          </Button>
        </div>
        <div role="status" aria-live="polite" className="text-sm">
          {computing ? (
            <p className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-primary border-t-transparent"
              />
              {t("computingLong")}
            </p>
          ) : null}
          {message ? <p className={message.ok ? "text-green-900" : "text-destructive"}>{message.text}</p> : null}
        </div>
      </section>

      {suggestion ? (
        <SuggestionPanel
          suggestion={suggestion}
          states={suggestionStates}
          names={names}
          busy={pending}
          analysis={analysis?.runId === suggestion.runId ? analysis.value : null}
          analysing={analysis?.runId !== suggestion.runId}
          onAcceptWayOut={takeWayOut}
          onAccept={() => decideRun("accept")}
          onDiscard={() => decideRun("discard")}
          onEdit={() => {
            setChosen(new Set(suggestion.chosenIds));
            setEditingRun(suggestion.runId);
            setSuggestion(null);
            setMessage({ ok: true, text: t("editing") });
          }}
        />
      ) : null}

      <RankedList
        rows={props.rows}
        list={props.list}
        chosen={chosen}
        decided={props.decided}
        onPreview={setPreview}
        onToggle={toggle}
      />
    </div>
  );
}
