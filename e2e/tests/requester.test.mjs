// 1. Requester journey and 2. conditional fields, with axe on every page —
// in English and Italian, at 1280 and 390 px: a file chosen on the form
// arrives with the request, a confirmation after filing, times relative
// with the exact one in a title, upload progress on the request page, the
// payment id and task id right after what reveals them and marked required.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, assertNoHorizontalScroll, screenshotBoth, visit, signUp, fillIncident,
  submitAndWait, detail, BASE_URL, DESKTOP, PHONE,
} from '../lib/harness.mjs';
import { translator, exactly } from '../lib/locale.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LANGS = ['en', 'it'];
const WIDTHS = [DESKTOP, PHONE];
const BROWSER_LOCALE = { en: 'en-US', it: 'it-IT' };
// The month names the server writes (crates/web/src/pages/mod.rs).
const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
};
const RECENT = { en: /^(just now|\d+ minutes? ago)$/, it: /^(adesso|\d+ minut[oi] fa)$/ };

/** A moment as the server writes it for a viewer in Rome: "2 Dec 2026, 03:05". */
function humanTime(lang, when) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Rome', day: 'numeric', month: 'numeric', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(when).map((x) => [x.type, x.value]));
  return `${Number(p.day)} ${MONTHS[lang][Number(p.month) - 1]} ${p.year}, ${p.hour}:${p.minute}`;
}

/** A recent <time>: relative words in the page's language, the exact moment in its title. */
async function assertRecentTime(time, lang, where) {
  assert.equal(await time.count(), 1, `one time on ${where}`);
  const shown = (await time.textContent()).trim();
  assert.match(shown, RECENT[lang], `a recent time on ${where} reads relative in ${lang}: "${shown}"`);
  const iso = await time.getAttribute('datetime');
  const at = new Date(iso);
  assert.ok(Math.abs(Date.now() - at.getTime()) < 15 * 60_000, `${where}: ${iso} is recent`);
  assert.equal(await time.getAttribute('title'), humanTime(lang, at), `${where}: the exact time in the title`);
}

async function inLanguage(lang, viewport, js = true) {
  const ctx = await newContext(browser, { locale: BROWSER_LOCALE[lang], viewport, js });
  await ctx.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
  return ctx;
}

/** Holds every POST to a URL ending in `suffix` until released. */
async function holdPosts(page, suffix) {
  let arrived;
  let release;
  const inFlight = new Promise((r) => { arrived = r; });
  const released = new Promise((r) => { release = r; });
  const pattern = (url) => url.pathname.endsWith(suffix);
  await page.route(pattern, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    arrived();
    await released;
    // The page may be gone when a failed test closes it.
    return route.continue().catch(() => {});
  });
  return { inFlight, release, stop: () => page.unroute(pattern) };
}

/** The visible fields of the request form, in order. */
async function visibleFieldOrder(page) {
  return page.locator('form.incident-form > .field').evaluateAll((els) =>
    els.filter((el) => !el.hidden && el.offsetParent !== null).map((el) => el.id));
}

