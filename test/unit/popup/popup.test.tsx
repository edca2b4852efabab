import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import type { PopupApi } from '../../../components/popup/use-popup';
import type { PopupStart, QuickSearchReply, RecordSummaryReply } from '../../../lib/messaging/popup-protocol';

const ORG = 'https://contoso.crm.dynamics.com';
const OTHER = 'https://fabrikam.crm4.dynamics.com';
const KARIM = { entity: 'contact' as const, id: '02964e67-a9d4-4422-acc6-573c7cc89a07' };
const SABINE = { entity: 'lead' as const, id: 'ce66827a-4343-46f5-8616-3247d22167dd' };
const JAMES = { entity: 'contact' as const, id: '9c53ef27-9ff6-467f-9850-36441df9f58a' };

const summaryOf = (record: { entity: 'contact' | 'lead'; id: string }): RecordSummaryReply => ({
  state: 'ok',
  record,
  latest: [{ id: 'e1', kind: 'email', title: '<img src=x onerror=alert(1)> Quote', time: '2026-11-30T10:00:00Z' }],
  counts: [
    { kind: 'email', count: 4 },
    { kind: 'email', channel: 'email', count: 2 },
  ],
  total: 6,
  sources: [{ id: 'posts', label: 'Posts', state: 'denied' }],
  complete: true,
});

function api(patch: Partial<PopupApi> = {}, start: PopupStart = { orgs: [{ url: ORG }], recent: [] }) {
  const searchReply: QuickSearchReply = {
    state: 'ok',
    query: 'ka',
    tables: {
      contact: { state: 'ok', hits: [{ ...KARIM, name: 'Karim Khalil', company: 'Fourth Coffee', email: 'karim@example.com' }] },
      lead: { state: 'ok', hits: [{ ...SABINE, name: 'Sabine Kaiser', company: 'Silverline Foods' }] },
    },
  };
  return {
    start: vi.fn(async () => start),
    search: vi.fn(async () => searchReply),
    summary: vi.fn(async (_org: string, record: { entity: 'contact' | 'lead'; id: string }) => summaryOf(record)),
    open: vi.fn(async () => true),
    debounceMs: 0,
    summaryDelayMs: 0,
    ...patch,
  } satisfies PopupApi;
}

const box = () => screen.getByTestId('quick-search') as HTMLInputElement;
const results = () => screen.queryAllByTestId('quick-search-result');
const selected = () =>
  results()
    .find((r) => r.getAttribute('aria-selected') === 'true')
    ?.getAttribute('data-record');

afterEach(cleanup);

