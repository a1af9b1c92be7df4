// Shared by the integration suites: the extension's API, opening samples, waiting for state.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/extension';

export async function newsmarkApi(): Promise<NewsmarkApi> {
  const ext = vscode.extensions.getExtension<NewsmarkApi>('newsmark.newsmark');
  assert.ok(ext, 'extension newsmark.newsmark is installed');
  return ext.isActive ? ext.exports : ext.activate();
}

/** A sample article in the test workspace, not a copy an export test wrote into exports/. */
export async function sampleUri(name: string): Promise<vscode.Uri> {
  const found = (await vscode.workspace.findFiles(`**/${name}`, '**/exports/**')).sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  assert.ok(found[0], `sample ${name} is in the test workspace`);
  return found[0];
}

export async function openSample(name: string): Promise<vscode.TextEditor> {
  const uri = await sampleUri(name);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

/** Polls `probe` until it gives a truthy value; fails with `what` after `ms`. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 15000, every = 100): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const readText = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
