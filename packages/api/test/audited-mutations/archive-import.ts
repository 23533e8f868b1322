import type { MutationCase } from "./world.ts";

const review = (url: string) =>
  JSON.stringify({
    "@type": "ClaimReview",
    url,
    claimReviewed: "Алматы метросы бір айға жабылады деген хабар әлеуметтік желілерде тарады",
    datePublished: "2025-05-01",
    reviewRating: { alternateName: "Жалған" },
  });

/** The archive import: its preview and the import itself. */
export const ARCHIVE_IMPORT_MUTATIONS: Record<string, MutationCase> = {
  "archiveImport.preview": {
    action: "archive.import.preview",
    call: (world) =>
      world.editor.caller.archiveImport.preview({
        name: "archive.json",
        content: review("https://desk.example.kz/metro"),
      }),
  },
  "archiveImport.run": {
    action: "archive.import.record",
    call: (world) =>
      world.editor.caller.archiveImport.run({ name: "archive.json", content: review("https://desk.example.kz/metro") }),
  },
};
