// A screenshot showing a card number is refused by the server's OCR; the
// page marks the words it found in the in-browser redactor, and the
// blacked-out picture is then taken.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newContext, signUp, fillIncident, submitAndWait } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a refused screenshot comes back with its words marked, and the blacked-out one is taken', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    await signUp(page);
    await fillIncident(page);
    const filed = await submitAndWait(page, page.getByRole('button', { name: 'Submit request' }));
    assert.equal(filed.status(), 200);
    const requestPath = new URL(page.url()).pathname;
    assert.match(requestPath, /^\/hc\/en\/requests\/\d+$/);

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
    await page.setInputFiles('#upload-files', { name: 'checkout.png', mimeType: 'image/png', buffer });
    await page.locator('[data-redactor]').waitFor({ state: 'visible' });

    const upload = page.getByRole('button', { name: 'Upload', exact: true });
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/attachments') && r.request().method() === 'POST'),
      upload.click(),
    ]);
    assert.equal(refused.status(), 422);
    await page.waitForFunction(() =>
      document.querySelector('.upload-status').textContent.includes('This screenshot shows'));
    const message = await page.locator('.upload-status').textContent();
    assert.match(message, /card number/);
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

    // Upload again: only the blacked-out picture is sent, and taken.
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), upload.click()]);
    assert.equal(new URL(page.url()).pathname, requestPath);
    await page.locator('.file-list').getByText('checkout.png').waitFor();
  } finally {
    await context.close();
  }
});
