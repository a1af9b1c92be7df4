// Lets an integration test photograph the whole workbench, as a person would see it. The
// code-server runner serves a loopback endpoint (NEWSMARK_SCREENSHOT_URL) that calls
// Playwright's page.screenshot(); under a desktop VS Code there is none, so this only says so.
import * as http from 'node:http';

/** Takes a PNG of the workbench into screenshots/<name>.png; resolves to its path ('' when unavailable). */
export async function screenshot(name: string): Promise<string> {
  const endpoint = process.env.NEWSMARK_SCREENSHOT_URL;
  if (!endpoint) {
    console.log(`[screenshot] skipped "${name}": no screenshot endpoint under this VS Code (desktop route)`);
    return '';
  }
  const url = new URL(endpoint);
  url.searchParams.set('name', name);
  const body = await new Promise<string>((resolve, reject) => {
    const req = http.request(url, { method: 'POST' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`screenshot "${name}" failed: ${res.statusCode} ${text}`))));
    });
    req.on('error', reject);
    req.end();
  });
  return (JSON.parse(body) as { path: string }).path;
}
