import { z } from "zod";

export const inviteNomineeSchema = z.object({
  quotaId: z.uuid({ error: "That quota does not exist." }),
  name: z
    .string({ error: "Enter the nominee's name." })
    .trim()
    .min(1, "Enter the nominee's name.")
    .max(120, "A name has at most 120 characters.")
    .refine((v) => !/[<>]/.test(v), "A name cannot contain < or >."),
  email: z
    .string({ error: "Enter the nominee's email address." })
    .trim()
    .min(1, "Enter the nominee's email address.")
    .max(254)
    .pipe(z.email({ error: "Enter a valid email address, like name@example.org." }))
    .transform((v) => v.toLowerCase()),
});
export type InviteNomineeInput = z.input<typeof inviteNomineeSchema>;
