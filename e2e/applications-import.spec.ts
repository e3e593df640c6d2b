import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { CPI_2027_REFERENCE_PREFIX, SEED_IDS } from "../db/seed/ids";
import { expectNoAxeViolations, STORAGE } from "./fixtures";

test.describe("importing past applications @applications", () => {
  test.use({ storageState: STORAGE.admin });

  test("a dry run lists every row's errors and writes nothing; the corrected file imports all rows", async ({
    page,
  }) => {
    const stamp = Date.now();
    const header = "Email,Name,Country,Gender,Status,Why would you like to mentor CPI 2027 participants?";
    const good = [
      `past-a-${stamp}@example.org,Imported Alpha,Peru,woman,submitted,Twenty years of theatre`,
      `past-b-${stamp}@example.org,Imported Beta,Kenya,man,withdrawn,Dance`,
    ];
    const bad = [...good, `not-an-email,Imported Gamma,Atlantis,,submitted,`];

    await page.goto(`/admin/calls/${SEED_IDS.cpi2027MentorsCall}/import`);
    await expect(page.getByRole("heading", { level: 1, name: /^Import applications/ })).toBeVisible();
    await page
      .getByLabel(/Spreadsheet/)
      .setInputFiles({ name: "past.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...bad].join("\n")) });
    await expect(page.getByRole("heading", { name: "Map the columns (3 rows)" })).toBeVisible();
    await expect(page.getByLabel("Column Email goes to")).toHaveValue("email");
    await expect(page.getByLabel("Column Why would you like to mentor CPI 2027 participants? goes to")).toHaveValue(
      "answer:mentor_motivation",
    );
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Check every row" }).click();
    await expect(page.getByRole("heading", { name: "Check: 2 of 3 rows ready, 1 with errors" })).toBeVisible();
    await expect(
      page.getByText('"not-an-email" is not an email address. Nationality "Atlantis" is not a country we know.'),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

    await page
      .getByLabel(/Spreadsheet/)
      .setInputFiles({ name: "past.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...good].join("\n")) });
    await page.getByRole("button", { name: "Check every row" }).click();
    await page.getByRole("button", { name: "Import 2 applications" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Imported 2 applications (2 new accounts)." }),
    ).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "2");

    await page.goto(`/admin/calls/${SEED_IDS.cpi2027MentorsCall}/applications?q=Imported`);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
    await expect(page.getByRole("row").filter({ hasText: "Imported Alpha" })).toContainText("Peru");
  });
});

test.describe("importing from the downloaded template @selection", () => {
  test.use({ storageState: STORAGE.admin });

  test("the Excel template carries the call's columns; the dry run catches a reference of another call and shows how each gender word is read; then it imports", async ({
    page,
  }) => {
    const stamp = Date.now();
    await page.goto(`/admin/calls/${SEED_IDS.cpi2027MentorsCall}/import`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the template (Excel)" }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toEqual([
      "Email",
      "Name",
      "Nationality",
      "Country of residence",
      "Gender",
      "Organisation",
      "Field",
      "Status",
      "Submitted at",
      "Reference",
      "First-choice track",
      "Why would you like to mentor CPI 2027 participants?",
    ]);
    expect(workbook.worksheets[1]?.name).toBe("How to fill it");

    const row = (values: Record<string, string>) => header.map((h) => values[h] ?? "");
    const people: Record<string, string>[] = [
      {
        Email: `tpl-a-${stamp}@example.org`,
        Name: "Template Alpha",
        Nationality: "Peru",
        Gender: "F",
        "Why would you like to mentor CPI 2027 participants?": "Puppetry",
      },
      {
        Email: `tpl-b-${stamp}@example.org`,
        Name: "Template Beta",
        Nationality: "KE",
        Gender: "non_binary",
        "Why would you like to mentor CPI 2027 participants?": "Dance",
      },
      {
        Email: `tpl-c-${stamp}@example.org`,
        Name: "Template Gamma",
        Nationality: "Korea",
        Gender: "여성",
        Reference: `${CPI_2027_REFERENCE_PREFIX}0001`,
        "Why would you like to mentor CPI 2027 participants?": "Publishing",
      },
    ];
    const fill = async (rows: Record<string, string>[]) => {
      while (sheet.rowCount > 1) sheet.spliceRows(2, 1);
      for (const r of rows) sheet.addRow(row(r));
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    await page
      .getByLabel(/Spreadsheet/)
      .setInputFiles({ name: "mentors.xlsx", mimeType: xlsx, buffer: await fill(people) });
    await expect(page.getByRole("heading", { name: "Map the columns (3 rows)" })).toBeVisible();
    await expect(page.getByLabel("Column First-choice track goes to")).toHaveValue("track");
    await page.getByRole("button", { name: "Check every row" }).click();
    await expect(page.getByRole("heading", { name: "Check: 2 of 3 rows ready, 1 with errors" })).toBeVisible();
    await expect(
      page.getByText(
        `Reference ${CPI_2027_REFERENCE_PREFIX}0001 is already used by another application (references are unique across every call).`,
      ),
    ).toBeVisible();

    people[2]!.Reference = "";
    await page
      .getByLabel(/Spreadsheet/)
      .setInputFiles({ name: "mentors.xlsx", mimeType: xlsx, buffer: await fill(people) });
    await page.getByRole("button", { name: "Check every row" }).click();
    await expect(page.getByRole("heading", { name: "Check: 3 of 3 rows ready, 0 with errors" })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "How the gender words will be read" }).getByRole("listitem"),
    ).toHaveText(["“F” → Woman (1 row)", "“non_binary” → Non-binary (1 row)", "“여성” → Woman (1 row)"]);
    await expectNoAxeViolations(page);
    const importButton = page.getByRole("button", { name: "Import 3 applications" });
    await expect(importButton).toBeDisabled();
    await page.getByLabel("The gender words are read as shown above").check();
    await importButton.click();
    await expect(
      page.getByRole("status").filter({ hasText: "Imported 3 applications (3 new accounts)." }),
    ).toBeVisible();

    await page.goto(`/admin/calls/${SEED_IDS.cpi2027MentorsCall}/applications?q=Template`);
    await expect(page.getByRole("row").filter({ hasText: "Template Beta" })).toContainText("Non-binary");
    await expect(page.getByRole("row").filter({ hasText: "Template Gamma" })).toContainText("Woman");
  });
});

test.describe("the score import's template @selection", () => {
  test.use({ storageState: STORAGE.admin });

  test("lists the call's criteria and the applications under review; filled in with decimals, it passes the dry run and imports", async ({
    page,
  }) => {
    await page.goto(`/admin/calls/${SEED_IDS.selectionPracticeCall}/review`);
    // Scores as a committee gives them: the first criterion in hundredths.
    // Typed until it holds: a fill that lands while React hydrates the form can keep the "1" before it ("10.01").
    const step = page.getByLabel("Step (1: whole numbers)").first();
    await expect(async () => {
      await step.fill("0.01");
      await expect(step).toHaveValue("0.01", { timeout: 1_000 });
    }).toPass();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the template (CSV)" }).click(),
    ]);
    const [header, ...rows] = (await readFile((await download.path())!, "utf8"))
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((line) => line.split(","));
    expect(header![0]).toBe("Reference");
    expect(header!.at(-1)).toBe("Comment");
    expect(rows.length).toBeGreaterThan(0);
    // The first application, scored 6.78 on the first criterion and 1 on the others by the person importing
    // (reviewer left empty).
    const filled = [
      header!,
      rows[0]!.map((cell, i) => (i === 0 ? cell : i === 1 || i === header!.length - 1 ? "" : i === 2 ? "6.78" : "1")),
    ]
      .map((r) => r.join(","))
      .join("\n");
    await page
      .getByLabel("File", { exact: true })
      .setInputFiles({ name: "jury.csv", mimeType: "text/csv", buffer: Buffer.from(filled) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect(page.getByText("1 row can be imported; 0 have problems.")).toBeVisible();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByText("1 review imported.")).toBeVisible();
  });
});