for (const lang of LANGS) {
  const t = translator(lang);
  for (const viewport of WIDTHS) {
    const at = `${lang}, ${viewport.width}px`;

    test(`a new requester signs up, files an incident with a file and sees it (${at})`, async () => {
      const context = await inLanguage(lang, viewport);
      const page = await context.newPage();
      try {
        await visit(page, `/hc/${lang}/`);
        await page.getByRole('heading', { level: 1, name: t('home.heading') }).waitFor();
        await checkA11y(page, `home (${at})`);
        await assertNoHorizontalScroll(page, `home (${at})`);

        await visit(page, `/signup?lang=${lang}`);
        await page.getByRole('heading', { level: 1, name: t('signup.title') }).waitFor();
        await checkA11y(page, `signup (${at})`);
        await assertNoHorizontalScroll(page, `signup (${at})`);

        const me = await signUp(page, { name: 'Ada Lovelace' });
        assert.equal(new URL(page.url()).pathname, `/hc/${lang}/requests/new`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await page.getByRole('heading', { level: 1, name: t('request_new.title') }).waitFor();
        // The header now knows who is signed in.
        assert.equal((await page.locator('.user-name').textContent()).trim(), me.name);

        // Device and browser are pre-filled from the User-Agent.
        const ua = await page.evaluate(() => navigator.userAgent);
        const chromeMajor = ua.match(/Chrome\/(\d+)/)[1];
        assert.equal(await page.inputValue('#device'), 'Linux');
        assert.equal(await page.inputValue('#browser'), `Chrome ${chromeMajor}`);

        // Conditional fields are hidden until their condition holds.
        assert.equal(await page.locator('#field-simp_id').isHidden(), true);
        assert.equal(await page.locator('#field-task_id').isHidden(), true);

        await checkA11y(page, `request form, empty (${at})`);
        await assertNoHorizontalScroll(page, `request form (${at})`);
        if (lang === 'en' && viewport === DESKTOP) await screenshotBoth(page, 'request-new');

        const v = await fillIncident(page);
        // A file chosen on the form arrives with the request (the form posts
        // multipart; a urlencoded post dropped it without a word).
        await page.getByLabel(t('attach.request_files'), { exact: true }).setInputFiles({
          name: 'gateway-trace.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('09:41:07 GET /v1/accounts -> 502 upstream_unavailable\n'),
        });
        const response = await submitAndWait(page, page.getByRole('button', { name: t('request_new.submit') }));
        assert.equal(response.status(), 200);
        const path = new URL(page.url()).pathname;
        assert.match(path, new RegExp(`^/hc/${lang}/requests/\\d+$`), `landed on ${path}`);

        // A confirmation says it was filed, then the request itself.
        const confirmation = page.getByRole('status').filter({ hasText: t('request.filed_heading') });
        await confirmation.getByRole('heading', { name: t('request.filed_heading') }).waitFor();
        assert.ok((await confirmation.innerText()).includes(t('request.filed_body')));
        await page.getByRole('heading', { level: 1, name: v.subject }).waitFor();
        assert.equal((await detail(page, t('field.product')).textContent()).trim(), t('option.product.data'));
        assert.equal((await detail(page, t('field.client_id')).textContent()).trim(), v.client_id);
        // The moment reads as people write it, in the viewer's zone (Rome).
        assert.equal((await detail(page, t('field.occurred_at')).textContent()).trim(),
          humanTime(lang, new Date(`${v.date}T${v.time}${v.offset}`)));
        assert.equal((await detail(page, t('field.error_message')).textContent()).trim(), v.error_message);
        assert.equal((await detail(page, t('field.steps')).textContent()).trim(), v.steps);
        assert.equal((await detail(page, t('field.endpoints')).textContent()).trim(), v.endpoints);
        assert.equal((await detail(page, t('field.device')).textContent()).trim(), 'Linux');
        assert.equal((await detail(page, t('field.request_mode')).textContent()).trim(), t('option.request_mode.sync'));
        assert.equal((await detail(page, t('field.x_request_id')).textContent()).trim(), v.x_request_id);
        assert.equal(await detail(page, t('field.simp_id')).count(), 0);
        await page.getByText(v.description, { exact: true }).waitFor();
        const files = page.locator('.file-list');
        await files.getByRole('link', { name: 'gateway-trace.txt' }).waitFor();
        assert.equal(await page.getByText(t('attach.none')).count(), 0);
        // When it was opened: relative, the exact time on hover.
        await assertRecentTime(page.locator('main .meta time'), lang, `the request page (${at})`);
        await checkA11y(page, `request filed (${at})`);
        await assertNoHorizontalScroll(page, `request page (${at})`);
        if (lang === 'en' && viewport === DESKTOP) await screenshotBoth(page, 'request-show');

        // Another file from the request page, with its progress shown while
        // it is sent (the upload is held until the bar has been seen).
        const hold = await holdPosts(page, '/attachments');
        try {
          await page.getByLabel(t('attach.choose'), { exact: true }).setInputFiles({
            name: 'second-trace.log',
            mimeType: 'text/plain',
            buffer: Buffer.from('09:42:00 GET /v1/accounts -> 502 upstream_unavailable\n'),
          });
          await page.getByRole('button', { name: t('attach.upload'), exact: true }).click();
          await hold.inFlight;
          const bar = page.locator('section.attachments').getByRole('progressbar');
          await bar.waitFor({ state: 'visible' });
          await checkA11y(page, `upload in progress (${at})`);
          await assertNoHorizontalScroll(page, `upload in progress (${at})`);
          const landed = page.waitForNavigation({ waitUntil: 'load' });
          hold.release();
          await landed;
        } finally {
          hold.release();
          await hold.stop();
        }
        assert.equal(new URL(page.url()).pathname, path);
        await files.getByRole('link', { name: 'second-trace.log' }).waitFor();
        await files.getByRole('link', { name: 'gateway-trace.txt' }).waitFor();

        // It is listed under "My requests", updated a moment ago, and links back.
        await visit(page, `/hc/${lang}/requests`);
        await page.getByRole('heading', { level: 1, name: t('nav.my_requests') }).waitFor();
        const link = page.getByRole('link', { name: v.subject });
        assert.equal(await link.getAttribute('href'), path);
        const row = page.locator('table tbody tr').filter({ has: link });
        await assertRecentTime(row.locator('time'), lang, `my requests (${at})`);
        await checkA11y(page, `my requests (${at})`);
        await assertNoHorizontalScroll(page, `my requests (${at})`);

        await visit(page, '/profile');
        await page.getByRole('heading', { level: 1, name: t('profile.title') }).waitFor();
        assert.ok((await page.locator('.fields-panel').textContent()).includes(me.email));
        await checkA11y(page, `profile (${at})`);
        await assertNoHorizontalScroll(page, `profile (${at})`);
      } finally {
        await context.close();
      }
    });

    test(`a screenshot chosen on the request form gets the redactor and the upload progress (${at})`, async () => {
      // Issue 15, item 1: "files on the request form (with the same progress
      // bar and redactor as the request page)".
      const context = await inLanguage(lang, viewport);
      const page = await context.newPage();
      try {
        await signUp(page);
        const form = page.locator('form.incident-form');
        await fillIncident(page);
        const png = await page.evaluate(() => {
          const c = document.createElement('canvas');
          c.width = 480; c.height = 120;
          const g = c.getContext('2d');
          g.fillStyle = '#ffffff'; g.fillRect(0, 0, c.width, c.height);
          g.fillStyle = '#111111'; g.font = '24px sans-serif';
          g.fillText('GET /v1/accounts -> 502', 20, 60);
          return c.toDataURL('image/png');
        });
        await page.getByLabel(t('attach.request_files'), { exact: true }).setInputFiles({
          name: 'accounts-502.png', mimeType: 'image/png', buffer: Buffer.from(png.split(',')[1], 'base64'),
        });
        // The same redactor as on the request page: black out before sending.
        await form.getByText(t('attach.redact_hint')).waitFor({ state: 'visible' });
        await form.getByRole('button', { name: t('attach.redact_undo') }).waitFor();
        await checkA11y(page, `request form with a screenshot (${at})`);
        await assertNoHorizontalScroll(page, `request form with a screenshot (${at})`);

        const hold = await holdPosts(page, '/requests/new');
        try {
          // A plain form post would hold the click until it lands: not
          // awaited here, its error (if any) kept for later.
          const clicked = form.getByRole('button', { name: t('request_new.submit') })
            .click({ noWaitAfter: true }).then(() => null, (e) => e);
          await hold.inFlight;
          await form.getByRole('progressbar').waitFor({ state: 'visible' });
          const landed = page.waitForNavigation({ waitUntil: 'load' });
          hold.release();
          await landed;
          const clickError = await clicked;
          if (clickError) throw clickError;
        } finally {
          hold.release();
          await hold.stop();
        }
        assert.match(new URL(page.url()).pathname, new RegExp(`^/hc/${lang}/requests/\\d+$`));
        // The picture's thumbnail and its name both link to it.
        await page.locator('.file-list').getByRole('link', { name: 'accounts-502.png' }).first().waitFor();
      } finally {
        await context.close();
      }
    });

    test(`conditional fields follow what reveals them, marked required; a refused form keeps every value (${at})`, async () => {
      const context = await inLanguage(lang, viewport);
      const page = await context.newPage();
      try {
        await signUp(page);
        const simp = page.locator('#field-simp_id');
        const task = page.locator('#field-task_id');
        assert.equal(await simp.isHidden(), true);

        await page.selectOption('#product', 'payments');
        assert.equal(await simp.isVisible(), true, 'choosing Payments API reveals simp_id');
        // Right after the product it depends on, and marked required.
        let order = await visibleFieldOrder(page);
        assert.equal(order[order.indexOf('field-product') + 1], 'field-simp_id', `the payment id follows the product: ${order}`);
        const simpBox = await simp.boundingBox();
        const productBox = await page.locator('#field-product').boundingBox();
        assert.ok(simpBox.y >= productBox.y + productBox.height - 1, 'the payment id sits below the product');
        assert.equal((await page.locator('label[for="simp_id"]').textContent()).trim(), `${t('field.simp_id')} *`);
        assert.equal(await page.locator('label[for="simp_id"] .required').count(), 1);
        await page.selectOption('#product', 'data');
        assert.equal(await simp.isHidden(), true, 'choosing Data API hides simp_id again');

        assert.equal(await task.isHidden(), true);
        await page.getByLabel(t('option.request_mode.async'), { exact: true }).check();
        assert.equal(await task.isVisible(), true, 'choosing Async reveals task_id');
        order = await visibleFieldOrder(page);
        assert.equal(order[order.indexOf('field-request_mode') + 1], 'field-task_id', `the task id follows the request mode: ${order}`);
        assert.equal((await page.locator('label[for="task_id"]').textContent()).trim(), `${t('field.task_id')} *`);
        await checkA11y(page, `request form, task id shown (${at})`);
        await assertNoHorizontalScroll(page, `request form, task id shown (${at})`);
        await page.getByLabel(t('option.request_mode.sync'), { exact: true }).check();
        assert.equal(await task.isHidden(), true, 'back to Sync hides task_id');

        // Payments + Async, task id given but no simp_id, and a file chosen.
        const v = await fillIncident(page, {
          product: 'payments',
          request_mode: 'async',
          task_id: '7d1c3b5a-9e2f-4a8b-b6c4-1e3f5a7b9d20',
          subject: 'Payment initiation times out',
        });
        assert.equal(await simp.isVisible(), true);
        await page.check('#refresh_related');
        await page.getByLabel(t('attach.request_files'), { exact: true }).setInputFiles({
          name: 'trace.txt', mimeType: 'text/plain', buffer: Buffer.from('502 after 30 s\n'),
        });
        const response = await submitAndWait(page, page.getByRole('button', { name: t('request_new.submit') }));
        assert.equal(response.status(), 422);
        assert.equal(new URL(page.url()).pathname, `/hc/${lang}/requests/new`);

        // The error summary is at the top, has focus, and links to the field.
        const summary = page.locator('.error-summary');
        await summary.getByRole('heading', { name: t('form.problem') }).waitFor();
        const summaryBox = await summary.boundingBox();
        const formBox = await page.locator('form.incident-form').boundingBox();
        assert.ok(summaryBox.y < formBox.y, 'error summary sits above the form');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
        // Two things to do: the missing simp_id, and the file to choose again.
        const summaryLinks = summary.getByRole('link');
        assert.deepEqual((await summaryLinks.allTextContents()).map((x) => x.trim()),
          [t('error.simp_id.required'), t('attach.choose_again')]);
        const summaryLink = summaryLinks.first();
        assert.equal(await summaryLink.getAttribute('href'), '#simp_id');
        assert.equal(await summaryLinks.nth(1).getAttribute('href'), '#files');

        // The inline error beside the field, wired to it for assistive technology.
        const inline = page.locator('#field-simp_id .error-message');
        assert.equal((await inline.textContent()).trim(), t('error.simp_id.required'));
        assert.equal(await simp.isVisible(), true);
        assert.equal(await page.getAttribute('#simp_id', 'aria-invalid'), 'true');
        assert.ok((await page.getAttribute('#simp_id', 'aria-describedby')).split(' ').includes('simp_id-error'));

        // The file is not silently lost: the field says to choose it again.
        assert.equal((await page.locator('#files-error').textContent()).trim(), t('attach.choose_again'));
        assert.ok((await page.getAttribute('#files', 'aria-describedby')).split(' ').includes('files-error'));

        // Following the summary link moves focus to the field.
        await summaryLink.click();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'simp_id');

        // Nothing typed was lost.
        assert.equal(await page.inputValue('#subject'), v.subject);
        assert.equal(await page.inputValue('#product'), 'payments');
        assert.equal(await page.inputValue('#client_id'), v.client_id);
        assert.equal(await page.inputValue('#occurred_at-date'), v.date);
        assert.equal(await page.inputValue('#occurred_at-time'), v.time);
        assert.equal(await page.inputValue('#occurred_at-offset'), v.offset);
        assert.equal(await page.inputValue('#error_message'), v.error_message);
        assert.equal(await page.inputValue('#steps'), v.steps);
        assert.equal(await page.inputValue('#endpoints'), v.endpoints);
        assert.equal(await page.isChecked('input[name="request_mode"][value="async"]'), true);
        assert.equal(await page.inputValue('#task_id'), v.task_id);
        assert.equal(await task.isVisible(), true);
        assert.equal(await page.inputValue('#x_request_id'), v.x_request_id);
        assert.equal(await page.inputValue('#description'), v.description);
        assert.equal(await page.isChecked('#refresh_related'), true);
        assert.equal(await page.inputValue('#device'), 'Linux');

        await checkA11y(page, `request form with errors (${at})`);
        await assertNoHorizontalScroll(page, `request form with errors (${at})`);
        if (lang === 'en' && viewport === DESKTOP) await screenshotBoth(page, 'request-new-errors');

        // Fixing the one field is enough to file the request.
        await page.fill('#simp_id', '0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30');
        const ok = await submitAndWait(page, page.getByRole('button', { name: t('request_new.submit') }));
        assert.equal(ok.status(), 200);
        assert.match(new URL(page.url()).pathname, new RegExp(`^/hc/${lang}/requests/\\d+$`));
        await page.getByRole('heading', { name: t('request.filed_heading') }).waitFor();
        assert.equal((await detail(page, t('field.simp_id')).textContent()).trim(),
          '0f8e2d9c-4b1a-4c3e-9d7f-2a6b8c1e5f30');
        assert.equal((await detail(page, t('field.task_id')).textContent()).trim(), v.task_id);
      } finally {
        await context.close();
      }
    });
  }

  test(`without JavaScript every conditional field is shown and the server still checks it (${lang})`, async () => {
    // Sign up with JS (the account), then use the form in a JS-less context
    // holding the same session, as a browser with scripts blocked would.
    const setup = await inLanguage(lang, DESKTOP);
    const page0 = await setup.newPage();
    await signUp(page0);
    const state = await setup.storageState();
    await setup.close();

    const context = await newContext(browser, { locale: BROWSER_LOCALE[lang], js: false, storageState: state });
    const page = await context.newPage();
    try {
      await visit(page, `/hc/${lang}/requests/new`);
      for (const id of ['#simp_id', '#task_id', '#refresh_token']) {
        assert.equal(await page.locator(id).isVisible(), true, `${id} is visible without JS`);
      }
      await fillIncident(page, { product: 'payments', subject: 'No-JS payments request' });
      const res = await submitAndWait(page, page.getByRole('button', { name: t('request_new.submit') }));
      assert.equal(res.status(), 422);
      const link = page.locator('.error-summary a[href="#simp_id"]');
      assert.equal(await link.count(), 1);
      assert.match((await link.textContent()).trim(), exactly(t('error.simp_id.required')));
      assert.equal(await page.inputValue('#subject'), 'No-JS payments request');
    } finally {
      await context.close();
    }
  });
}
