/**
 * Inline stylesheet for the notice page. Inline so the page is one self-contained response
 * that renders the same when archived or served from a cache without the dashboard's assets.
 */
export const NOTICE_PAGE_CSS = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6675; --line: #dde2e8; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f7f9; overflow-wrap: break-word; }
a { color: var(--accent); }
.site { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
.site-header { font-weight: 600; }
.site-header a { color: var(--ink); text-decoration: none; }
article { max-width: 46rem; margin: 0 auto 3rem; padding: 1.5rem 1.25rem; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.75rem 0; }
h2 { font-size: 1.05rem; margin: 1.75rem 0 0.5rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
.verdict { display: inline-block; margin: 0; padding: 0.2rem 0.75rem; border-radius: 999px; font-weight: 700; color: #fff; background: #6b7280; }
.verdict[data-verdict="fake"] { background: #b42318; }
.verdict[data-verdict="misleading"] { background: #b54708; }
.verdict[data-verdict="unverifiable"] { background: #475467; }
.verdict[data-verdict="verified"] { background: #067647; }
.retracted { margin: 0 0 1rem; padding: 0.75rem 1rem; border: 2px solid #b42318; border-radius: 6px; background: #fef3f2; font-weight: 600; }
.is-retracted .content { opacity: 0.75; }
blockquote { margin: 0; padding: 0.5rem 1rem; border-left: 4px solid var(--line); font-style: italic; }
.meta, .appearance-meta { color: var(--muted); font-size: 0.9rem; }
ul { padding-left: 1.25rem; }
li { margin: 0.35rem 0; }
.translations { font-size: 0.9rem; }
/* A long URL or signing key id breaks at any character rather than widen a phone's page. */
a, code, .change-note, .summary, .rationale, blockquote { overflow-wrap: anywhere; }
form[role="search"] label { display: inline-block; max-width: 100%; margin: 0 0.5rem 0.5rem 0; }
form[role="search"] input, form[role="search"] select { max-width: 100%; }
@media (max-width: 480px) {
  .site, article { padding-left: 1rem; padding-right: 1rem; }
  article { border-left: 0; border-right: 0; border-radius: 0; }
  h1 { font-size: 1.4rem; }
}
`;
