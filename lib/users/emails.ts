import { env } from "@/lib/env";
import type { OutgoingEmail } from "@/lib/mail/outbox";

/** The messages accounts send. Links carry `?token=`, which the outbox hides once a message is sent. */
const url = (path: string) => `${env().APP_URL.replace(/\/$/, "")}${path}`;

type To = { email: string; userId: string; name: string };
const base = (to: To, kind: string) => ({
  to: to.email,
  toUserId: to.userId,
  kind,
  entityType: "user",
  entityId: to.userId,
});

export function verifyEmailMessage(to: To, token: string): OutgoingEmail {
  return {
    ...base(to, "account.verify_email"),
    subject: "Confirm your email address for Madang",
    text: [
      `Dear ${to.name},`,
      "",
      "Please confirm that this address is yours by opening this link (it works once, for 48 hours):",
      url(`/verify-email?token=${token}`),
      "",
      "Until you do, you can prepare applications but not submit them.",
      "If you did not create an account on Madang, ignore this message.",
    ].join("\n"),
  };
}

export function signUpAttemptMessage(to: To): OutgoingEmail {
  return {
    ...base(to, "account.sign_up_attempt"),
    subject: "Someone tried to create a Madang account with your address",
    text: [
      `Dear ${to.name},`,
      "",
      "Someone (perhaps you) tried to create a new Madang account with this email address. You already have one, so nothing was changed.",
      "",
      `To sign in: ${url("/sign-in")}`,
      `If you forgot your password, choose a new one here: ${url("/forgot-password")}`,
    ].join("\n"),
  };
}

export function claimMessage(to: To, token: string, intro: string): OutgoingEmail {
  return {
    ...base(to, "account.claim"),
    subject: "Finish setting up your Madang account",
    text: [
      `Dear ${to.name},`,
      "",
      intro,
      "",
      "To use your account, choose a password here (the link works once, for 30 days):",
      url(`/claim?token=${token}`),
    ].join("\n"),
  };
}

export const claimLink = (token: string) => url(`/claim?token=${token}`);

export function resetPasswordMessage(to: To, token: string): OutgoingEmail {
  return {
    ...base(to, "account.reset_password"),
    subject: "Choose a new Madang password",
    text: [
      `Dear ${to.name},`,
      "",
      "Someone (we hope you) asked to reset the password of your Madang account. Choose a new one here (the link works once, for one hour):",
      url(`/reset-password?token=${token}`),
      "",
      "If you did not ask, ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}

export function passwordChangedMessage(to: To, how: "changed" | "reset"): OutgoingEmail {
  return {
    ...base(to, "account.password_changed"),
    subject: "Your Madang password was changed",
    text: [
      `Dear ${to.name},`,
      "",
      how === "reset"
        ? "The password of your Madang account was just reset by an emailed link."
        : "The password of your Madang account was just changed.",
      "Every device that was signed in has been signed out.",
      "",
      `If this was not you, choose a new password at once: ${url("/forgot-password")}, and tell the programme office.`,
    ].join("\n"),
  };
}

export function twoFactorChangedMessage(to: To, on: boolean): OutgoingEmail {
  return {
    ...base(to, "account.two_factor"),
    subject: on
      ? "Two-factor sign-in is on for your Madang account"
      : "Two-factor sign-in was turned off for your Madang account",
    text: [
      `Dear ${to.name},`,
      "",
      on
        ? "Signing in now asks for a code from your authenticator app."
        : "Signing in now asks for your password only.",
      "",
      `If this was not you, reset your password: ${url("/forgot-password")}`,
    ].join("\n"),
  };
}
