// The meetings timeline, inside a webview: one lane per person, a mark per meeting on a time axis (held
// filled, planned hollow), a card on hover or focus, a click or Enter to open the report. Plain SVG and
// DOM — no library: every timeline library we looked at styles elements inline (blocked by the strict
// Content Security Policy) or draws on a canvas (no keyboard focus, no accessible names). Text from the
// articles is only ever set as textContent.

interface Meeting {
  readonly id: string;
  readonly label: string;
  readonly date: string | null;
  readonly reported: string | null;
  readonly participants: readonly string[];
  readonly kind: string;
  readonly status: string;
  readonly place: string | null;
  readonly occasion: string | null;
  readonly reports: readonly { readonly uri: string; readonly range: unknown }[];
}

interface Show {
  readonly type: 'show';
  readonly meetings: readonly Meeting[];
  /** The lanes: people, most meetings first. */
  readonly people: readonly string[];
}

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
const LANE = 28;
const LEFT = 180;
const TOP = 36;

const root = document.getElementById('timeline')!;
const card = document.getElementById('card')!;
const lanesPicker = document.getElementById('lanes') as HTMLSelectElement;
let current: Show | undefined;

window.addEventListener('message', (event: MessageEvent<Show>) => {
  if (event.data?.type !== 'show') return;
  current = event.data;
  fillPicker(current.people);
  draw();
});
lanesPicker.addEventListener('change', draw);
vscode.postMessage({ type: 'ready' });

function fillPicker(people: readonly string[]): void {
  const chosen = new Set([...lanesPicker.selectedOptions].map((o) => o.value));
  lanesPicker.replaceChildren(
    ...people.map((person, i) => {
      const option = document.createElement('option');
      option.value = person;
      option.textContent = person;
      option.selected = chosen.size ? chosen.has(person) : i < 12;
      return option;
    }),
  );
}

function dayOf(m: Meeting): number | undefined {
  const iso = m.date ?? m.reported;
  return iso ? Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000 : undefined;
}

function draw(): void {
  if (!current) return;
  const started = performance.now();
  const lanes = [...lanesPicker.selectedOptions].map((o) => o.value);
  const meetings = current.meetings.filter((m) => dayOf(m) !== undefined && m.participants.some((p) => lanes.includes(p)));
  const days = meetings.map((m) => dayOf(m)!);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const width = Math.max(root.clientWidth, 600);
  const x = (day: number) => LEFT + ((day - first) / Math.max(1, last - first)) * (width - LEFT - 24);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(TOP + lanes.length * LANE + 8));
  svg.setAttribute('role', 'list');
  svg.setAttribute('aria-label', `Meetings of ${lanes.length} people`);
  for (const [i, person] of lanes.entries()) {
    const y = TOP + i * LANE + LANE / 2;
    const line = element('line', { x1: LEFT, x2: width - 16, y1: y, y2: y, class: 'lane' });
    const name = element('text', { x: 8, y: y + 4, class: 'person' });
    name.textContent = person;
    svg.append(line, name);
  }
  for (const year of yearsBetween(first, last)) {
    const tick = element('text', { x: x(year.day), y: 20, class: 'tick' });
    tick.textContent = year.label;
    svg.append(tick, element('line', { x1: x(year.day), x2: x(year.day), y1: 24, y2: TOP + lanes.length * LANE, class: 'year' }));
  }
  for (const meeting of meetings) {
    for (const person of meeting.participants) {
      const lane = lanes.indexOf(person);
      if (lane < 0) continue;
      const mark = element('circle', {
        cx: x(dayOf(meeting)!),
        cy: TOP + lane * LANE + LANE / 2,
        r: 6,
        class: `mark ${meeting.status === 'planned' ? 'planned' : 'held'}`,
        tabindex: 0,
        role: 'button',
        'aria-label': `${meeting.label}${meeting.status === 'planned' ? ' (planned)' : ''}`,
      });
      mark.addEventListener('mouseenter', () => showCard(meeting, mark));
      mark.addEventListener('focus', () => showCard(meeting, mark));
      mark.addEventListener('mouseleave', hideCard);
      mark.addEventListener('blur', hideCard);
      mark.addEventListener('click', () => open(meeting));
      mark.addEventListener('keydown', (event) => onKey(event as KeyboardEvent, meeting, mark));
      svg.append(mark);
    }
  }
  root.replaceChildren(svg);
  vscode.postMessage({ type: 'drawn', marks: svg.querySelectorAll('.mark').length, ms: Math.round(performance.now() - started) });
}

function onKey(event: KeyboardEvent, meeting: Meeting, mark: Element): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    open(meeting);
    return;
  }
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  // Along the lane, to the next or previous mark.
  const y = mark.getAttribute('cy');
  const same = [...root.querySelectorAll<SVGCircleElement>(`.mark[cy="${y}"]`)].sort(
    (a, b) => Number(a.getAttribute('cx')) - Number(b.getAttribute('cx')),
  );
  const next = same[same.indexOf(mark as SVGCircleElement) + (event.key === 'ArrowRight' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

function open(meeting: Meeting): void {
  vscode.postMessage({ type: 'open', report: meeting.reports[0] });
}

function showCard(meeting: Meeting, mark: Element): void {
  const box = mark.getBoundingClientRect();
  const lines = [
    meeting.label,
    [meeting.kind, meeting.status, meeting.date ? '' : `date not given (reported ${meeting.reported ?? '?'})`].filter(Boolean).join(' · '),
    meeting.occasion ?? '',
    `reported in ${meeting.reports.length} article${meeting.reports.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  card.replaceChildren(
    ...lines.map((text, i) => {
      const line = document.createElement(i === 0 ? 'strong' : 'div');
      line.textContent = text;
      return line;
    }),
  );
  card.hidden = false;
  card.style.setProperty('--card-left', `${Math.min(box.left, window.innerWidth - 320)}px`);
  card.style.setProperty('--card-top', `${box.bottom + 6 + window.scrollY}px`);
}

function hideCard(): void {
  card.hidden = true;
}

function yearsBetween(first: number, last: number): { day: number; label: string }[] {
  const from = new Date(first * 86_400_000).getUTCFullYear();
  const to = new Date(last * 86_400_000).getUTCFullYear();
  const years = [];
  for (let year = from; year <= to + 1; year++) {
    const day = Date.UTC(year, 0, 1) / 86_400_000;
    if (day >= first && day <= last) years.push({ day, label: String(year) });
  }
  return years;
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) e.setAttribute(key, String(value));
  return e;
}
