import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { ALUMNA, COLLEAGUE, signedIn } from "./alumni-helpers";

/** Every way the directory answers: the HTML page, its RSC payload (a client-side navigation) and the JSON API. */
async function directoryResponses(request: APIRequestContext, query: string) {
  const html = await request.get(`/alumni/directory?${query}`);
  const rsc = await request.get(`/alumni/directory?${query}`, { headers: { RSC: "1" } });
  const json = await request.get(`/api/alumni/directory?${query}`);
  expect(html.status()).toBe(200);
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  expect(json.status()).toBe(200);
  return {
    html: await html.text(),
    rsc: await rsc.text(),
    json: (await json.json()) as { items: Record<string, unknown>[] },
    jsonText: await json.text(),
  };
}

// A 1×1 transparent PNG.
const PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

test.describe("alumni privacy @alumni", () => {
  test("an alumna hides her email and shows her organisation to alumni only; no directory response carries a hidden field", async ({
    browser,
    request,
  }) => {
    // 1. The alumna edits her profile: email staff only, organisation alumni only.
    const alumna = await signedIn(browser, ALUMNA.email);
    await alumna.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Network" }).click();
    await expect(alumna.page.getByRole("heading", { level: 1, name: "Alumni network" })).toBeVisible();
    await alumna.page
      .getByRole("navigation", { name: "Alumni network" })
      .getByRole("link", { name: "My network profile" })
      .click();
    await expect(alumna.page.getByRole("heading", { level: 1, name: "My network profile" })).toBeVisible();
    await alumna.page
      .getByLabel("About me", { exact: true })
      .fill("Producer of puppet and magic theatre for children, touring three cities this year.");
    await expect(alumna.page.getByLabel("Current organisation", { exact: true })).toHaveValue(ALUMNA.organisation);
    await expect(alumna.page.getByLabel("Contact email", { exact: true })).toHaveValue(ALUMNA.email);
    await alumna.page.getByLabel("Who can see this: Contact email").selectOption("staff");
    await alumna.page.getByLabel("Who can see this: Current organisation").selectOption("alumni");
    await alumna.page.getByLabel("Who can see this: Country where I work").selectOption("public");
    await alumna.page.getByLabel("Who can see this: Photo").selectOption("alumni");
    await alumna.page
      .getByLabel("Photo", { exact: true })
      .setInputFiles({ name: "me.png", mimeType: "image/png", buffer: Buffer.from(PNG_1PX, "base64") });
    await alumna.page.getByRole("button", { name: "Upload photo" }).click();
    await expect(alumna.page.getByRole("img", { name: "Photo" })).toBeVisible();
    await alumna.page.getByRole("button", { name: "Save profile" }).click();
    await expect(alumna.page.getByRole("alert").filter({ hasText: "Saved." })).toBeVisible();
    await expectNoAxeViolations(alumna.page);

    // 2. Another alumna searches by country: she sees the organisation, not the email.
    const colleague = await signedIn(browser, COLLEAGUE.email);
    await colleague.page.goto("/alumni/directory");
    await colleague.page.getByLabel("Country").selectOption({ label: "Kazakhstan" });
    await colleague.page.getByRole("button", { name: "Search" }).click();
    await expect(colleague.page).toHaveURL(/country=KZ/);
    const card = colleague.page
      .getByRole("article")
      .filter({ has: colleague.page.getByRole("heading", { name: ALUMNA.name }) });
    await expect(card).toBeVisible();
    await expect(card).toContainText(ALUMNA.organisation);
    await expect(card).not.toContainText(ALUMNA.email);
    await expectNoAxeViolations(colleague.page);

    const asAlumni = await directoryResponses(colleague.page.request, "country=KZ");
    for (const body of [asAlumni.html, asAlumni.rsc, asAlumni.jsonText]) {
      expect(body).toContain(ALUMNA.name);
      expect(body).toContain(ALUMNA.organisation);
      expect(body).not.toContain(ALUMNA.email);
    }
    const item = asAlumni.json.items.find((i) => i.name === ALUMNA.name);
    expect(item).toMatchObject({ organisation: ALUMNA.organisation, country: "KZ" });
    expect(item).not.toHaveProperty("email");

    // Her profile page and its payload say the same.
    await card.getByRole("link", { name: ALUMNA.name }).click();
    await expect(colleague.page.getByRole("heading", { level: 1, name: ALUMNA.name })).toBeVisible();
    const profileUrl = new URL(colleague.page.url()).pathname;
    const photoUrl = `/api/alumni/photo/${profileUrl.split("/").pop()}`;
    const photo = await colleague.page.request.get(photoUrl);
    expect(photo.status()).toBe(200);
    expect(photo.headers()["content-type"]).toBe("image/png");
    const profileHtml = await (await colleague.page.request.get(profileUrl)).text();
    expect(profileHtml).toContain(ALUMNA.organisation);
    expect(profileHtml).not.toContain(ALUMNA.email);

    // 3. An anonymous visitor sees neither, in any response.
    const anonymous = await directoryResponses(request, "country=KZ");
    for (const body of [anonymous.html, anonymous.rsc, anonymous.jsonText]) {
      expect(body).toContain(ALUMNA.name);
      expect(body).not.toContain(ALUMNA.organisation);
      expect(body).not.toContain(ALUMNA.email);
    }
    const anonymousProfile = await request.get(profileUrl);
    expect(anonymousProfile.status()).toBe(200);
    const anonymousProfileHtml = await anonymousProfile.text();
    expect(anonymousProfileHtml).not.toContain(ALUMNA.organisation);
    expect(anonymousProfileHtml).not.toContain(ALUMNA.email);
    expect((await request.get(photoUrl)).status()).toBe(404);
    // A search on the hidden organisation's words finds nobody for the public.
    const byWords = await directoryResponses(request, "q=Almaty");
    expect(byWords.json.items.map((i) => i.name)).not.toContain(ALUMNA.name);

    await alumna.context.close();
    await colleague.context.close();
  });

  test("the public sees the network's figures and the directory, and the programme page counts its alumni", async ({
    page,
  }) => {
    await page.goto("/alumni");
    await expect(page.getByRole("heading", { level: 1, name: "Alumni network" })).toBeVisible();
    await expect(page.getByText(/\d+ alumni from \d+ countries since \d{4}/).first()).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Kazakhstan");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Alumni directory" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Alumni directory" })).toBeVisible();
    await expect(page.getByText("You see what alumni chose to make public.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/programmes/cultural-partnership-initiative");
    const network = page.getByRole("region", { name: "Alumni network" });
    await expect(network).toContainText(/\d+ alumni from \d+ countries since \d{4}/);
  });
});
