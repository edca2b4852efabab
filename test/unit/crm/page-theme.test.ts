import { describe, expect, it } from 'vitest';
import { luminance, themeFor } from '../../../lib/crm/page-theme';

describe('page theme', () => {
  it('reads colours and skips transparent ones', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('transparent')).toBeNull();
  });
  it('follows the first readable background', () => {
    expect(themeFor(['rgba(0, 0, 0, 0)', 'rgb(32, 31, 30)'])).toBe('dark');
    expect(themeFor(['rgb(243, 242, 241)'])).toBe('light');
    expect(themeFor([])).toBe('light');
  });
});
