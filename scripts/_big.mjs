process.on('unhandledRejection', e => { console.log('ERR', String(e.message).slice(0, 300)); process.exit(1); });
import { chromium } from '@playwright/test';
import fs from 'node:fs';
const ru = fs.readFileSync('.scratch/big.ru.txt', 'utf8'), en = fs.readFileSync('.scratch/big.en.txt', 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on('console', m => console.log('console:', m.type(), m.text().slice(0,200)));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto('http://127.0.0.1:4199/import'); await p.waitForSelector('html[data-ready]');
let t = Date.now();
await p.getByLabel('Title').fill('Big');
async function paste(label, text) {
  const handle = await p.getByLabel(label, { exact: true }).elementHandle();
  await handle.evaluate((el, text) => {
    el.focus();
    const dt = new DataTransfer(); dt.setData('text/plain', text);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    if (el.dispatchEvent(ev)) { const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set; setter.call(el, text); el.dispatchEvent(new Event('input', { bubbles: true })); }
  }, text);
}
await paste('Russian text', ru);
await paste('English text', en);
console.log('fill', Date.now() - t); t = Date.now();
await p.getByRole('button', { name: 'Align texts' }).click();
await p.getByRole('heading', { name: 'Check the alignment' }).waitFor({ timeout: 120000 });
console.log('align+review', Date.now() - t); t = Date.now();
console.log('rows', await p.getByRole('row').count());
await p.getByRole('button', { name: 'Save to my library' }).click();
await p.getByRole('alert').waitFor({ timeout: 60000 });
console.log('save', Date.now() - t, await p.getByRole('alert').textContent()); t = Date.now();
await p.getByRole('link', { name: 'Read it' }).click();
await p.locator('.para').first().waitFor({ timeout: 60000 });
console.log('open', Date.now() - t, 'paras', await p.locator('.para').count()); t = Date.now();
await p.keyboard.press('2'); await p.waitForTimeout(50);
const lat = await p.evaluate(() => new Promise(r => { const t0 = performance.now(); requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0))); }));
console.log('frame after switch', lat);
await b.close();
