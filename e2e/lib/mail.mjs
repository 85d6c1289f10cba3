// Reading the mail the SMTP sink (started by run.sh) wrote as .eml files.
import fs from 'node:fs';
import path from 'node:path';

export const MAIL_DIR = process.env.E2E_MAIL_DIR || '';

function decodeQuotedPrintable(text) {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/((?:=[0-9A-F]{2})+)/g, (m) => Buffer.from(m.replace(/=/g, ''), 'hex').toString('utf8'));
}

/** The readable text of a message: its parts decoded, joined. */
export function readable(raw) {
  let out = decodeQuotedPrintable(raw);
  const b64 = /Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi;
  for (const m of raw.matchAll(b64)) {
    out += '\n' + Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return out;
}

/** Messages to `to`, oldest first, decoded. */
export function messagesTo(to) {
  if (!MAIL_DIR || !fs.existsSync(MAIL_DIR)) return [];
  return fs.readdirSync(MAIL_DIR)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => fs.readFileSync(path.join(MAIL_DIR, f), 'utf8'))
    .filter((m) => m.toLowerCase().includes(to.toLowerCase()))
    .map(readable);
}

/** Waits (bounded) for a message to `to` matching `pattern`; returns the match. */
export async function waitForMail(to, pattern, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const m of messagesTo(to).reverse()) {
      const found = m.match(pattern);
      if (found) return found;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail to ${to} matching ${pattern} within ${timeoutMs} ms (mail dir ${MAIL_DIR || 'unset'})`);
}
