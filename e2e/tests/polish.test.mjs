// The last of issue 15: the agent corrects the incident fields from the
// sidebar's one save; one search box per page whose placeholder is never
// cut; suggestions while typing as an accessible combobox (and a plain
// search without JavaScript); snippets with their spaces, words cut short
// or mistyped found, category and section names searched — in English and
// Italian, at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../lib/locale.mjs';
import {
  launch, newContext, checkA11y, assertNoHorizontalScroll, visit, signIn, fillIncident,
  submitAndWait, detail, REQUESTER, AGENT, BASE_URL, DESKTOP, PHONE, unique,
} from '../lib/harness.mjs';

let browser;
const tickets = [];
before(async () => {
  browser = await launch();
  // One synchronous Data API incident per agent test below.
  const ctx = await newContext(browser);
  try {
    const page = await ctx.newPage();
    await signIn(page, REQUESTER, '/hc/en/requests/new');
    for (let i = 0; i < 4; i++) {
      await page.goto('/hc/en/requests/new');
      await fillIncident(page, { subject: `Sidebar fields ${unique()}`, client_id: 'acmepay' });
      await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
      tickets.push(new URL(page.url()).pathname.split('/').pop());
    }
  } finally {
    await ctx.close();
  }
});
after(async () => { await browser?.close(); });

const T = {
  en: {
    locale: 'en-US', fields: 'Incident fields', save: 'Save', clientId: 'Client id', product: 'Product',
    payment: 'Payment id (simp_id)', corrected: 'corrected the fields:', problem: 'Nothing was saved',
    search: 'Search the help center', article: 'Get a debug id instead of sending an access token',
    // Help-center search against the demo articles (crates/sportello/src/demo_help.rs).
    snippetQuery: 'sandbox', prefix: 'asynchro', typo: 'asyncronous',
    asyncArticle: 'Task ids of asynchronous and batch calls', place: 'privacy', placeName: 'Security and privacy',
  },
  it: {
    locale: 'it-IT', fields: 'Campi della segnalazione', save: 'Salva', clientId: 'Client id', product: 'Prodotto',
    payment: 'Id del pagamento (simp_id)', corrected: 'ha corretto i campi:', problem: 'Non è stato salvato nulla',
    search: 'Cerca nel centro assistenza', article: "Usa un debug id invece di inviare l'access token",
    snippetQuery: 'sandbox', prefix: 'asincr', typo: 'asincorna',
    asyncArticle: 'Il task id delle chiamate asincrone e batch', place: 'riservatezza', placeName: 'Sicurezza e riservatezza',
  },
};

async function inLanguage(lang, viewport, js = true) {
  const ctx = await newContext(browser, { locale: T[lang].locale, viewport, js });
  await ctx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
  return ctx;
}

/** The placeholder's width in the input's own font, and the room it has. */
async function placeholderFit(input) {
  return input.evaluate((el) => {
    const cs = getComputedStyle(el);
    const g = document.createElement('canvas').getContext('2d');
    g.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const text = g.measureText(el.placeholder).width;
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return { text, room, placeholder: el.placeholder };
  });
}

