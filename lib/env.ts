import { z } from "zod";

/** The environment, validated once per process; a wrong value stops the start with a readable message. */
const schema = z.object({
  DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgres:// URL" }).optional(),
  PGLITE_DIR: z.string().optional(),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters (npm run demo writes one to .env.local)").optional(),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("Madang <no-reply@madang.local>"),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  APP_URL: z.url().default("http://localhost:3000"),
});

let parsed: z.output<typeof schema> | undefined;
export function env(): z.output<typeof schema> {
  if (!parsed) {
    const result = schema.safeParse(process.env);
    if (!result.success) throw new Error(`Invalid environment: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    parsed = result.data;
  }
  return parsed;
}
