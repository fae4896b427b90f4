// Helpers of the import tests: the CLI run in-process, temporary corpora, and inputs in the shapes real sites give.
import { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli.js';

export const BUNDLED = new URL('../../corpus/', import.meta.url).pathname;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process (no cache, no worker threads); `stdin` is what it reads on standard input. */
export async function runInProcess(argv: string[], stdin = ''): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run([...argv, '--no-cache', '--jobs', '1'], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { NO_COLOR: '1' },
    isTTY: false,
    stdin: Readable.from([stdin]),
  });
  return { code, stdout, stderr };
}

export function stderrLines(stderr: string): string[] {
  return stderr.split('\n').filter(Boolean);
}

export function tempDir(prefix = 'aleppo-import-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `files` (name → text or bytes) into a new temporary directory; returns the directory. */
export function inputsDir(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('aleppo-inputs-');
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

export function readJson(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A report's text saved as a simple web page: the first line as `<title>` and `<h1>`, every other line a `<p>`,
 * the outlet, date and standfirst (when given) as Open Graph, article and description meta tags.
 */
export function simplePage(text: string, meta: { outlet?: string | null; published?: string | null; standfirst?: string | null } = {}): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const [title = '', ...rest] = lines;
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    meta.outlet ? `<meta property="og:site_name" content="${escapeHtml(meta.outlet)}">` : '',
    meta.published ? `<meta property="article:published_time" content="${meta.published}T12:00:00Z">` : '',
    meta.standfirst ? `<meta name="description" content="${escapeHtml(meta.standfirst)}">` : '',
  ].join('\n');
  const body = [`<h1>${escapeHtml(title)}</h1>`, ...rest.map((l) => `<p>${escapeHtml(l)}</p>`)].join('\n');
  return `<!DOCTYPE html>\n<html lang="en"><head>\n${head}\n</head><body><article>\n${body}\n</article></body></html>\n`;
}

/** Sentences of a news article in the shape wire reports have, with figures that the extractor finds. */
export const ARTICLE_PARAGRAPHS = [
  'An operation to evacuate thousands of civilians and fighters from the last rebel enclave in Aleppo was under way on Thursday, continuing throughout the day.',
  'Pictures broadcast on state television showed a convoy of 10 ambulances and at least 17 green buses, said to be carrying at least 1,000 people out of the battered city.',
  'Russia said 5,000 rebels and family members were being brought out, a figure that aid workers could not confirm by Thursday evening.',
];

/**
 * An article page as news sites serve it: navigation, a cookie banner, JSON-LD NewsArticle, Open Graph tags, a
 * byline, `<time datetime>`, a figure with its caption, an embedded post (blockquote fallback), a section heading,
 * a related-links aside, a newsletter box and a footer.
 */
export function articlePage(): string {
  const [first, second, third] = ARTICLE_PARAGRAPHS;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Evacuation of eastern Aleppo begins | The Daily Example</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Evacuation of eastern Aleppo begins">
<meta property="article:published_time" content="2016-12-15T18:40:00+02:00">
<link rel="canonical" href="https://www.dailyexample.test/world/2016/12/15/aleppo-evacuation">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "The Daily Example", "url": "https://www.dailyexample.test/"},
  {"@type": "NewsArticle", "headline": "Evacuation of eastern Aleppo begins",
   "datePublished": "2016-12-15T18:40:00+02:00", "dateModified": "2016-12-16T08:00:00+02:00",
   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Sami Haddad"}],
   "publisher": {"@type": "Organization", "name": "The Daily Example", "logo": {"@type": "ImageObject", "url": "https://www.dailyexample.test/logo.png"}}}
]}
</script>
<style>.cookie-banner { position: fixed; bottom: 0; }</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({event: 'pageview'});</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner consent" role="dialog">
  <p>We use cookies to personalise content and ads and to analyse our traffic. Manage your cookie preferences.</p>
  <button>Accept all cookies</button><button>Reject</button>
</div>
<header class="site-header">
  <a href="/" class="logo">The Daily Example</a>
  <nav class="main-nav" aria-label="Sections">
    <ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul>
  </nav>
</header>
<main id="main">
<article class="article">
  <header>
    <h1 class="headline">Evacuation of eastern Aleppo begins</h1>
    <p class="byline">By <a href="/authors/jane-doe">Jane Doe</a> and <a href="/authors/sami-haddad">Sami Haddad</a></p>
    <time datetime="2016-12-15T18:40:00+02:00">15 December 2016, 18:40</time>
    <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
  </header>
  <div class="article-body">
    <p>${first}</p>
    <figure class="photo">
      <img src="/img/buses.jpg" alt="Buses at a crossing">
      <figcaption>Green buses wait at the Ramouseh crossing on Thursday. &copy;Example Photo/John Smith</figcaption>
    </figure>
    <p>${second}</p>
    <blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">20 buses and 13 ambulances have so far left eastern Aleppo, carrying the wounded first. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; ICRC Syria (@ICRC_sy) <a href="https://twitter.com/ICRC_sy/status/1">December 15, 2016</a></blockquote>
    <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
    <h2>Doubts over the numbers</h2>
    <p>${third}</p>
    <aside class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter</p><form><input type="email"><button>Subscribe</button></form></aside>
  </div>
</article>
<aside class="related-articles">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/world/1">Ceasefire collapses as shelling resumes in the city</a></li>
    <li><a href="/world/2">What we know about the siege so far</a></li>
    <li><a href="/world/3">Opinion: the world looked away again</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer"><p>&copy; 2016 The Daily Example. All rights reserved.</p><nav><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></nav></footer>
</body>
</html>
`;
}
