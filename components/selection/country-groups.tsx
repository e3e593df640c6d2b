"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ServerAction } from "@/components/review/action-result";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

type Group = { id: string; name: string; countries: readonly string[]; version: number };

/** Name and member codes of a group; creates one, or saves one given with its version. */
export function CountryGroupForm({
  group,
  save,
  onDone,
}: {
  group?: Group;
  save: ServerAction<{ id: string }>;
  onDone?: () => void;
}) {
  const t = useTranslations("countryGroups");
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState(group?.name ?? "");
  const [countries, setCountries] = useState(group?.countries.join(", ") ?? "");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await save({ name, countries, ...(group ? { id: group.id, version: group.version } : {}) });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setMessage({ ok: false, text: result.formError });
        return;
      }
      setErrors({});
      setMessage({ ok: true, text: t("saved") });
      if (!group) {
        setName("");
        setCountries("");
      }
      onDone?.();
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <FormField id={`${id}-name`} label={t("name")} errors={errors.name}>
        {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />}
      </FormField>
      <FormField id={`${id}-countries`} label={t("countries")} help={t("countriesHelp")} errors={errors.countries}>
        {(p) => <Textarea {...p} rows={2} value={countries} onChange={(e) => setCountries(e.target.value)} />}
      </FormField>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : group ? t("save") : t("create")}
        </Button>
        <p
          role="status"
          aria-live="polite"
          className={message?.ok ? "text-sm text-green-900" : "text-sm text-destructive"}
        >
          {message?.text}
        </p>
      </div>
    </form>
  );
}

/** One group in the list: its members, an edit form, and a delete that asks to be confirmed. */
export function CountryGroupEditor({
  group,
  names,
  update,
  remove,
}: {
  group: Group;
  names: string;
  update: ServerAction<{ id: string }>;
  remove: ServerAction<{ id: string }>;
}) {
  const t = useTranslations("countryGroups");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const headingId = useId();
  const doDelete = () =>
    start(async () => {
      const result = await remove({ id: group.id, confirm: true });
      if (!result.ok) return setError(result.formError);
      router.refresh();
    });
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded-lg border p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {group.name}{" "}
        <span className="text-sm font-normal text-muted-foreground">
          ({t("count", { count: group.countries.length })})
        </span>
      </h2>
      <p className="text-sm">{names}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" size="sm" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t("edit", { name: group.name })}
        </Button>
        {confirming ? (
          <>
            <Button type="button" variant="destructive" size="sm" disabled={pending} onClick={doDelete}>
              {t("confirmDelete", { name: group.name })}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              {t("keep")}
            </Button>
          </>
        ) : (
          <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(true)}>
            {t("delete", { name: group.name })}
          </Button>
        )}
      </div>
      {confirming ? <p className="text-sm">{t("deleteWarning")}</p> : null}
      {error ? <p className="text-sm text-destructive">{error}</p> : null}
      {editing ? <CountryGroupForm group={group} save={update} onDone={() => setEditing(false)} /> : null}
    </article>
  );
}
