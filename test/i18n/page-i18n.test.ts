import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from '../../lib/content/page-i18n';

const getMessage = fakeBrowser.i18n.getMessage;

afterEach(() => {
  fakeBrowser.i18n.getMessage = getMessage;
});

describe('i18n in the mail page', () => {
  it('reads locales/en.yml like the extension pages do', () => {
    expect(i18n.t('sidebar.case.openRescueCase')).toBe('Open rescue case');
    expect(i18n.t('sidebar.issues.heading', [3])).toBe('Issues (3)');
  });

  it('gives an orphaned content script the words it showed before instead of throwing', () => {
    expect(i18n.t('sidebar.hide')).toBe('Hide Client Rescue');
    expect(i18n.t('sidebar.attention.heading', [2])).toBe('Needs attention (2)');
    fakeBrowser.i18n.getMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(i18n.t('sidebar.hide')).toBe('Hide Client Rescue');
    expect(i18n.t('sidebar.attention.heading', [2])).toBe('Needs attention (2)');
    expect(i18n.t('sidebar.show')).toBe('');
  });
});
