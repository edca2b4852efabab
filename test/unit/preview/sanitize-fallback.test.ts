// In happy-dom (the default test DOM) DOMPurify lets markup through; the sanitiser must notice and
// fall back to showing the email as text.
import { describe, expect, it } from 'vitest';
import { sanitiseEmail } from '../../../components/preview/sanitize';

describe('sanitiseEmail in a DOM DOMPurify cannot trust', () => {
  it('shows the body as escaped text, never as markup', () => {
    const { document } = sanitiseEmail('<p>Hi</p><script>window.top.x=1</script><img src=x onerror=alert(1)>', {
      allowRemoteImages: false,
    });
    const body = document.slice(document.indexOf('<body>') + 6, document.lastIndexOf('</body>'));
    expect(body).not.toMatch(/<script|<img/);
    expect(body).toContain('&lt;script&gt;');
  });
});
