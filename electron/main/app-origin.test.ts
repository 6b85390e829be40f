import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devServerUrl, isAppUrl } from './app-origin';

describe('isAppUrl compares scheme, host and port whole', () => {
  it('accepts the app origin, whatever the path, query or hash', () => {
    expect(isAppUrl(APP_ENTRY_URL, null)).toBe(true);
    expect(isAppUrl('gloss-app://app/index.html#/article/x', null)).toBe(true);
    expect(isAppUrl('gloss-app://app/assets/a.js?x', null)).toBe(true);
  });

  it('refuses file://, other hosts, ports, schemes and credentials in the packaged app', () => {
    for (const url of [
      'file:///opt/gloss/out/renderer/index.html',
      'file://evil.example/opt/gloss/out/renderer/index.html',
      'file://evil.example/C:/Program%20Files/Gloss/resources/app.asar/out/renderer/index.html',
      'gloss-app://evil.example/index.html',
      'gloss-app://app.evil.example/index.html',
      'gloss-app://app:1234/index.html',
      'gloss-app://user@app/index.html',
      'gloss://app/index.html',
      'https://app/index.html',
      'http://localhost:5173/',
      'about:blank',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url, null), url).toBe(false);
    }
  });

  it('in development accepts only the dev server origin, port included', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/#/article/x', dev)).toBe(true);
    for (const url of ['http://localhost:5174/', 'https://localhost:5173/', 'http://localhost.evil.example:5173/', 'http://localhost:5173.evil.example/', 'http://127.0.0.1:5173/', APP_ENTRY_URL, 'file:///index.html']) {
      expect(isAppUrl(url, dev), url).toBe(false);
    }
  });
});

describe('devServerUrl', () => {
  it('is honoured only when not packaged', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
  });

  it('is honoured only for a loopback http(s) server', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, false)).toBe('http://127.0.0.1:5173/');
    for (const bad of ['https://evil.example/', 'file:///tmp/evil.html', 'http://localhost.evil.example/', 'javascript:alert(1)', 'nonsense']) {
      expect(devServerUrl({ ELECTRON_RENDERER_URL: bad }, false), bad).toBeNull();
    }
  });
});
