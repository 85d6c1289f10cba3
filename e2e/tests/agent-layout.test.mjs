// The agent's screen: full width under a one-row header at 1280 px, ids and
// times that do not wrap, times relative with the exact one on hover, a
// readable incident banner and dashboard charts with legible labels and
// legends — in English and Italian, at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, screenshotBoth, visit, signIn, fillIncident, submitAndWait,
  REQUESTER, AGENT, BASE_URL, DESKTOP, PHONE, unique,
} from '../lib/harness.mjs';

let browser;
const ERROR = `HTTP 502 Bad Gateway from the consent service (${unique()})`;
before(async () => {
  browser = await launch();
  // Three requests with the same error make a possible incident.
  const ctx = await newContext(browser);
  try {
    const page = await ctx.newPage();
    await signIn(page, REQUESTER, '/hc/en/requests/new');
    for (let i = 0; i < 3; i++) {
      await page.goto('/hc/en/requests/new');
      await fillIncident(page, { subject: `Consent page fails ${unique()}`, client_id: 'acmepay', error_message: ERROR });
      await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    }
  } finally {
    await ctx.close();
  }
});
after(async () => { await browser?.close(); });

async function agent(lang, viewport) {
  const ctx = await newContext(browser, { viewport });
  await ctx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
  const page = await ctx.newPage();
  await signIn(page, AGENT, '/agent');
  return { ctx, page };
}

const T = {
  en: { recent: /just now|minutes? ago|hours? ago/, incident: 'Possible incident:', product: 'Data API' },
  it: { recent: /adesso|minut[oi] fa|or[ae] fa/, incident: 'Possibile incidente:', product: 'API Dati' },
};

for (const lang of ['en', 'it']) {
  test(`queue and ticket at 1280 px (${lang}): full width, one-row header, no wrapping ids`, async () => {
    const t = T[lang];
    const { ctx, page } = await agent(lang, DESKTOP);
    try {
      await visit(page, '/agent?view=all');
      const header = await page.locator('.site-header').boundingBox();
      assert.ok(header.height <= 64, `the header is one row (${header.height}px high)`);
      const main = await page.locator('main').boundingBox();
      assert.ok(main.width >= 1240, `the workspace uses the width (${main.width}px)`);
      // The queue fits: the page never scrolls sideways, in either language.
      const [scroll, client] = await page.evaluate(
        () => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `the queue scrolls sideways by ${scroll - client}px`);
      const [tableWidth, room] = await page.locator('table.table').evaluate(
        (t) => [t.getBoundingClientRect().width, t.parentElement.clientWidth]);
      assert.ok(tableWidth <= room + 0.5, `the queue's table is ${tableWidth}px in ${room}px`);

      // The incident banner names the product and the error as written.
      const banner = page.locator('.banner-incident', { hasText: ERROR });
      await banner.first().waitFor();
      const text = await banner.first().innerText();
      assert.ok(text.includes(t.incident) && text.includes(t.product), text);
      assert.ok(!text.includes('<n>') && !text.includes('http <'), `no internal signature: ${text}`);

      // Ids and times on one line; times relative, exact on hover.
      const row = page.locator('table.table tbody tr').first();
      for (const cell of await row.locator('td.nowrap, .id-value').all()) {
        assert.equal(await cell.evaluate((el) => getComputedStyle(el).whiteSpace), 'nowrap');
      }
      const time = row.locator('time[datetime][title]');
      assert.equal(await time.count(), 1);
      assert.match((await time.textContent()).trim(), t.recent);
      assert.ok((await time.getAttribute('title')).match(/\d{4}, \d{2}:\d{2}/));
      await checkA11y(page, `agent queue (${lang})`);

      await Promise.all([
        page.waitForURL(/\/agent\/tickets\/\d+$/),
        row.locator('a').first().click(),
      ]);
      const header2 = await page.locator('.site-header').boundingBox();
      assert.ok(header2.height <= 64, `one-row header on the ticket (${header2.height}px)`);
      for (const id of await page.locator('.id-value').all()) {
        const box = await id.boundingBox();
        if (!box) continue;
        assert.ok(box.height < 30, `an id wraps (${box.height}px high)`);
        assert.equal(await id.getAttribute('title'), (await id.textContent()).trim());
      }
      for (const tm of await page.locator('.history time, .comment time').all()) {
        assert.ok(await tm.getAttribute('datetime'));
        assert.ok(await tm.getAttribute('title'));
      }
      await checkA11y(page, `agent ticket (${lang})`);
      await screenshotBoth(page, `agent-ticket-layout-${lang}`);
    } finally {
      await ctx.close();
    }
  });

  test(`dashboard (${lang}): labels of 12 px or more, a legend on every chart`, async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { ctx, page } = await agent(lang, viewport);
      try {
        await visit(page, '/agent/dashboard');
        const charts = page.locator('figure.chart');
        assert.ok((await charts.count()) >= 5);
        for (const chart of await charts.all()) {
          if (await chart.locator('svg').count() === 0) continue;
          assert.ok((await chart.locator('.legend li').count()) >= 1, 'a legend');
          const sizes = await chart.locator('text').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
          for (const h of sizes) assert.ok(h >= 12, `a chart label ${h}px high at ${viewport.width}px`);
          // No label is cut at the chart's edges.
          const cut = await chart.locator('svg').evaluate((svg) => {
            const box = svg.getBBox ? svg.viewBox.baseVal : null;
            return [...svg.querySelectorAll('text')].filter((t) => {
              const b = t.getBBox();
              return b.x < -0.5 || (box && b.x + b.width > box.width + 0.5);
            }).length;
          });
          assert.equal(cut, 0, 'labels inside the chart');
        }
        // Top errors read as their requesters wrote them (the banner's
        // words), never as internal signatures.
        const errorLabels = await page.locator('#top-errors text.chart-label').allTextContents();
        assert.ok(errorLabels.some((l) => l.includes('HTTP 502 Bad Gateway from the consent service')),
          `the written error is shown: ${errorLabels.join(' | ')}`);
        for (const l of errorLabels) {
          assert.ok(!/<n>|<id>|<ts>|HTTP …|http /.test(l), `an internal signature: ${l}`);
        }
        await checkA11y(page, `dashboard (${lang}, ${viewport.width}px)`);
        await screenshotBoth(page, `dashboard-${lang}`);
      } finally {
        await ctx.close();
      }
    }
  });
}
