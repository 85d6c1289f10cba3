// 4. Agent journey: the demo requester files a request, the agent answers
// publicly and adds an internal note; the requester sees the reply only —
// the agent reading English or Italian, at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, screenshotBoth, visit, signIn, fillIncident, submitAndWait,
  assertNoHorizontalScroll, REQUESTER, AGENT, BASE_URL, DESKTOP, PHONE, unique,
} from '../lib/harness.mjs';
import { translator } from '../lib/locale.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['en', 'it']) {
  const t = translator(lang);
  for (const viewport of [DESKTOP, PHONE]) {
    const at = `${lang}, ${viewport.width}px`;
    test(`an agent replies and notes; the requester sees the reply and not the note (${at})`, async () => {
      const tag = unique();
      const subject = `Balances endpoint slow since this morning ${tag}`;
      const reply = `Thanks, we reproduced it and are deploying a fix (${tag}).`;
      const note = `Internal: cache node eu-2 evicted, see runbook 17 (${tag}).`;

      // The requester (demo organization, registered client ids) files a request.
      const requesterCtx = await newContext(browser);
      let ticketPath;
      try {
        const page = await requesterCtx.newPage();
        await signIn(page, REQUESTER, '/hc/en/requests/new');
        assert.equal(new URL(page.url()).pathname, '/hc/en/requests/new');
        await fillIncident(page, { subject, client_id: 'acmepay' });
        const res = await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
        assert.equal(res.status(), 200);
        ticketPath = new URL(page.url()).pathname;
        assert.match(ticketPath, /^\/hc\/en\/requests\/\d+$/);
      } finally {
        await requesterCtx.close();
      }
      const id = ticketPath.split('/').pop();

      // The agent finds it in the queue and answers.
      const agentCtx = await newContext(browser, { viewport });
      await agentCtx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
      try {
        const page = await agentCtx.newPage();
        await signIn(page, AGENT, '/agent');
        assert.equal(new URL(page.url()).pathname, '/agent');
        const row = page.locator('table.table tbody tr').filter({ hasText: subject });
        assert.equal(await row.count(), 1, 'the new ticket is in the agent queue');
        // The client id column, found by its header rather than its position.
        const headers = (await page.locator('table.table thead th').allTextContents()).map((h) => h.trim());
        const clientCol = headers.indexOf(t('field.client_id'));
        assert.ok(clientCol >= 0, `a Client id column in ${headers}`);
        assert.equal((await row.locator('td').nth(clientCol).textContent()).trim(), 'acmepay');
        await checkA11y(page, `agent queue (${at})`);
        if (lang === 'en' && viewport === DESKTOP) await screenshotBoth(page, 'agent-queue');

        await Promise.all([
          page.waitForURL(`**/agent/tickets/${id}`),
          row.getByRole('link', { name: subject }).click(),
        ]);
        await page.getByRole('heading', { level: 1, name: subject }).waitFor();
        await checkA11y(page, `agent ticket (${at})`);

        // Public reply.
        await page.check('input[name="visibility"][value="public"]');
        await page.fill('#body', reply);
        const open = t('status.open');
        let res = await submitAndWait(page, page.getByRole('button', { name: t('agent.submit_public', { status: open }) }));
        assert.equal(res.status(), 200);
        await page.locator('article.comment', { hasText: reply }).waitFor();

        // Internal note.
        await page.check('input[name="visibility"][value="internal"]');
        await page.fill('#body', note);
        res = await submitAndWait(page, page.getByRole('button', { name: t('agent.submit_internal', { status: open }) }));
        assert.equal(res.status(), 200);
        const noteEl = page.locator('article.comment', { hasText: note });
        await noteEl.waitFor();
        assert.equal(await noteEl.locator('.badge-internal').count(), 1, 'the note is marked internal');
        assert.equal(await page.locator('article.comment.comment-internal', { hasText: reply }).count(), 0,
          'the public reply is not marked internal');
        await checkA11y(page, `agent ticket with comments (${at})`);
        await assertNoHorizontalScroll(page, `agent ticket (${at})`);
        if (lang === 'en' && viewport === DESKTOP) await screenshotBoth(page, 'agent-ticket');
      } finally {
        await agentCtx.close();
      }

      // The requester, in a new browser context, sees the reply but not the note.
      const againCtx = await newContext(browser, { viewport });
      try {
        const page = await againCtx.newPage();
        await signIn(page, REQUESTER, ticketPath);
        assert.equal(new URL(page.url()).pathname, ticketPath);
        await page.getByRole('heading', { level: 1, name: subject }).waitFor();
        const shown = page.locator('article.comment', { hasText: reply });
        assert.equal(await shown.count(), 1, 'the public reply is shown');
        assert.equal(await shown.locator('.badge').count(), 1, 'marked as from support');
        const html = await page.content();
        assert.ok(!html.includes(note), 'the internal note is not in the page');
        assert.ok(!html.includes('runbook 17'), 'no part of the internal note is in the page');

        // The API agrees with the page.
        const api = await page.request.get(`/api/v1/requests/${id}`);
        assert.equal(api.status(), 200);
        const json = await api.json();
        const bodies = (json.comments ?? []).map((c) => c.body);
        assert.ok(bodies.includes(reply), `the API lists the reply: ${JSON.stringify(bodies)}`);
        assert.ok(!JSON.stringify(json).includes(note), 'the API does not leak the internal note');
        await checkA11y(page, `request page, requester, with reply (${at})`);
        await assertNoHorizontalScroll(page, `request page (${at})`);
      } finally {
        await againCtx.close();
      }
    });
  }
}
