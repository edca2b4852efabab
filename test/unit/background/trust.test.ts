import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isExtensionPage, trustedFrame } from '../../../entrypoints/background/trust';

const id = fakeBrowser.runtime.id;
const tab = { id: 3 };
const frame = (url: string, extra: object = {}) => ({ id, url, tab, frameId: 0, ...extra });

describe('who may talk to the worker', () => {
  it('content scripts on Dynamics hosts and on custom orgs the user added', () => {
    expect(trustedFrame(frame('https://contoso.crm4.dynamics.com/main.aspx'), [])).toEqual({
      orgUrl: 'https://contoso.crm4.dynamics.com',
      target: { tabId: 3, frameId: 0 },
    });
    expect(trustedFrame(frame('https://crm.contoso.local/main.aspx'), ['https://crm.contoso.local'])?.orgUrl).toBe(
      'https://crm.contoso.local',
    );
  });

  it('nobody else: other extensions, look-alike hosts, plain http, other ports, no tab, no URL', () => {
    expect(trustedFrame(frame('https://contoso.crm.dynamics.com/', { id: 'another-extension' }), [])).toBeNull();
    expect(trustedFrame(frame('https://contoso.crm.dynamics.com.evil.example/main.aspx'), [])).toBeNull();
    expect(trustedFrame(frame('https://evil-dynamics.com/main.aspx'), [])).toBeNull();
    expect(trustedFrame(frame('http://contoso.crm.dynamics.com/main.aspx'), [])).toBeNull();
    expect(trustedFrame(frame('https://contoso.crm.dynamics.com:8443/main.aspx'), [])).toBeNull();
    expect(trustedFrame(frame('https://crm.contoso.local/main.aspx'), [])).toBeNull();
    expect(trustedFrame({ id, url: 'https://contoso.crm.dynamics.com/' }, [])).toBeNull();
    expect(trustedFrame({ id, tab }, [])).toBeNull();
  });

  it('extension pages are the extension’s own pages only, never a content script', () => {
    expect(isExtensionPage({ id, url: fakeBrowser.runtime.getURL('/popup.html') })).toBe(true);
    expect(isExtensionPage(frame('https://contoso.crm.dynamics.com/main.aspx'))).toBe(false);
    expect(isExtensionPage({ id: 'another-extension', url: fakeBrowser.runtime.getURL('/popup.html') })).toBe(false);
  });
});
