/** The one password of every seeded account (demo data only; never use it for real accounts). */
export const DEMO_PASSWORD = "madang-demo-2026";

export type DemoRole =
  | "admin"
  | "manager"
  | "reviewer"
  | "partner"
  | "applicant"
  | "participant"
  | "alumnus"
  | "mentor"
  | "focal_point"
  | "offer_holder";

export type DemoAccount = {
  role: DemoRole;
  email: string;
  name: string;
  /** What the account can show in a demo. */
  description: string;
};

/** The demo sign-ins, for the README, e2e journeys and tests. All use DEMO_PASSWORD. */
export const DEMO_ACCOUNTS = [
  {
    role: "admin",
    email: "admin@madang.test",
    name: "Han Jiwoo",
    description: "Programme office administrator (global admin)",
  },
  {
    role: "manager",
    email: "manager@madang.test",
    name: "Lee Soyeon",
    description: "Manager of the CPI, the Seoul 2018 capacity development programme and the ASEAN–ROK workshop",
  },
  {
    role: "reviewer",
    email: "reviewer@madang.test",
    name: "Marta Quispe",
    description: "Reviewer on the CPI and Seoul 2018; has scored and assigned applications in both",
  },
  {
    role: "partner",
    email: "partner@madang.test",
    name: "Jang Minho",
    description: "Staff of the Busan International Magic Festival (BIMF), partner on the CPI",
  },
  {
    role: "applicant",
    email: "applicant@madang.test",
    name: "Nadia Rahman",
    description: "Signed-up applicant with a full profile and a draft left in the closed CPI 2027 peer-mentors call",
  },
  {
    role: "participant",
    email: "participant@madang.test",
    name: "Tomás Herrera",
    description: "Confirmed participant of CPI 2027, Performing Arts 1",
  },
  {
    role: "offer_holder",
    email: "offer@madang.test",
    name: "Amara Okafor",
    description:
      "Offered a place in CPI 2027 (Performing Arts 1), with an offer still open: confirms it, writes a proposal and graduates in the demo",
  },
  {
    role: "alumnus",
    email: "alumnus@madang.test",
    name: "Aigerim Sadykova",
    description: "CPI 2023 alumna (Performing Arts 1) with an alumni profile",
  },
  {
    role: "mentor",
    email: "mentor@madang.test",
    name: "Park Hyejin",
    description: "Mentor on the CPI (project proposals)",
  },
  {
    role: "focal_point",
    email: "focal@madang.test",
    name: "Siriporn Chaiyasit",
    description: "Focal point of the Ministry of Culture of Thailand for the ASEAN–ROK nominations",
  },
] as const satisfies readonly DemoAccount[];

export function demoAccount(role: DemoRole): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
}