describe('Popup', () => {
  it('searches as you type, with kind and company; arrows move and Enter opens the active match', async () => {
    const a = api();
    const opened = vi.fn();
    render(<Popup api={a} onOpened={opened} />);
    await waitFor(() => expect(document.activeElement).toBe(box()));
    fireEvent.input(box(), { target: { value: 'ka' } });
    await waitFor(() => expect(results()).toHaveLength(2));
    expect(a.search).toHaveBeenCalledWith(ORG, 'ka');
    expect(results()[0]!.textContent).toContain('Karim Khalil');
    expect(results()[0]!.textContent).toContain('Contact');
    expect(results()[0]!.textContent).toContain('Fourth Coffee');
    expect(results()[1]!.textContent).toContain('Lead');
    expect(selected()).toBe(`contact:${KARIM.id}`);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(selected()).toBe(`lead:${SABINE.id}`);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(selected()).toBe(`contact:${KARIM.id}`);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'Enter' });
    await waitFor(() => expect(a.open).toHaveBeenCalledWith(ORG, SABINE));
    await waitFor(() => expect(opened).toHaveBeenCalled());
  });

  it('shows the active record’s summary: counts by channel, the latest as text, what was left out', async () => {
    render(<Popup api={api()} />);
    fireEvent.input(await screen.findByTestId('quick-search'), { target: { value: 'ka' } });
    const summary = await screen.findByTestId('record-summary');
    await waitFor(() => expect(summary.getAttribute('data-state')).toBe('ready'));
    expect(summary.getAttribute('data-record')).toBe(`contact:${KARIM.id}`);
    expect(screen.getByTestId('summary-total').textContent).toBe('6 interactions');
    expect(screen.getAllByTestId('summary-count').map((c) => c.textContent)).toEqual(['Email 4', 'Marketing email 2']);
    expect(screen.getByText('<img src=x onerror=alert(1)> Quote')).toBeTruthy();
    expect(summary.querySelector('img')).toBeNull();
    expect(summary.textContent).toContain('Not included (your security role cannot read them): Posts.');
  });

  it('lists the recent records of the org when nothing is typed', async () => {
    const start: PopupStart = {
      orgs: [{ url: ORG }, { url: OTHER }],
      recent: [
        { ...JAMES, orgUrl: ORG, name: 'James Reynolds', openedAt: 3 },
        { ...SABINE, orgUrl: OTHER, name: 'Elsewhere', openedAt: 2 },
      ],
    };
    const a = api({}, start);
    render(<Popup api={a} />);
    const recent = await screen.findAllByTestId('recent-record');
    expect(recent.map((r) => r.getAttribute('data-record'))).toEqual([`contact:${JAMES.id}`]);
    await waitFor(() => expect(a.summary).toHaveBeenCalledWith(ORG, JAMES));
    fireEvent.change(screen.getByTestId('org-picker'), { target: { value: OTHER } });
    await waitFor(() => expect(screen.getAllByTestId('recent-record')[0]!.textContent).toContain('Elsewhere'));
  });

  it('explains how to start when no org is known', async () => {
    render(<Popup api={api({}, { orgs: [], recent: [] })} />);
    const message = await screen.findByTestId('popup-message');
    expect(message.getAttribute('data-state')).toBe('no-org');
    expect(message.textContent).toMatch(/open a contact or a lead/i);
    expect(screen.queryByTestId('quick-search')).toBeNull();
  });

  it('uses the active tab’s org first, and a known ?org= otherwise', async () => {
    const a = api({ requestedOrg: OTHER }, { orgs: [{ url: ORG }, { url: OTHER }], recent: [], tabOrg: 'https://tab.crm.dynamics.com' });
    render(<Popup api={a} />);
    fireEvent.input(await screen.findByTestId('quick-search'), { target: { value: 'ka' } });
    await waitFor(() => expect(a.search).toHaveBeenCalledWith('https://tab.crm.dynamics.com', 'ka'));
    cleanup();
    const b = api({ requestedOrg: OTHER }, { orgs: [{ url: ORG }, { url: OTHER }], recent: [] });
    render(<Popup api={b} />);
    fireEvent.input(await screen.findByTestId('quick-search'), { target: { value: 'ka' } });
    await waitFor(() => expect(b.search).toHaveBeenCalledWith(OTHER, 'ka'));
  });

  it('says signed out with a sign-in link to the org', async () => {
    render(<Popup api={api({ search: vi.fn(async () => ({ state: 'signed-out' as const, orgUrl: ORG })) })} />);
    fireEvent.input(await screen.findByTestId('quick-search'), { target: { value: 'karim' } });
    const message = await screen.findByTestId('popup-message');
    expect(message.textContent).toContain('You are signed out of contoso.crm.dynamics.com.');
    const link = screen.getByTestId('sign-in') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(ORG);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('says which kind the user may not read, and still lists the other', async () => {
    const search = vi.fn(async (): Promise<QuickSearchReply> => ({
      state: 'ok',
      query: 'karim',
      tables: {
        contact: { state: 'ok', hits: [{ ...KARIM, name: 'Karim Khalil' }] },
        lead: { state: 'denied', privilege: 'prvReadLead' },
      },
    }));
    render(<Popup api={api({ search })} />);
    fireEvent.input(await screen.findByTestId('quick-search'), { target: { value: 'karim' } });
    const notice = await screen.findByTestId('search-notice');
    expect(notice.getAttribute('data-entity')).toBe('lead');
    expect(notice.textContent).toBe('You cannot read leads: your security role lacks prvReadLead. An administrator can grant it.');
    expect(results().map((r) => r.getAttribute('data-record'))).toEqual([`contact:${KARIM.id}`]);
  });

  it('asks for two characters before searching, and Esc clears the box', async () => {
    const a = api();
    render(<Popup api={a} />);
    fireEvent.input(await screen.findByTestId('quick-search'), { target: { value: 'k' } });
    expect(screen.getByText('Type at least 2 characters to search.')).toBeTruthy();
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box().value).toBe('');
    expect(a.search).not.toHaveBeenCalled();
  });

  it('says so when the worker cannot be reached', async () => {
    render(<Popup api={api({ start: vi.fn(async () => null) })} />);
    expect((await screen.findByTestId('popup-message')).getAttribute('data-state')).toBe('no-worker');
  });
});
