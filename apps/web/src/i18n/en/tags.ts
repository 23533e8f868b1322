/** Team tags. */
export const tags = {
  "tags.title": "Tags",
  "tags.hint":
    "Labels for claims (topic, region, election…). Reviewers and editors put them on claims; the queue filters by them and the metrics count claims by tag.",
  "tags.name": "Tag name",
  "tags.colour": "Colour",
  "tags.add": "Add tag",
  "tags.needName": "Name the tag (at most 60 characters).",
  "tags.delete": "Delete the tag “{name}”",
  "tags.deleteConfirm": "Delete the tag “{name}”? It is taken off every claim that carries it.",
  "tags.edit": "Rename the tag “{name}” or change its colour",
  "tags.editShort": "Rename",
  "tags.editLabel": "Rename the tag “{name}”",
  "tags.save": "Save",
  "tags.cancel": "Cancel",
  "tags.claimTitle": "Tags",
  "tags.none": "No tags yet.",
  "tags.noneDefined": "Your team has no tags yet; an admin adds them in Team settings.",
  "tags.toggle": "Tick the tags this claim belongs to",
  "tags.filter": "Tag",
  "tags.bulkTag": "Add tag",
  "tags.bulkUntag": "Remove tag",
} as const;
