import { env } from "@/lib/env";
import type { TemplatedEmail } from "@/lib/mail/outbox";

/**
 * The messages accounts send, written from the "email" messages in the recipient's language (lib/mail).
 * Links carry `?token=`, which the outbox hides once a message is sent.
 */
const url = (path: string) => `${env().APP_URL.replace(/\/$/, "")}${path}`;

type To = { email: string; userId: string; name: string };
const base = (to: To, kind: string) => ({
  to: to.email,
  toUserId: to.userId,
  kind,
  entityType: "user",
  entityId: to.userId,
});

export function verifyEmailMessage(to: To, token: string): TemplatedEmail {
  return {
    ...base(to, "account.verify_email"),
    template: "verifyEmail",
    values: { name: to.name, link: url(`/verify-email?token=${token}`) },
  };
}

export function signUpAttemptMessage(to: To): TemplatedEmail {
  return {
    ...base(to, "account.sign_up_attempt"),
    template: "signUpAttempt",
    values: { name: to.name, signInLink: url("/sign-in"), forgotLink: url("/forgot-password") },
  };
}

/** `intro` says why the account exists (nominated, imported, or an attempt to sign up again). */
export function claimMessage(to: To, token: string, intro: string): TemplatedEmail {
  return {
    ...base(to, "account.claim"),
    template: "claim",
    values: { name: to.name, intro, link: url(`/claim?token=${token}`) },
  };
}

export const claimLink = (token: string) => url(`/claim?token=${token}`);

export function resetPasswordMessage(to: To, token: string): TemplatedEmail {
  return {
    ...base(to, "account.reset_password"),
    template: "resetPassword",
    values: { name: to.name, link: url(`/reset-password?token=${token}`) },
  };
}

export function passwordChangedMessage(to: To, how: "changed" | "reset"): TemplatedEmail {
  return {
    ...base(to, "account.password_changed"),
    template: "passwordChanged",
    values: { name: to.name, how, forgotLink: url("/forgot-password") },
  };
}

export function twoFactorChangedMessage(to: To, on: boolean): TemplatedEmail {
  return {
    ...base(to, "account.two_factor"),
    template: on ? "twoFactorOn" : "twoFactorOff",
    values: { name: to.name, forgotLink: url("/forgot-password") },
  };
}
