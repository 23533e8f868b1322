/** Search across items and claims. */
export const search = {
  "search.title": "Search",
  "search.intro":
    "Search every item in Kazakh (Cyrillic or Latin), Russian and English. Word beginnings match, and misspelt claim titles are found by similarity.",
  "search.query": "Search for",
  "search.placeholder": "Words from the item or claim…",
  "search.site": "Site",
  "search.from": "Published from",
  "search.to": "Published before",
  "search.submit": "Search",
  "search.noResults": "No items match.",
  "search.claim": "Claim",
  "search.noClaim": "not in a claim",
  "search.more": "More results",
  "search.corrected": "Nothing matches «{query}». Showing results for «{corrected}»:",
} as const;
