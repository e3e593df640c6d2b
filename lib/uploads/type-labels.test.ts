import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import fr from "@/messages/fr.json";
import { fileTypeLabels } from "./type-labels";
import { FILE_TYPES, type FileType } from "./types";

// Names that are the same in every language: the format's own name.
const SAME_EVERYWHERE = new Set(["PDF", "CSV"]);

describe("fileTypeLabels", () => {
  it("in English is the table's own label", () => {
    const english = fileTypeLabels("en");
    for (const [type, { label }] of Object.entries(FILE_TYPES)) expect(english[type as FileType]).toBe(label);
  });

  it.each([
    ["ko", ko.problems.uploads],
    ["fr", fr.problems.uploads],
  ] as const)("in %s names every kind of file with its problems.uploads message", (locale, uploads) => {
    const labels = fileTypeLabels(locale);
    expect(Object.keys(labels).sort()).toEqual(Object.keys(FILE_TYPES).sort());
    for (const [type, { label }] of Object.entries(FILE_TYPES)) {
      const said = labels[type as FileType];
      if (SAME_EVERYWHERE.has(label)) expect(said).toBe(label);
      else {
        // The message whose English is the label, in the reader's language.
        const key = Object.entries(en.problems.uploads).find(([, text]) => text === label)?.[0];
        expect(key, label).toBeDefined();
        expect(said).toBe(uploads[key as keyof typeof uploads]);
      }
    }
    expect(labels["image/png"]).toBe(uploads.pngImage);
    expect(labels["image/png"]).not.toBe("PNG image");
    expect(labels["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]).toBe(
      uploads.wordDocumentDocx,
    );
  });

  it("capitalised, begins each name with a capital where the language has them, and is otherwise the same", () => {
    expect(fileTypeLabels("fr", { capitalised: true })["image/png"]).toBe("Image PNG");
    expect(fileTypeLabels("fr")["image/png"]).toBe(fr.problems.uploads.pngImage);
    expect(fileTypeLabels("ko", { capitalised: true })).toEqual(fileTypeLabels("ko"));
    expect(fileTypeLabels("en", { capitalised: true })).toEqual(fileTypeLabels("en"));
  });
});
