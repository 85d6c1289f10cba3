// Help-center authoring: a live preview rendered by the server while typing
// (no button, no round trip), code blocks that scroll inside the preview,
// styled quotes, and feedback statistics in sentences — in English and
// Italian, at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, assertNoHorizontalScroll, screenshotBoth, signIn, AGENT, BASE_URL, DESKTOP, PHONE,
} from '../lib/harness.mjs';
import { translator } from '../lib/locale.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LONG = 'curl -H "X-Request-Id: c39df0fb-a684-447c-9fbc-3f24c288f608" https://api.example.com/v1/accounts/123/balances?from=2026-01-01&to=2026-12-31&limit=100&offset=0';

async function agentIn(lang, viewport, next) {
  const ctx = await newContext(browser, { viewport });
  await ctx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
  const page = await ctx.newPage();
  await signIn(page, AGENT, next);
  return { ctx, page };
}

for (const lang of ['en', 'it']) {
  const t = translator(lang);
  for (const viewport of [DESKTOP, PHONE]) {
    const at = `${lang}, ${viewport.width}px`;

    test(`live preview (${at})`, async () => {
      const { ctx, page } = await agentIn(lang, viewport, '/agent/help/articles/new');
      try {
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await page.getByRole('heading', { level: 1, name: t('hc.admin.new_article') }).waitFor();
        const status = page.locator('#preview-status');
        assert.equal((await status.textContent()).trim(), t('hc.admin.preview_hint'));
        await page.getByLabel(t('hc.admin.title_field'), { exact: true }).fill('Preview check');
        await page.getByLabel(t('hc.admin.body'), { exact: true })
          .fill(`# Calling balances\n\n> Never paste your access token here.\n\n\`\`\`\n${LONG}\n\`\`\`\n`);
        const preview = page.getByRole('region', { name: t('hc.admin.preview') });
        await preview.locator('h1, h2').filter({ hasText: 'Calling balances' }).waitFor({ timeout: 5000 });
        // The preview says, in the page's language, that it is up to date.
        await page.waitForFunction((text) => document.getElementById('preview-status')?.textContent.trim() === text,
          t('hc.admin.preview_updated'));
        await preview.locator('blockquote').filter({ hasText: 'Never paste your access token here.' }).waitFor();
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
        const code = await pre.evaluate((el) => getComputedStyle(el).fontFamily);
        assert.match(code, /mono/i, `code in a monospace font: ${code}`);
        await checkA11y(page, `article editor with a preview (${at})`);
        await assertNoHorizontalScroll(page, `article editor (${at})`);
        if (viewport === DESKTOP) await screenshotBoth(page, `hc-admin-preview-${lang}`);
        // Nothing ran but our script: the preview is the server's sanitized HTML.
        await page.getByLabel(t('hc.admin.body'), { exact: true })
          .fill('Hello-probe <script>window.__x=1</script> <img src=x onerror="window.__x=2">');
        // The preview has been rendered from this text before we look.
        await page.waitForFunction(() => document.querySelector('#preview')?.textContent.includes('Hello-probe'));
        assert.equal(await page.evaluate(() => window.__x), undefined);
      } finally {
        await ctx.close();
      }
    });

    test(`feedback statistics read as sentences; the saved body is previewed at once (${at})`, async () => {
      const { ctx, page } = await agentIn(lang, viewport, '/agent/help');
      try {
        await page.getByRole('heading', { level: 1, name: t('hc.admin.title') }).waitFor();
        const href = await page.locator('main a[href^="/agent/help/articles/"]').evaluateAll((els) =>
          els.map((e) => e.getAttribute('href')).find((h) => /^\/agent\/help\/articles\/\d+/.test(h)));
        assert.ok(href, 'an article to edit');
        const first = page.locator(`main a[href="${href}"]`).first();
        await Promise.all([page.waitForURL(/\/agent\/help\/articles\/\d+/), first.click()]);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        const stats = page.getByRole('region', { name: t('hc.admin.stats') });
        const items = stats.getByRole('listitem');
        assert.equal(await items.count(), 3);
        for (const text of await items.allTextContents()) {
          assert.match(text.trim(), /^\p{Lu}.*\.$/u, `a sentence: ${text}`);
        }
        // One line each, never run together.
        const tops = await items.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
        assert.ok(tops[0] < tops[1] && tops[1] < tops[2], `one statistic per line: ${tops}`);
        // The saved body is previewed at once, without pressing anything.
        assert.ok((await page.locator('#preview').innerText()).trim().length > 0, 'the preview shows the saved article');
        await checkA11y(page, `article editor with statistics (${at})`);
        await assertNoHorizontalScroll(page, `article editor with statistics (${at})`);
      } finally {
        await ctx.close();
      }
    });
  }
}
