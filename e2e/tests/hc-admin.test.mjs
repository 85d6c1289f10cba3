// Help-center authoring: a live preview rendered by the server while typing
// (no button, no round trip), code blocks that scroll inside the preview,
// styled quotes, and feedback statistics in sentences.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, screenshotBoth, visit, signIn, AGENT, BASE_URL, DESKTOP, PHONE,
} from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LONG = 'curl -H "X-Request-Id: c39df0fb-a684-447c-9fbc-3f24c288f608" https://api.example.com/v1/accounts/123/balances?from=2026-01-01&to=2026-12-31&limit=100&offset=0';

for (const [lang, viewport] of [['en', DESKTOP], ['it', PHONE]]) {
  test(`live preview (${lang}, ${viewport.width}px)`, async () => {
    const ctx = await newContext(browser, { viewport });
    await ctx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
    const page = await ctx.newPage();
    try {
      await signIn(page, AGENT, '/agent/help/articles/new');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await page.fill('#title', 'Preview check');
      await page.fill('#body', `# Calling balances\n\n> Never paste your access token here.\n\n\`\`\`\n${LONG}\n\`\`\`\n`);
      const preview = page.locator('#preview');
      await preview.locator('h1, h2').first().waitFor({ timeout: 5000 });
      await preview.locator('blockquote').waitFor();
      const pre = preview.locator('pre');
      await pre.waitFor();
      // The code scrolls inside its block; the preview does not overflow.
      const sizes = await page.evaluate(() => {
        const p = document.querySelector('#preview');
        const c = p.querySelector('pre');
        return { preview: p.getBoundingClientRect().right, pre: c.getBoundingClientRect().right,
          overflowX: getComputedStyle(c).overflowX, scroll: c.scrollWidth > c.clientWidth };
      });
      assert.ok(sizes.pre <= sizes.preview + 1, 'the code block stays inside the preview');
      assert.equal(sizes.overflowX, 'auto');
      assert.ok(sizes.scroll, 'the long line scrolls');
      const quote = await preview.locator('blockquote').evaluate((el) => getComputedStyle(el).borderLeftWidth);
      assert.notEqual(quote, '0px', 'quotes are styled');
      await checkA11y(page, `article editor (${lang})`);
      await screenshotBoth(page, `hc-admin-preview-${lang}`);
      // Nothing ran but our script: the preview is the server's sanitized HTML.
      await page.fill('#body', 'Hello-probe <script>window.__x=1</script> <img src=x onerror="window.__x=2">');
      // The preview has been rendered from this text before we look.
      await page.waitForFunction(() => document.querySelector('#preview')?.textContent.includes('Hello-probe'));
      assert.equal(await page.evaluate(() => window.__x), undefined);
    } finally {
      await ctx.close();
    }
  });
}

test('feedback statistics read as sentences', async () => {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  try {
    await signIn(page, AGENT, '/agent/help');
    const first = page.locator('a[href^="/agent/help/articles/"]').filter({ hasNotText: /new|nuov/i }).first();
    await Promise.all([page.waitForURL(/\/agent\/help\/articles\/\d+/), first.click()]);
    const items = page.locator('.stats li');
    assert.equal(await items.count(), 3);
    for (const text of await items.allTextContents()) {
      assert.match(text.trim(), /^[A-Z].*\.$/, `a sentence: ${text}`);
    }
    // The saved body is previewed at once, without pressing anything.
    assert.ok((await page.locator('#preview').innerText()).trim().length > 0, 'the preview shows the saved article');
    await checkA11y(page, 'article editor with statistics');
  } finally {
    await ctx.close();
  }
});
