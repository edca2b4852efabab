// One small SVG icon per interaction kind (24×24 paths, drawn for this project).
import type { InteractionKind } from '../../lib/timeline/model';

const PATHS: Record<InteractionKind, string> = {
  email: 'M3 5h18v14H3z M3 6l9 7 9-7',
  phonecall: 'M6 3l3 4-2 2a11 11 0 0 0 8 8l2-2 4 3-2 3C10 21 3 14 3 5z',
  appointment: 'M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5',
  task: 'M4 4h16v16H4z M8 12l3 3 5-6',
  letter: 'M5 3h10l4 4v14H5z M15 3v4h4 M8 12h8 M8 16h8',
  fax: 'M6 9V3h12v6 M4 9h16v9H4z M7 14h10 M7 18v3h10v-3',
  note: 'M5 3h14v13l-5 5H5z M14 21v-5h5 M8 8h8 M8 12h5',
  post: 'M4 5h16v11H9l-5 4z M8 9h8 M8 12h5',
  case: 'M4 7h16v12H4z M9 7V4h6v3 M4 12h16',
  sms: 'M5 4h14v12H10l-5 4z M8 9h1 M12 9h1 M16 9h1',
  push: 'M8 2h8v20H8z M11 18h2 M18 5l3-2 M18 9h3',
  web: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  form: 'M5 3h14v18H5z M8 7h8 M8 11h8 M8 15h4',
  event: 'M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5 M10 15l2-2 2 2-2 2z',
  activity: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M12 7v5l3 3',
};

export function KindIcon({ kind }: { kind: InteractionKind }) {
  return (
    <svg class="tp-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
