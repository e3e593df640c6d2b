// zod/mini, not zod: the sign-in, sign-up, password and security forms check their input in the browser with
// these same schemas (react-hook-form's resolver, or useCheckedForm), and mini's functions tree-shake to a few kB
// where zod's chained classes ship ≈ 46 kB whole. The server parses with the very same schemas and stays the authority.
import { z } from "zod/mini";
import { LOCALES } from "@/lib/i18n/request";

const NAME_MAX = 120;
const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 128;

const email = z.pipe(
  z
    .string({ error: "Enter your email address." })
    .check(
      z.trim(),
      z.minLength(1, "Enter your email address."),
      z.maxLength(EMAIL_MAX, `An email address has at most ${EMAIL_MAX} characters.`),
    ),
  z.email({ error: "Enter a valid email address, like name@example.org." }).check(z.toLowerCase()),
);

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: "Enter your password." })
    .check(
      z.minLength(1, "Enter your password."),
      z.maxLength(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`),
    ),
  callbackUrl: z.optional(z.string().check(z.maxLength(2000))),
});

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name." }).check(
    z.trim(),
    z.minLength(1, "Enter your name."),
    z.maxLength(NAME_MAX, `A name has at most ${NAME_MAX} characters.`),
    z.refine((value) => !/[<>]/.test(value), "A name cannot contain < or >."),
  ),
  email,
  password: z
    .string({ error: "Choose a password." })
    .check(
      z.minLength(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`),
      z.maxLength(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`),
    ),
  // The language chosen on this browser before signing up (its cookie), kept on the new account.
  locale: z.optional(z.enum(LOCALES)),
});

/** The six digits from an authenticator app, or a recovery code like "k3f9-2hq7-x8mb". */
const secondFactorCode = z
  .string({ error: "Enter the code from your authenticator app, or a recovery code." })
  .check(
    z.trim(),
    z.minLength(6, "Enter the code from your authenticator app, or a recovery code."),
    z.maxLength(20, "Enter the code from your authenticator app, or a recovery code."),
  );

export const signInWithCodeSchema = z.extend(signInSchema, {
  code: z.union([
    z.optional(secondFactorCode),
    z.pipe(
      z.literal(""),
      z.transform(() => undefined),
    ),
  ]),
});

const token = z
  .string({ error: "This link is not complete." })
  .check(z.regex(/^[\w-]{20,200}$/, "This link is not complete."));

const newPassword = z
  .string({ error: "Choose a password." })
  .check(
    z.minLength(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`),
    z.maxLength(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`),
  );

const samePassword = z.refine<{ password: string; confirm: string }>((v) => v.password === v.confirm, {
  path: ["confirm"],
  error: "The two passwords are not the same.",
});

export const verifyEmailSchema = z.object({ token });

export const forgotPasswordSchema = z.object({ email });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object({ token, password: newPassword, confirm: z.string() }).check(samePassword);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    current: z
      .string({ error: "Enter your current password." })
      .check(z.minLength(1, "Enter your current password."), z.maxLength(PASSWORD_MAX)),
    password: newPassword,
    confirm: z.string(),
  })
  .check(samePassword);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const twoFactorConfirmSchema = z.object({
  code: z.string().check(z.trim(), z.regex(/^\d{6}$/, "Enter the 6 digits your app shows.")),
});
export type TwoFactorConfirmInput = z.input<typeof twoFactorConfirmSchema>;

export const twoFactorDisableSchema = z.object({
  current: z.string().check(z.minLength(1, "Enter your current password."), z.maxLength(PASSWORD_MAX)),
});
