// Issue 15's "Done when", journey by journey: a new requester files an
// incident with a screenshot and a debug id without help, and an agent
// answers it with a reviewed macro — in English and Italian, at 1280 and
// 390 px, with axe on every page visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, assertNoHorizontalScroll, visit, signUp, signIn, fillIncident,
  submitAndWait, detail, AGENT, BASE_URL, DESKTOP, PHONE, unique,
} from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const T = {
  en: {
    locale: 'en-US', submit: 'Submit request', getDebugId: /Get a debug id/, debugSubmit: 'Get a debug id',
    filed: 'Your request was filed', debugLabel: 'Debug id', apply: 'Apply macro', send: /^Send as /,
  },
  it: {
    locale: 'it-IT', submit: 'Invia la richiesta', getDebugId: /Ottieni un debug id/, debugSubmit: 'Ottieni un debug id',
    filed: 'La tua richiesta è stata inviata', debugLabel: 'Debug id', apply: 'Applica la macro', send: /^Invia come /,
  },
};

/** A JWT-shaped access token (never sent to the desk as it is: exchanged). */
function accessToken() {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: 'user-7', client_id: 'sandbox-e2e-client', scope: 'accounts', exp })}.U2lnbmF0dXJlT2ZUaGVUb2tlbkl0c2VsZkxvbmdFbm91Z2g`;
}

/** A real PNG with harmless words, drawn by the browser itself. */
async function screenshotPng(page) {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 480; c.height = 120;
    const g = c.getContext('2d');
    g.fillStyle = '#ffffff'; g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#111111'; g.font = '24px sans-serif';
    g.fillText('GET /v1/accounts', 20, 45);
    g.fillText('502 Bad Gateway', 20, 90);
    return c.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

async function inLanguage(lang, viewport) {
  const ctx = await newContext(browser, { locale: T[lang].locale, viewport });
  await ctx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
  return ctx;
}

for (const lang of ['en', 'it']) {
  for (const viewport of [DESKTOP, PHONE]) {
    test(`done when (${lang}, ${viewport.width}px): a new requester files with a screenshot and a debug id; an agent answers with a reviewed macro`, async () => {
      const t = T[lang];
      const requester = await inLanguage(lang, viewport);
      let agentCtx;
      try {
        const page = await requester.newPage();
        await visit(page, `/hc/${lang}/`);
        await checkA11y(page, `home (${lang}, ${viewport.width}px)`);
        await signUp(page, { name: `Grace ${lang}` });
        assert.equal(new URL(page.url()).pathname, `/hc/${lang}/requests/new`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await checkA11y(page, `request form (${lang}, ${viewport.width}px)`);

        // The Debug id field says where to get one; the page opens beside the form.
        const [debugPage] = await Promise.all([
          requester.waitForEvent('page'),
          page.getByRole('link', { name: t.getDebugId }).click(),
        ]);
        await debugPage.waitForLoadState();
        assert.equal(new URL(debugPage.url()).pathname, `/hc/${lang}/debug-ids`);
        await checkA11y(debugPage, `debug ids (${lang}, ${viewport.width}px)`);
        // The curl example names this server, not a placeholder.
        assert.ok((await debugPage.locator('#curl-example').textContent()).includes(BASE_URL));
        await debugPage.fill('#access_token', accessToken());
        await submitAndWait(debugPage, debugPage.getByRole('button', { name: t.debugSubmit, exact: true }));
        const debugId = (await debugPage.locator('#new-debug-id').textContent()).trim();
        assert.match(debugId, /^dbg_[0-9a-z]{26}$/i);
        await checkA11y(debugPage, `debug id issued (${lang}, ${viewport.width}px)`);
        await assertNoHorizontalScroll(debugPage, 'debug ids');
        await debugPage.close();

        const v = await fillIncident(page, { subject: `Accounts 502 ${lang} ${viewport.width} ${unique()}` });
        await page.fill('#debug_id', debugId);
        await page.setInputFiles('#files', { name: 'accounts-502.png', mimeType: 'image/png', buffer: await screenshotPng(page) });
        const filed = await submitAndWait(page, page.getByRole('button', { name: t.submit }));
        assert.equal(filed.status(), 200);
        const requestPath = new URL(page.url()).pathname;
        assert.match(requestPath, new RegExp(`^/hc/${lang}/requests/\\d+$`));
        const ticketId = requestPath.split('/').pop();
        // A confirmation, the debug id and the screenshot, on the request.
        await page.getByRole('heading', { name: t.filed }).waitFor();
        assert.equal((await detail(page, t.debugLabel).textContent()).trim(), debugId);
        await page.locator('.file-list').getByText('accounts-502.png').waitFor();
        await checkA11y(page, `request filed (${lang}, ${viewport.width}px)`);
        await assertNoHorizontalScroll(page, 'request page');

        // The agent answers with the built-in macro, reviewed before sending.
        agentCtx = await inLanguage(lang, viewport);
        const agent = await agentCtx.newPage();
        await signIn(agent, AGENT, `/agent/tickets/${ticketId}`);
        await agent.getByRole('heading', { level: 1, name: v.subject }).waitFor();
        await checkA11y(agent, `agent ticket (${lang}, ${viewport.width}px)`);
        const before = await agent.locator('article.comment').count();
        await agent.selectOption('#macro', 'ask_missing');
        await submitAndWait(agent, agent.getByRole('button', { name: t.apply }));
        assert.equal(await agent.locator('article.comment').count(), before, 'applying a macro sends nothing');
        const draft = await agent.inputValue('#body');
        assert.ok(draft.length > 20, `the composer holds the macro: ${draft}`);
        // In the ticket's language: the new requester's.
        assert.ok(lang === 'it' ? /Buongiorno .*grazie per la richiesta/.test(draft) : /Hello .*thank you for your request/.test(draft), draft);
        await checkA11y(agent, `macro under review (${lang}, ${viewport.width}px)`);
        const reviewed = `${draft}\n\n${lang === 'it' ? 'Stiamo controllando il gateway.' : 'We are checking the gateway.'}`;
        await agent.fill('#body', reviewed);
        await submitAndWait(agent, agent.locator('form#reply').getByRole('button', { name: t.send }));
        await agent.locator('article.comment').nth(before).waitFor();
        assert.ok((await agent.locator('article.comment').nth(before).innerText()).includes(reviewed.split('\n').pop()));
        await checkA11y(agent, `agent ticket answered (${lang}, ${viewport.width}px)`);
        await assertNoHorizontalScroll(agent, 'agent ticket');

        // The requester reads the answer on the request page.
        await visit(page, requestPath);
        await page.getByText(reviewed.split('\n').pop()).waitFor();
        await checkA11y(page, `request answered (${lang}, ${viewport.width}px)`);
      } finally {
        await agentCtx?.close();
        await requester.close();
      }
    });
  }
}
