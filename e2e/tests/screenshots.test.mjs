// A screenshot showing a card number is refused by the server's OCR; the
// page marks the words it found in the in-browser redactor, and the
// blacked-out picture is then taken — in English and Italian, at 1280 and
// 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newContext, checkA11y, assertNoHorizontalScroll, signUp, fillIncident, submitAndWait,
  BASE_URL, DESKTOP, PHONE,
} from '../lib/harness.mjs';
import { translator } from '../lib/locale.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of ['en', 'it']) {
  const l = translator(lang);
  for (const viewport of [DESKTOP, PHONE]) {
    const at = `${lang}, ${viewport.width}px`;
    test(`a refused screenshot comes back with its words marked, and the blacked-out one is taken (${at})`, async () => {
      const context = await newContext(browser, { viewport, locale: lang === 'it' ? 'it-IT' : 'en-US' });
      await context.addCookies([{ name: 'sportello_lang', value: lang, url: BASE_URL }]);
      const page = await context.newPage();
      try {
        await signUp(page);
        await fillIncident(page);
        const filed = await submitAndWait(page, page.getByRole('button', { name: l('request_new.submit') }));
        assert.equal(filed.status(), 200);
        const requestPath = new URL(page.url()).pathname;
        assert.match(requestPath, new RegExp(`^/hc/${lang}/requests/\\d+$`));

        // A real PNG with real text, drawn by the browser itself.
        const dataUrl = await page.evaluate(() => {
          const c = document.createElement('canvas');
          c.width = 640; c.height = 130;
          const g = c.getContext('2d');
          g.fillStyle = '#ffffff'; g.fillRect(0, 0, c.width, c.height);
          g.fillStyle = '#111111'; g.font = '24px sans-serif';
          g.fillText('Checkout failed', 20, 45);
          g.fillText('Card 4539 1488 0343 6467 exp 04/29', 20, 95);
          return c.toDataURL('image/png');
        });
        const buffer = Buffer.from(dataUrl.split(',')[1], 'base64');
        await page.getByLabel(l('attach.choose'), { exact: true }).setInputFiles({ name: 'checkout.png', mimeType: 'image/png', buffer });
        await page.getByText(l('attach.redact_hint')).waitFor({ state: 'visible' });
        await page.getByRole('button', { name: l('attach.redact_undo') }).waitFor();
        await checkA11y(page, `redactor open (${at})`);
        await assertNoHorizontalScroll(page, `redactor open (${at})`);

        const upload = page.getByRole('button', { name: l('attach.upload'), exact: true });
        const [refused] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/attachments') && r.request().method() === 'POST'),
          upload.click(),
        ]);
        assert.equal(refused.status(), 422);
        const expected = l('attach.ocr_found', { kind: l('attach.kind.card_number') });
        await page.waitForFunction((text) =>
          document.querySelector('.upload-status').textContent.trim() === text, expected);
        const message = await page.locator('.upload-status').textContent();
        assert.ok(!message.includes('4539'), 'the message never quotes the number');
        assert.equal(new URL(page.url()).pathname, requestPath, 'still on the request page');

        // The words were marked: black boxes on the redactor's canvas.
        const black = await page.evaluate(() => {
          const c = document.querySelector('.redact-canvas');
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i] === 0 && d[i + 1] === 0 && d[i + 2] === 0) n += 1;
          return n;
        });
        assert.ok(black > 2000, `black pixels: ${black}`);
        await checkA11y(page, `screenshot refused, words marked (${at})`);
        await assertNoHorizontalScroll(page, `screenshot refused (${at})`);

        // Upload again: only the blacked-out picture is sent, and taken.
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), upload.click()]);
        assert.equal(new URL(page.url()).pathname, requestPath);
        await page.locator('.file-list').getByText('checkout.png').waitFor();
      } finally {
        await context.close();
      }
    });
  }
}
