import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { renderMessage } from "@/lib/i18n/messages";
import { requestPasswordReset, signUp } from "./commands";
import { saveAccountLocale } from "./locale";
import { signUpSchema } from "./schemas";

describe.each(testDrivers())("account emails in the recipient's language on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function person(email: string, name: string, locale: string | null) {
    const [row] = await t.db
      .insert(users)
      .values({ email, name, passwordHash: "x", locale })
      .returning({ id: users.id });
    return row!.id;
  }
  const mailTo = async (email: string) =>
    (await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).at(-1)!;

  it("writes a Korean account's reset email in Korean, link and all", async () => {
    await person("minji@example.kr", "김민지", "ko");
    await requestPasswordReset(t.db, "minji@example.kr");
    const mail = await mailTo("minji@example.kr");
    expect(mail.subject).toBe("마당 비밀번호를 새로 정하십시오");
    expect(mail.bodyText).toMatch(/^김민지님께\n/);
    expect(mail.bodyText).toContain("비밀번호 재설정 요청이 접수되었습니다");
    expect(mail.bodyText).toMatch(/\/reset-password\?token=[\w-]{16,}/);
    expect(mail.bodyText).not.toMatch(/Dear |Someone|Choose a new/);
  });

  it("writes French to a French account and English to an account that never chose", async () => {
    await person("claire@example.fr", "Claire Martin", "fr");
    await person("sam@example.org", "Sam Lee", null);
    await requestPasswordReset(t.db, "claire@example.fr");
    await requestPasswordReset(t.db, "sam@example.org");
    expect((await mailTo("claire@example.fr")).subject).toBe("Choisissez un nouveau mot de passe Madang");
    expect((await mailTo("claire@example.fr")).bodyText).toMatch(/^Bonjour Claire Martin,\n/);
    expect((await mailTo("sam@example.org")).subject).toBe("Choose a new Madang password");
  });

  it("follows a language changed on the account, and the language chosen before signing up", async () => {
    const id = await person("ana@example.org", "Ana Silva", null);
    await saveAccountLocale(t.db, id, "ko");
    await requestPasswordReset(t.db, "ana@example.org");
    expect((await mailTo("ana@example.org")).subject).toBe(renderMessage("ko", "email.resetPassword.subject"));

    await signUp(
      t.db,
      signUpSchema.parse({
        name: "Léa Dubois",
        email: "lea@example.fr",
        password: "correct horse battery",
        locale: "fr",
      }),
    );
    const verify = await mailTo("lea@example.fr");
    expect(verify.subject).toBe("Confirmez votre adresse électronique pour Madang");
    expect(verify.bodyText).toContain("/verify-email?token=");
  });

  it("renders every account email in every language without a missing argument", () => {
    const values = { name: "N", link: "L", intro: "I", signInLink: "S", forgotLink: "F", how: "reset" };
    for (const locale of ["en", "ko", "fr"] as const)
      for (const template of [
        "verifyEmail",
        "signUpAttempt",
        "claim",
        "resetPassword",
        "passwordChanged",
        "twoFactorOn",
        "twoFactorOff",
      ])
        for (const part of ["subject", "body"])
          expect(renderMessage(locale, `email.${template}.${part}`, values)).not.toMatch(/email\.|\{/);
  });
});
