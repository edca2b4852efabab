// The preview of what the contact received: email HTML sanitised into a sandboxed frame (no script,
// remote images only on request), text messages and push notifications as text.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PreviewResult } from '../../lib/messaging/protocol';
import { CHANNEL_LABELS, type Interaction } from '../../lib/timeline/model';
import { t } from '../../lib/i18n';
import { sanitiseEmail } from './sanitize';

interface Props {
  item: Interaction;
  load(item: Interaction): Promise<PreviewResult>;
  onClose(): void;
}

function textPreview(item: Interaction): PreviewResult | null {
  const m = item.marketing;
  if (!m || (m.channel !== 'sms' && m.channel !== 'push')) return null;
  const text = [m.content?.title, m.content?.text].filter(Boolean).join('\n');
  return text
    ? { kind: 'html', html: '', label: t('preview.text', { channel: CHANNEL_LABELS[m.channel] }) }
    : { kind: 'unavailable', message: t('preview.noText') };
}

export function Preview({ item, load, onClose }: Props) {
  const local = textPreview(item);
  const [result, setResult] = useState<PreviewResult | null>(local);
  const [allowImages, setAllowImages] = useState(false);
  useEffect(() => {
    if (local) return;
    let live = true;
    setResult(null);
    setAllowImages(false);
    load(item)
      .then((r) => live && setResult(r))
      .catch(() => live && setResult({ kind: 'unavailable', message: t('preview.noWorker') }));
    return () => {
      live = false;
    };
  }, [item.id]);
  const email = useMemo(
    () => (result?.kind === 'html' && !local ? sanitiseEmail(result.html, { allowRemoteImages: allowImages }) : null),
    [result, allowImages],
  );
  const m = item.marketing;

  return (
    <section
      class="tp-preview"
      data-testid="preview"
      data-id={item.id}
      aria-label={t('preview.title', { title: item.title })}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <header class="tp-preview-head">
        <h3 class="tp-preview-title">{result?.kind === 'html' && result.subject ? result.subject : item.title}</h3>
        <button type="button" class="tp-icon-button" aria-label={t('preview.close')} onClick={onClose}>
          ✕
        </button>
      </header>
      {!result && <p class="tp-preview-note">{t('preview.loading')}</p>}
      {result?.kind === 'unavailable' && (
        <p class="tp-preview-note" data-testid="preview-unavailable">
          {result.message}
        </p>
      )}
      {result?.kind === 'html' && <p class="tp-preview-label">{result.label}</p>}
      {local?.kind === 'html' && m && (
        <div class="tp-preview-text" data-testid="preview-text">
          {m.content?.title && <p class="tp-preview-text-title">{m.content.title}</p>}
          {m.content?.text && <p>{m.content.text}</p>}
        </div>
      )}
      {email && (
        <>
          {email.blockedImages > 0 && !allowImages && (
            <p class="tp-preview-images">
              {email.blockedImages === 1 ? t('preview.blockedOne') : t('preview.blocked', { count: email.blockedImages })}{' '}
              <button type="button" class="tp-link-button" data-testid="preview-load-images" onClick={() => setAllowImages(true)}>
                {t('preview.loadImages')}
              </button>
            </p>
          )}
          <iframe
            class="tp-preview-frame"
            data-testid="preview-frame"
            title={t('preview.frameTitle', { title: item.title })}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            referrerpolicy="no-referrer"
            srcdoc={email.document}
          />
        </>
      )}
    </section>
  );
}
