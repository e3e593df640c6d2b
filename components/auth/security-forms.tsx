"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/action";
import { postJson } from "./post-json";
import {
  changePasswordSchema,
  twoFactorConfirmSchema,
  type ChangePasswordInput,
  type TwoFactorConfirmInput,
} from "@/lib/users/schemas";

type Act<T extends Record<string, unknown> = Record<never, never>> = (input: unknown) => Promise<ActionResult<T>>;

/** Posts to /api/account/password, which sets this browser's fresh session cookie on its answer. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { current: "", password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    const result = await postJson("/api/account/password", values);
    if (result.ok) {
      form.reset();
      setDone(true);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "current" || field === "password" || field === "confirm")
        form.setError(field, { message: messages.join(" ") });
    }
    setFormError(result.formError);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      {done ? <p role="status">{t("changeDone")}</p> : null}
      <FormField
        id="current"
        label={t("currentPassword")}
        errors={errors.current?.message ? [errors.current.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="password" autoComplete="current-password" {...form.register("current")} />}
      </FormField>
      <FormField
        id="new-password"
        label={t("newPassword")}
        help={t("passwordHelp")}
        errors={errors.password?.message ? [errors.password.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="password" autoComplete="new-password" {...form.register("password")} />}
      </FormField>
      <FormField
        id="confirm"
        label={t("confirmPassword")}
        errors={errors.confirm?.message ? [errors.confirm.message] : undefined}
      >
        {(a11y) => <Input {...a11y} type="password" autoComplete="new-password" {...form.register("confirm")} />}
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? ta("working") : t("changeButton")}
      </Button>
    </form>
  );
}

export function ResendVerificationButton({ resend }: { resend: Act<{ sent: boolean }> }) {
  const t = useTranslations("account");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="outline"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await resend({});
          setBusy(false);
          setMessage(result.ok ? t("resendSent") : result.formError);
        }}
      >
        {t("resendButton")}
      </Button>
      <p role="status">{message ?? ""}</p>
    </div>
  );
}

/** Two steps: get a secret (QR and text), then prove the app has it with a code; then the recovery codes, once. */
export function TwoFactorEnrolment({
  begin,
  confirm,
}: {
  begin: Act<{ secret: string; uri: string; qrSvg: string }>;
  confirm: Act<{ recoveryCodes: string[] }>;
}) {
  const tc = useTranslations("common");
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const [pending, setPending] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<TwoFactorConfirmInput>({
    resolver: zodResolver(twoFactorConfirmSchema),
    defaultValues: { code: "" },
  });
  const { errors, isSubmitting } = form.formState;

  if (codes) {
    return (
      <section aria-labelledby="recovery-title" className="space-y-3">
        <h2 id="recovery-title" className="text-xl font-semibold">
          {t("recoveryTitle")}
        </h2>
        <p>{t("recoveryIntro")}</p>
        <ul aria-label={t("recoveryTitle")} className="grid max-w-sm grid-cols-2 gap-2 font-mono">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href="/me/security" className="text-primary underline">
          {t("securityTitle")}
        </a>
      </section>
    );
  }
  if (!pending) {
    return (
      <div className="space-y-3">
        {formError ? <Alert variant="destructive">{formError}</Alert> : null}
        <Button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setFormError(null);
            const result = await begin({});
            setBusy(false);
            if (result.ok) setPending({ secret: result.secret, qrSvg: result.qrSvg });
            else setFormError(result.formError);
          }}
        >
          {busy ? ta("working") : t("twoFactorStart")}
        </Button>
      </div>
    );
  }
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await confirm(values);
    if (result.ok) {
      setCodes(result.recoveryCodes);
      return;
    }
    if (result.fieldErrors.code) form.setError("code", { message: result.fieldErrors.code.join(" ") });
    setFormError(result.formError);
  });
  return (
    <div className="space-y-4">
      <p>{t("twoFactorScan")}</p>
      {/* The SVG is drawn on the server by the qrcode library from our own otpauth:// URI. */}
      <div
        role="img"
        aria-label={tc("qrCode")}
        className="w-[200px]"
        dangerouslySetInnerHTML={{ __html: pending.qrSvg }}
      />
      <p>
        {t("secretKey")}: <code data-testid="totp-secret">{pending.secret}</code>
      </p>
      <form onSubmit={onSubmit} noValidate className="max-w-xs space-y-4">
        {formError ? <Alert variant="destructive">{formError}</Alert> : null}
        <FormField
          id="totp-code"
          label={t("confirmCode")}
          errors={errors.code?.message ? [errors.code.message] : undefined}
        >
          {(a11y) => <Input {...a11y} inputMode="numeric" autoComplete="one-time-code" {...form.register("code")} />}
        </FormField>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? ta("working") : t("confirmButton")}
        </Button>
      </form>
    </div>
  );
}

export function DisableTwoFactorForm({ disable }: { disable: Act }) {
  const t = useTranslations("account");
  const router = useRouter();
  const [current, setCurrent] = useState("");
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      noValidate
      className="max-w-md space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setFormError(null);
        const result = await disable({ current });
        setBusy(false);
        if (result.ok) router.refresh();
        else setFormError(result.formError);
      }}
    >
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField id="disable-current" label={t("currentPassword")} help={t("disableHelp")}>
        {(a11y) => (
          <Input
            {...a11y}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        )}
      </FormField>
      <Button type="submit" variant="outline" disabled={busy}>
        {t("disableButton")}
      </Button>
    </form>
  );
}