let next = 0;
for (const lang of ['en', 'it']) {
  for (const viewport of [DESKTOP, PHONE]) {
    test(`agent corrects the incident fields from the sidebar (${lang}, ${viewport.width}px)`, async () => {
      const t = T[lang];
      const id = tickets[next++];
      const ctx = await inLanguage(lang, viewport);
      try {
        const page = await ctx.newPage();
        await signIn(page, AGENT, `/agent/tickets/${id}`);
        const sidebar = page.locator('form.properties');
        assert.equal(await sidebar.getByRole('button').count(), 1, 'one save for the sidebar');
        await sidebar.getByText(t.fields, { exact: true }).click();
        const clientId = sidebar.getByLabel(t.clientId, { exact: true });
        assert.equal(await clientId.inputValue(), 'acmepay');
        // The payment id appears only for the Payments API, as on the form.
        const payment = sidebar.getByLabel(t.payment, { exact: true });
        assert.equal(await payment.isVisible(), false);
        await sidebar.getByLabel(t.product, { exact: true }).selectOption('payments');
        await payment.waitFor({ state: 'visible' });
        await checkA11y(page, `sidebar fields open (${lang}, ${viewport.width}px)`);

        // Refused as filing refuses it: nothing saved, the summary leads to the field.
        await clientId.fill('not a client id');
        const refused = await submitAndWait(page, sidebar.getByRole('button', { name: t.save, exact: true }));
        assert.equal(refused.status(), 422);
        const summary = page.locator('form.properties .error-summary');
        await summary.getByText(t.problem).waitFor();
        assert.equal(await summary.getByRole('link').count(), 2, 'client id and payment id');
        await summary.locator('a[href="#fix-client_id"]').click();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'fix-client_id');
        assert.equal(await page.getAttribute('#fix-client_id', 'aria-invalid'), 'true');
        await checkA11y(page, `sidebar fields refused (${lang}, ${viewport.width}px)`);

        await page.fill('#fix-client_id', 'sandbox-acmepay-1a2b3c');
        await page.fill('#fix-simp_id', '0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30');
        const saved = await submitAndWait(page, sidebar.getByRole('button', { name: t.save, exact: true }));
        assert.equal(saved.status(), 200, await page.locator('.error-summary').innerText().catch(() => ''));
        assert.equal(new URL(page.url()).pathname, `/agent/tickets/${id}`);
        assert.equal((await detail(page, t.clientId).locator('code').textContent()).trim(), 'sandbox-acmepay-1a2b3c');
        assert.equal((await detail(page, t.payment).locator('code').textContent()).trim(), '0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30');
        const history = await page.locator('ol.history').innerText();
        assert.ok(history.includes(t.corrected), history);
        await checkA11y(page, `sidebar fields saved (${lang}, ${viewport.width}px)`);
        await assertNoHorizontalScroll(page, 'agent ticket');
      } finally {
        await ctx.close();
      }
    });

    test(`one search box per page, its placeholder whole (${lang}, ${viewport.width}px)`, async () => {
      const ctx = await inLanguage(lang, viewport);
      try {
        const page = await ctx.newPage();
        for (const path of [`/hc/${lang}/`, `/hc/${lang}/search?q=token`]) {
          await visit(page, path);
          assert.equal(await page.locator('form[role="search"]').count(), 1, `one search box on ${path}`);
          assert.equal(await page.locator('.site-header form[role="search"]').count(), 0, `the page's own box on ${path}`);
          const fit = await placeholderFit(page.locator('main input[type="search"]'));
          assert.ok(fit.text <= fit.room, `"${fit.placeholder}" (${fit.text}px) fits in ${fit.room}px on ${path}`);
          await assertNoHorizontalScroll(page, path);
          await checkA11y(page, `${path} (${lang}, ${viewport.width}px)`);
        }
        // Elsewhere the header's box is the one.
        await visit(page, '/signin');
        assert.equal(await page.locator('form[role="search"]').count(), 1);
        const header = page.locator('.site-header input[type="search"]');
        const fit = await placeholderFit(header);
        assert.ok(fit.text <= fit.room, `"${fit.placeholder}" (${fit.text}px) fits in ${fit.room}px`);
        await assertNoHorizontalScroll(page, 'sign-in');
        // On the agent's pages too, under the compact header.
        await signIn(page, AGENT, '/agent');
        const agentFit = await placeholderFit(page.locator('.site-header input[type="search"]'));
        assert.ok(agentFit.text <= agentFit.room, `agent header: "${agentFit.placeholder}" (${agentFit.text}px) in ${agentFit.room}px`);
        // The header itself fits (the queue's table below may scroll).
        const row = await page.locator('.site-header .header-row').evaluate((el) => [el.scrollWidth, el.clientWidth]);
        assert.ok(row[0] <= row[1], `the agent header overflows: ${row}`);
        await checkA11y(page, `agent queue header (${lang}, ${viewport.width}px)`);
      } finally {
        await ctx.close();
      }
    });

    test(`search suggestions are an accessible combobox (${lang}, ${viewport.width}px)`, async () => {
      const t = T[lang];
      const ctx = await inLanguage(lang, viewport);
      try {
        const page = await ctx.newPage();
        await visit(page, `/hc/${lang}/`);
        const box = page.getByRole('combobox', { name: t.search });
        assert.equal(await box.getAttribute('aria-expanded'), 'false');
        const listId = await box.getAttribute('aria-controls');
        const list = page.locator(`#${listId}`);
        assert.equal(await list.getAttribute('role'), 'listbox');
        await box.pressSequentially('debu');
        await list.waitFor({ state: 'visible' });
        assert.equal(await box.getAttribute('aria-expanded'), 'true');
        const options = list.getByRole('option');
        await options.filter({ hasText: t.article }).waitFor();
        const n = await options.count();
        // The count is announced.
        await page.waitForFunction((id) => document.getElementById(id).parentNode.querySelector('[role="status"]').textContent.length > 0, listId);
        await checkA11y(page, `suggestions open (${lang}, ${viewport.width}px)`);
        await assertNoHorizontalScroll(page, 'home with suggestions');

        // Down and Up move the active option; focus stays in the box.
        await box.press('ArrowDown');
        const first = await options.nth(0).getAttribute('id');
        assert.equal(await box.getAttribute('aria-activedescendant'), first);
        assert.equal(await options.nth(0).getAttribute('aria-selected'), 'true');
        await box.press('ArrowUp');
        assert.equal(await box.getAttribute('aria-activedescendant'), await options.nth(n - 1).getAttribute('id'));
        await box.press('ArrowDown');
        assert.equal(await box.getAttribute('aria-activedescendant'), first);
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox');

        // Escape closes the list; the text stays.
        await box.press('Escape');
        await list.waitFor({ state: 'hidden' });
        assert.equal(await box.getAttribute('aria-expanded'), 'false');
        assert.equal(await box.getAttribute('aria-activedescendant'), null);
        assert.equal(await box.inputValue(), 'debu');

        // Down opens it again; Enter opens the article chosen.
        await box.press('ArrowDown');
        await list.waitFor({ state: 'visible' });
        const index = (await options.allTextContents()).indexOf(t.article);
        assert.ok(index >= 0);
        for (let i = 0; i < index; i++) await box.press('ArrowDown');
        await Promise.all([page.waitForURL(/\/articles\//), box.press('Enter')]);
        await page.getByRole('heading', { level: 1, name: t.article }).waitFor();

        // Enter with no option chosen searches, as without JavaScript.
        await visit(page, `/hc/${lang}/`);
        await page.getByRole('combobox', { name: t.search }).fill('debug');
        await Promise.all([page.waitForURL(/\/search\?q=debug/), page.getByRole('combobox', { name: t.search }).press('Enter')]);
      } finally {
        await ctx.close();
      }
    });
  }

  for (const viewport of [DESKTOP, PHONE]) {
    test(`search: snippets keep their spaces, words cut short or mistyped are found, places are searched (${lang}, ${viewport.width}px)`, async () => {
      const t = T[lang];
      const l = translator(lang);
      const ctx = await inLanguage(lang, viewport);
      try {
        const page = await ctx.newPage();
        // Snippets: the highlighted word keeps the spaces around it.
        await visit(page, `/hc/${lang}/search?q=${encodeURIComponent(t.snippetQuery)}`);
        await page.getByRole('heading', { level: 1, name: l('hc.search.results_for', { query: t.snippetQuery }) }).waitFor();
        const marks = page.locator('.search-results mark');
        assert.ok((await marks.count()) >= 1, 'the words found are highlighted');
        const glued = await page.locator('.search-results .snippet').evaluateAll((snippets) => {
          const bad = [];
          for (const s of snippets) {
            const text = s.textContent;
            let at = 0;
            for (const m of s.querySelectorAll('mark')) {
              // The mark's place in the snippet's text.
              const before = [];
              for (let n = s.firstChild; n && n !== m; n = n.nextSibling) before.push(n.textContent);
              at = before.join('').length;
              const prev = text[at - 1] ?? ' ';
              const next = text[at + m.textContent.length] ?? ' ';
              if (/\p{L}/u.test(prev) || /\p{L}/u.test(next)) bad.push(text.slice(Math.max(0, at - 12), at + m.textContent.length + 12));
            }
          }
          return bad;
        });
        assert.deepEqual(glued, [], 'a highlighted word glued to its neighbours');
        await checkA11y(page, `search results (${lang}, ${viewport.width}px)`);
        await assertNoHorizontalScroll(page, `search results (${lang}, ${viewport.width}px)`);

        // A word still being typed: suggested while typing, found on Enter.
        const box = page.getByRole('combobox', { name: t.search });
        await box.fill('');
        await box.pressSequentially(t.prefix);
        const list = page.locator(`#${await box.getAttribute('aria-controls')}`);
        await list.getByRole('option', { name: t.asyncArticle }).waitFor();
        await Promise.all([
          page.waitForURL((u) => u.searchParams.get('q') === t.prefix),
          box.press('Enter'),
        ]);
        await page.locator('.search-results').getByRole('link', { name: t.asyncArticle }).waitFor();

        // A typo.
        await visit(page, `/hc/${lang}/search?q=${encodeURIComponent(t.typo)}`);
        await page.locator('.search-results').getByRole('link', { name: t.asyncArticle }).waitFor();
        assert.equal(await page.locator('#search-empty').count(), 0);

        // A category's name is searched too, and listed as a place.
        await visit(page, `/hc/${lang}/search?q=${encodeURIComponent(t.place)}`);
        const places = page.getByRole('region', { name: l('hc.search.places') });
        const place = places.getByRole('listitem').filter({ has: page.getByRole('link', { name: t.placeName, exact: true }) });
        await place.waitFor();
        assert.ok((await place.innerText()).includes(l('hc.search.place.category')));
        await checkA11y(page, `search places (${lang}, ${viewport.width}px)`);
        await assertNoHorizontalScroll(page, `search places (${lang}, ${viewport.width}px)`);
      } finally {
        await ctx.close();
      }
    });
  }

  test(`without JavaScript the search box is a plain search (${lang})`, async () => {
    const ctx = await inLanguage(lang, DESKTOP, false);
    try {
      const page = await ctx.newPage();
      await visit(page, `/hc/${lang}/`);
      const box = page.locator('main input[type="search"]');
      assert.equal(await box.getAttribute('role'), null);
      await box.fill('debug');
      await Promise.all([page.waitForURL(/\/search\?q=debug/), box.press('Enter')]);
      await page.getByRole('link', { name: T[lang].article }).waitFor();
      // (axe needs JavaScript: the search page is checked in the tests above.)
    } finally {
      await ctx.close();
    }
  });
}
