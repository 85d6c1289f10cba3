// The agent's composer: a note looks like a note while it is written, one
// "Send as <status>" button, a reviewed macro in the ticket's language, and
// one save for the sidebar — in English and Italian, at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, screenshotBoth, signIn, fillIncident, submitAndWait,
  REQUESTER, AGENT, BASE_URL, DESKTOP, PHONE, unique,
} from '../lib/harness.mjs';

let browser;
let ticketId;
before(async () => {
  browser = await launch();
  // The demo requester files a synchronous incident (no task id).
  const ctx = await newContext(browser);
  try {
    const page = await ctx.newPage();
    await signIn(page, REQUESTER, '/hc/en/requests/new');
    await fillIncident(page, { subject: `Composer journey ${unique()}`, client_id: 'acmepay', x_request_id: '' });
    await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    ticketId = new URL(page.url()).pathname.split('/').pop();
    assert.match(ticketId, /^\d+$/);
  } finally {
    await ctx.close();
  }
});
after(async () => { await browser?.close(); });

const T = {
  en: {
    publicTab: 'Public reply', noteTab: 'Internal note', send: /^Send as /, note: /^Add note as /,
    noteLabel: /only staff/, pending: 'Pending', apply: 'Apply macro', save: 'Save', tags: 'Tags',
  },
  it: {
    publicTab: 'Risposta pubblica', noteTab: 'Nota interna', send: /^Invia come /, note: /^Aggiungi la nota come /,
    noteLabel: /solo lo staff/, pending: 'In attesa', apply: 'Applica la macro', save: 'Salva', tags: 'Etichette',
  },
};

async function agentPage(lang, viewport) {
  const ctx = await newContext(browser, { viewport });
  await ctx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
  const page = await ctx.newPage();
  await signIn(page, AGENT, `/agent/tickets/${ticketId}`);
  return { ctx, page };
}

for (const lang of ['en', 'it']) {
  for (const viewport of [DESKTOP, PHONE]) {
    test(`composer (${lang}, ${viewport.width}px): note mode, one send action, keyboard`, async () => {
      const t = T[lang];
      const { ctx, page } = await agentPage(lang, viewport);
      try {
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        const form = page.locator('form#reply');
        const box = form.locator('.composer-box');
        // Exactly one submit button in the composer.
        assert.equal(await form.locator('button[type="submit"]').count(), 1);
        const publicBg = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
        await form.getByRole('button', { name: t.send }).waitFor();

        // Keyboard only: from the public tab, the arrow key chooses the note.
        await form.getByRole('radio', { name: t.publicTab }).focus();
        await page.keyboard.press('ArrowRight');
        assert.ok(await form.getByRole('radio', { name: t.noteTab }).isChecked());
        const noteBg = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
        assert.notEqual(noteBg, publicBg, 'a note is written in a visibly different composer');
        await form.getByText(t.noteLabel).first().waitFor();
        await form.getByRole('button', { name: t.note }).waitFor();
        assert.equal(await form.getByRole('button', { name: t.send }).count(), 0);

        // The one button says the status it submits as.
        await page.selectOption('#reply-status', 'pending');
        await form.getByRole('button', { name: new RegExp(`${t.pending}$`) }).waitFor();
        await checkA11y(page, `agent composer, note (${lang}, ${viewport.width}px)`);
        await screenshotBoth(page, `composer-note-${lang}`);

        await page.keyboard.press('Shift+Tab');
        await form.getByRole('radio', { name: t.publicTab }).check();
        await form.getByRole('button', { name: t.send }).waitFor();
      } finally {
        await ctx.close();
      }
    });
  }

  test(`macro review and one sidebar save (${lang})`, async () => {
    const t = T[lang];
    const { ctx, page } = await agentPage(lang, DESKTOP);
    try {
      // The built-in macro fills the composer; nothing is sent yet.
      const comments = await page.locator('article.comment').count();
      await page.selectOption('#macro', 'ask_missing');
      await submitAndWait(page, page.getByRole('button', { name: t.apply }));
      assert.equal(await page.locator('article.comment').count(), comments, 'nothing sent');
      const body = await page.inputValue('#body');
      // In the ticket's language (the demo requester's, Italian), whatever
      // language the agent reads.
      assert.match(body, /Rispondi con questi dati/);
      assert.ok(!/Please reply/.test(body));
      assert.ok(!/task/i.test(body), `no task id asked on a synchronous ticket: ${body}`);
      await page.locator('form#reply').getByRole('button', { name: new RegExp(`${t.pending}$`) }).waitFor();

      // One save for status, priority, assignee, tags and problem.
      const sidebar = page.locator('form.properties');
      assert.equal(await sidebar.getByRole('button').count(), 1);
      const tag = `e2e${lang}${Date.now().toString(36)}`;
      await page.selectOption('#priority', 'high');
      await sidebar.getByLabel(t.tags).fill(tag);
      await submitAndWait(page, sidebar.getByRole('button', { name: t.save, exact: true }));
      assert.equal(await page.inputValue('#priority'), 'high');
      assert.equal(await page.inputValue('#tags'), tag);
      await checkA11y(page, `agent ticket after save (${lang})`);
    } finally {
      await ctx.close();
    }
  });
}
