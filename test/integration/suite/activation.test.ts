import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshot } from '../screenshot';

const EXTENSION_ID = 'newsmark.newsmark';

async function firstSampleArticle(): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles('*.txt', undefined, 1);
  assert.ok(uri, 'the test workspace (a copy of samples/) holds no *.txt article');
  return uri;
}

/** Activation follows the extension's own activation events; nothing here forces it. */
async function waitUntilActive(extension: vscode.Extension<unknown>): Promise<void> {
  for (let i = 0; i < 200 && !extension.isActive; i++) await new Promise((r) => setTimeout(r, 100));
}

describe('activation', () => {
  it('activates when a news article is opened and exports its API', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in the extension host`);
    const document = await vscode.workspace.openTextDocument(await firstSampleArticle());
    await vscode.window.showTextDocument(document);
    await waitUntilActive(extension);
    assert.ok(extension.isActive, `${EXTENSION_ID} did not activate on opening ${document.uri.fsPath} (activationEvents: ${JSON.stringify(extension.packageJSON.activationEvents)})`);
    // Already active, so this only hands back the exports, or the error activate() threw.
    const api: unknown = await extension.activate();
    assert.equal(typeof api, 'object', 'activate() should return the Newsmark API object (did it throw?)');
    assert.notEqual(api, null);
    await screenshot('activation-article-open');
  });
});
