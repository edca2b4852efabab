// Export the user's settings as a JSON file, and import them from one: validated as a whole; a bad
// file is refused with the list of what is wrong, and nothing changes.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { exportSettings, importSettings } from '../../lib/settings/settings-file';
import type { Settings } from '../../lib/settings/settings';
import { SOURCES } from '../../lib/sources/registry';
import type { OptionsApi } from './api';

interface Props {
  settings: Settings;
  api: OptionsApi;
}

type Outcome = { ok: true; message: string } | { ok: false; title: string; errors: string[] };

export function TransferSection({ settings, api }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refuse = (errors: string[]) => setOutcome({ ok: false, title: t('options.transfer.refused', { file: file.name }), errors });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse([t('options.import.unreadable')]);
    }
    const parsed = importSettings(
      text,
      SOURCES.map((s) => s.id),
    );
    if (!parsed.ok) return refuse(parsed.errors);
    const reply = await api.change({ kind: 'replace', settings: parsed.settings });
    if (!reply.ok) return refuse(reply.errors);
    setOutcome({ ok: true, message: t('options.transfer.imported', { file: file.name }) });
  };
  const onExport = () => {
    const file = exportSettings(settings, new Date());
    api.download(file.filename, file.text);
  };

  return (
    <section class="tp-opt-section" aria-labelledby="tp-transfer-title" data-testid="transfer-section">
      <h2 id="tp-transfer-title">{t('options.transfer.title')}</h2>
      <p class="tp-opt-intro">{t('options.transfer.intro')}</p>
      <div class="tp-opt-actions">
        <button type="button" data-testid="export-settings" onClick={onExport}>
          {t('options.transfer.export')}
        </button>
        <label class="tp-opt-file">
          {t('options.transfer.import')}
          <input type="file" accept="application/json,.json" data-testid="import-file" onChange={(e) => void onFile(e.currentTarget)} />
        </label>
      </div>
      {outcome?.ok && (
        <p class="tp-opt-status" role="status" data-testid="import-done">
          {outcome.message}
        </p>
      )}
      {outcome && !outcome.ok && (
        <div class="tp-opt-problem" role="alert" data-testid="import-errors">
          <p>{outcome.title}</p>
          <ul>
            {outcome.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
