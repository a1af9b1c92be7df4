// Runs in the extension host of a code-server whose only Newsmark is the one installed from
// newsmark.vsix: checks that copy (not the repo) loads, activates on an article, exports its
// API and registers every command its package.json contributes. Any failure throws, and the
// workbench then reports a non-zero exit code.
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'newsmark.newsmark';

function screenshot(name) {
  const endpoint = process.env.NEWSMARK_SCREENSHOT_URL;
  if (!endpoint) return Promise.resolve('');
  const url = new URL(endpoint);
  url.searchParams.set('name', name);
  return new Promise((resolve, reject) => {
    http.request(url, { method: 'POST' }, (res) => { res.resume(); res.on('end', resolve); }).on('error', reject).end();
  });
}

async function check(name, fn) {
  try {
    await fn();
    console.log(`  ✔ ${name}`);
  } catch (e) {
    console.error(`  ✘ ${name}: ${e && e.message}`);
    throw e;
  }
}

exports.run = async function run() {
  console.log('vsix check (extension installed from newsmark.vsix)');
  const extensionsDir = process.env.NEWSMARK_VSIX_EXTENSIONS_DIR;
  let extension;
  await check('the installed extension is present, from the fresh extensions dir', async () => {
    extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.ok(extensionsDir, 'NEWSMARK_VSIX_EXTENSIONS_DIR is not set');
    const relative = path.relative(extensionsDir, extension.extensionPath);
    assert.ok(!relative.startsWith('..') && !path.isAbsolute(relative), `${EXTENSION_ID} loaded from ${extension.extensionPath}, not from ${extensionsDir}`);
  });
  await check('it activates when a news article is opened', async () => {
    const [article] = await vscode.workspace.findFiles('*.txt', undefined, 1);
    assert.ok(article, 'the workspace holds no *.txt article');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    for (let i = 0; i < 200 && !extension.isActive; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(extension.isActive, `${EXTENSION_ID} did not activate (activationEvents: ${JSON.stringify(extension.packageJSON.activationEvents)})`);
  });
  await check('activate() returned the API object', async () => {
    // Already active, so this only hands back the exports, or the error activate() threw.
    const api = await extension.activate();
    assert.equal(typeof api, 'object', 'activate() should return the Newsmark API object (did it throw?)');
    assert.notEqual(api, null);
  });
  await check('every contributed command is registered', async () => {
    const contributed = ((extension.packageJSON.contributes || {}).commands || []).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    console.log(`    (${contributed.length} contributed command(s))`);
  });
  await new Promise((r) => setTimeout(r, 500)); // let the editor paint before the picture
  await screenshot('vsix-installed-article-open');
  console.log('vsix check passed');
};
