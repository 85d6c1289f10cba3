// Dev only: screenshots with app.css served from disk.
import fs from 'node:fs';
process.env.E2E_BASE_URL ??= 'http://127.0.0.1:18555';
const creds = fs.readFileSync('/tmp/dev/out.txt', 'utf8');
const pw = (r) => creds.match(new RegExp(`${r}\\s+(\\S+)\\s+password (\\S+)`));
process.env.E2E_REQUESTER_EMAIL = pw('requester')[1]; process.env.E2E_REQUESTER_PASSWORD = pw('requester')[2];
process.env.E2E_AGENT_EMAIL = pw('agent')[1]; process.env.E2E_AGENT_PASSWORD = pw('agent')[2];
const h = await import('/work/main/e2e/lib/harness.mjs');
const out = '/tmp/dev/shots'; fs.mkdirSync(out, { recursive: true });
const b = await h.launch();
async function ctx(vp) {
  const c = await h.newContext(b, { viewport: vp });
  await c.route('**/assets/app.css', (r) => r.fulfill({ contentType: 'text/css', body: fs.readFileSync('/work/main/crates/web/assets/app.css', 'utf8') }));
  return c;
}
const which = process.argv.slice(2);
for (const vp of [h.PHONE, h.DESKTOP]) {
  const c = await ctx(vp); const p = await c.newPage();
  const shot = async (n, opts = {}) => { if (!which.length || which.includes(n)) await p.screenshot({ path: `${out}/${n}-${vp.width}.png`, fullPage: true, ...opts }); };
  await p.goto('/hc/en/'); await shot('home');
  await p.goto('/signin'); await shot('signin');
  await h.signIn(p, { email: process.env.E2E_AGENT_EMAIL, password: process.env.E2E_AGENT_PASSWORD }, '/agent');
  await shot('queue');
  await p.goto('/agent/tickets/2'); await shot('ticket');
  await p.goto('/hc/en/requests/new'); await shot('new');
  await h.fillIncident(p, { product: 'payments', request_mode: 'async', task_id: '7d1c3b5a-9e2f-4a8b-b6c4-1e3f5a7b9d20' });
  await h.submitAndWait(p, p.getByRole('button', { name: 'Submit request' }));
  await shot('errors');
  await p.evaluate(() => document.activeElement.blur());
  await shot('errors-blur');
  await p.goto('/profile'); await shot('profile');
  await c.close();
}
await b.close();
