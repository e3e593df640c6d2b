"use server";

import { revalidatePath } from "next/cache";
import QRCode from "qrcode";
import { z } from "zod";
import { defineAction, signOut } from "@/lib/auth";
import { twoFactorRequiredFor } from "@/lib/auth/actor";
import {
  beginTwoFactorEnrolment,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  resendVerification,
  signOutEverywhere,
} from "@/lib/users/commands";
import { twoFactorConfirmSchema, twoFactorDisableSchema } from "@/lib/users/schemas";

// Every action here acts on the caller's own account only; "account.updateProfile" is held by anyone
// signed in, and each command takes the account from the actor, never from the input.

const everywhere = defineAction({
  permission: "account.updateProfile",
  schema: z.object({}),
  run: async ({ db, actor }) => signOutEverywhere(db, actor),
});
export async function signOutEverywhereAction(): Promise<void> {
  const result = await everywhere({});
  if (result.ok) await signOut({ redirectTo: "/sign-in" });
}

const resend = defineAction({
  permission: "account.updateProfile",
  schema: z.object({}),
  run: async ({ db, actor }) => resendVerification(db, actor),
});
export async function resendVerificationAction() {
  return resend({});
}

const begin = defineAction({
  permission: "account.updateProfile",
  schema: z.object({}),
  run: async ({ db, actor }) => {
    const { secret, uri } = await beginTwoFactorEnrolment(db, actor);
    const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, width: 200 });
    return { secret, uri, qrSvg };
  },
});
export async function beginTwoFactorAction() {
  return begin({});
}

const confirm = defineAction({
  permission: "account.updateProfile",
  schema: twoFactorConfirmSchema,
  run: async ({ db, actor }, input) => confirmTwoFactorEnrolment(db, actor, input.code),
});
export async function confirmTwoFactorAction(input: unknown) {
  const result = await confirm(input);
  // No revalidation: the page would re-render without the recovery codes, which are shown only once.
  return result;
}

const disable = defineAction({
  permission: "account.updateProfile",
  schema: twoFactorDisableSchema,
  run: async ({ db, actor }, input) => {
    await disableTwoFactor(db, actor, input, { required: await twoFactorRequiredFor(db, actor!.userId) });
    return {};
  },
});
export async function disableTwoFactorAction(input: unknown) {
  const result = await disable(input);
  if (result.ok) revalidatePath("/me/security");
  return result;
}
