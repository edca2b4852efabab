import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/timeline/Panel';
import type { TimelineUpdate } from '../../../lib/messaging/protocol';
import { NO_FILTERS } from '../../../lib/timeline/filters';
import { applyUpdate, initialModel, type PanelModel } from '../../../lib/timeline/panel-state';
import type { Interaction } from '../../../lib/timeline/model';

const RECORD = { entity: 'contact' as const, id: '70bf4d48-34cb-ed11-b596-0022481d68cd' };
const zone = { locale: 'en-US', offsetMinutes: 0 };
const actions = { hrefFor: () => 'https://contoso.crm.dynamics.com/main.aspx', open: vi.fn() };

const email: Interaction = {
  id: 'e1',
  kind: 'email',
  source: 'activities',
  title: '<img src=x onerror=alert(1)> Quote',
  time: '2026-12-01T10:00:00Z',
  direction: 'incoming',
  counterpart: 'Dana Whitfield',
  status: 'completed',
  open: { entity: 'email', id: 'e1' },
};

function update(patch: Partial<TimelineUpdate>): TimelineUpdate {
  return { requestId: 'r', record: RECORD, session: { state: 'ok', userId: 'u' }, sources: [], done: false, ...patch };
}

function show(model: PanelModel) {
  return render(
    <Panel
      model={model}
      zone={zone}
      collapsed={signal(false)}
      filters={signal(NO_FILTERS)}
      topOffset={96}
      actions={actions}
      onRefresh={() => undefined}
    />,
  );
}

afterEach(cleanup);

// happy-dom lays nothing out: give the feed a size so the virtual list has rows to show.
for (const [prop, value] of [
  ['offsetHeight', 800],
  ['offsetWidth', 380],
  ['clientHeight', 800],
  ['clientWidth', 380],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
}

describe('Panel', () => {
  it('renders rows with their ids, kinds and sources, and API text as text', () => {
    const model = applyUpdate(
      initialModel(RECORD, 'r'),
      update({
        sources: [{ id: 'activities', label: 'Activities', state: 'ok', message: '1 loaded', count: 1 }],
        items: { activities: [email] },
        done: true,
      }),
    );
    const { container } = show(model);
    const row = container.querySelector('[data-testid="timeline-item"]')!;
    expect(row.getAttribute('data-id')).toBe('e1');
    expect(row.getAttribute('data-kind')).toBe('email');
    expect(row.getAttribute('data-source')).toBe('activities');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)> Quote')).toBeTruthy();
    expect(container.querySelector('[data-testid="touchpoint-panel"]')!.getAttribute('data-state')).toBe('ready');
    expect(container.querySelector('[data-testid="timeline-count"]')!.textContent).toBe('1');
    fireEvent.click(screen.getByText('<img src=x onerror=alert(1)> Quote'));
    expect(actions.open).toHaveBeenCalledWith(email);
  });

  it('ignores updates meant for another request or record', () => {
    const model = initialModel(RECORD, 'r');
    expect(applyUpdate(model, update({ requestId: 'old', items: { activities: [email] } }))).toBe(model);
    expect(applyUpdate(model, update({ record: { entity: 'lead', id: RECORD.id }, items: { activities: [email] } }))).toBe(model);
  });

  it('says the user is signed out', () => {
    const model = applyUpdate(
      initialModel(RECORD, 'r'),
      update({ session: { state: 'signed-out', message: 'You are signed out of Dynamics 365.' }, done: true }),
    );
    const { container } = show(model);
    expect(container.querySelector('[data-testid="touchpoint-panel"]')!.getAttribute('data-state')).toBe('error');
    expect(screen.getByTestId('timeline-message').textContent).toMatch(/signed out/);
  });

  it('shows per-source progress while loading', () => {
    const model = applyUpdate(
      initialModel(RECORD, 'r'),
      update({
        sources: [
          { id: 'activities', label: 'Activities', state: 'loading', message: 'Loading… 40 so far' },
          { id: 'posts', label: 'Posts', state: 'denied', message: 'You cannot read Post: your security role lacks prvReadPost.' },
        ],
      }),
    );
    const { container } = show(model);
    const states = [...container.querySelectorAll('[data-testid="source-status"]')].map((e) => e.getAttribute('data-state'));
    expect(states).toEqual(['loading', 'denied']);
    expect(container.querySelector('[data-testid="touchpoint-panel"]')!.getAttribute('data-state')).toBe('loading');
  });

  it('collapses to a slim tab that still shows the count', () => {
    const collapsed = signal(false);
    const model = applyUpdate(initialModel(RECORD, 'r'), update({ items: { activities: [email] }, done: true }));
    const view = render(
      <Panel
        model={model}
        zone={zone}
        collapsed={collapsed}
        filters={signal(NO_FILTERS)}
        topOffset={0}
        actions={actions}
        onRefresh={() => undefined}
      />,
    );
    fireEvent.click(screen.getByLabelText('Collapse the timeline'));
    expect(collapsed.value).toBe(true);
    view.rerender(
      <Panel
        model={model}
        zone={zone}
        collapsed={collapsed}
        filters={signal(NO_FILTERS)}
        topOffset={0}
        actions={actions}
        onRefresh={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Open the Touchpoint timeline')).toBeTruthy();
    expect(screen.getByTestId('timeline-count').textContent).toBe('1');
  });
});
