import { z } from "zod";
import { LOCALES } from "@/lib/i18n/request";

const NAME_MAX = 120;
const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 128;

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(EMAIL_MAX, `An email address has at most ${EMAIL_MAX} characters.`)
  .pipe(z.email({ error: "Enter a valid email address, like name@example.org." }))
  .transform((value) => value.toLowerCase());

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`),
  callbackUrl: z.string().max(2000).optional(),
});

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(NAME_MAX, `A name has at most ${NAME_MAX} characters.`)
    .refine((value) => !/[<>]/.test(value), "A name cannot contain < or >."),
  email,
  password: z
    .string({ error: "Choose a password." })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`),
  // The language chosen on this browser before signing up (its cookie), kept on the new account.
  locale: z.enum(LOCALES).optional(),
});
export type SignUpInput = z.input<typeof signUpSchema>;

/** The six digits from an authenticator app, or a recovery code like "k3f9-2hq7-x8mb". */
const secondFactorCode = z
  .string({ error: "Enter the code from your authenticator app, or a recovery code." })
  .trim()
  .min(6, "Enter the code from your authenticator app, or a recovery code.")
  .max(20, "Enter the code from your authenticator app, or a recovery code.");

export const signInWithCodeSchema = signInSchema.extend({
  code: secondFactorCode.optional().or(z.literal("").transform(() => undefined)),
});
export type SignInWithCodeInput = z.input<typeof signInWithCodeSchema>;

const token = z.string({ error: "This link is not complete." }).regex(/^[\w-]{20,200}$/, "This link is not complete.");

const newPassword = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`);

export const verifyEmailSchema = z.object({ token });

export const forgotPasswordSchema = z.object({ email });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z
  .object({ token, password: newPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords are not the same." });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    current: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password.")
      .max(PASSWORD_MAX),
    password: newPassword,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords are not the same." });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const twoFactorConfirmSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Enter the 6 digits your app shows."),
});
export type TwoFactorConfirmInput = z.input<typeof twoFactorConfirmSchema>;

export const twoFactorDisableSchema = z.object({
  current: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
});
