// @vitest-environment jsdom
/**
 * The sidebar follows the mail site's theme while a message stays open: a switch of class or style on
 * <html>/<body>, a stylesheet swapped in <head>, or the system's colour scheme (for a site that
 * follows it) is noticed without polling, and nothing is watched once the sidebar is gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageTheme, themeFromBackground, watchPageTheme, type Theme } from '../../lib/content/theme';

const DARK = 'rgb(32, 33, 36)';

/** A stand-in for matchMedia('(prefers-color-scheme: dark)'), which jsdom lacks. */
function fakeColorScheme() {
  const target = new EventTarget();
  const query = Object.assign(target, { matches: false, media: '(prefers-color-scheme: dark)' });
  window.matchMedia = vi.fn(() => query as unknown as MediaQueryList);
  return {
    query,
    flip(dark: boolean) {
      query.matches = dark;
      target.dispatchEvent(new Event('change'));
    },
  };
}

let abort: AbortController;
let seen: Theme[];
beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
  seen = [];
  document.head.replaceChildren();
  document.body.removeAttribute('style');
  document.body.className = '';
  document.documentElement.className = '';
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

const settle = () => vi.advanceTimersByTimeAsync(100);

describe('the page theme', () => {
  it('reads light or dark from the background colour', () => {
    expect(themeFromBackground('rgb(255, 255, 255)')).toBe('light');
    expect(themeFromBackground(DARK)).toBe('dark');
    expect(themeFromBackground('rgba(0, 0, 0, 0)')).toBe('light');
  });

  it('follows a switch of the body style while the page stays open, once per change', async () => {
    fakeColorScheme();
    expect(watchPageTheme(document, (t) => seen.push(t), abort.signal)).toBe('light');
    document.body.style.backgroundColor = DARK;
    await settle();
    expect(seen).toEqual(['dark']);
    // Other attribute changes that leave the colour alone are not news.
    document.body.setAttribute('data-unrelated', '1');
    await settle();
    expect(seen).toEqual(['dark']);
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    await settle();
    expect(seen).toEqual(['dark', 'light']);
  });

  it('follows a class on <html> and a stylesheet added to <head>, as Gmail and Outlook switch', async () => {
    fakeColorScheme();
    const style = document.createElement('style');
    style.textContent = `html.dark-theme body { background-color: ${DARK}; }`;
    document.head.append(style);
    watchPageTheme(document, (t) => seen.push(t), abort.signal);
    document.documentElement.classList.add('dark-theme');
    await settle();
    expect(seen).toEqual(['dark']);
    document.documentElement.classList.remove('dark-theme');
    await settle();
    const swapped = document.createElement('style');
    swapped.textContent = `body { background-color: ${DARK}; }`;
    document.head.append(swapped);
    await settle();
    expect(seen).toEqual(['dark', 'light', 'dark']);
  });

  it('follows a stylesheet edited in place, a stylesheet link re-pointed and a <body> drawn anew', async () => {
    fakeColorScheme();
    const style = document.createElement('style');
    style.textContent = 'body { background-color: rgb(255, 255, 255); }';
    document.head.append(style);
    watchPageTheme(document, (t) => seen.push(t), abort.signal);
    // The text of the same <style> replaced, and then one of its text nodes edited.
    style.textContent = `body { background-color: ${DARK}; }`;
    await settle();
    expect(seen).toEqual(['dark']);
    style.firstChild!.nodeValue = 'body { background-color: rgb(250, 250, 250); }';
    await settle();
    expect(seen).toEqual(['dark', 'light']);
    // A new body (a site redrawing the page) is watched in turn.
    const body = document.createElement('body');
    document.documentElement.replaceChild(body, document.body);
    await settle();
    body.style.backgroundColor = DARK;
    await settle();
    expect(seen).toEqual(['dark', 'light', 'dark']);
  });

  it('reads again when a stylesheet link in <head> changes its href, not when a script does', async () => {
    fakeColorScheme();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'light.css';
    const script = document.createElement('script');
    document.head.append(link, script);
    watchPageTheme(document, (t) => seen.push(t), abort.signal);
    const reads = vi.spyOn(window, 'getComputedStyle');
    script.setAttribute('src', 'other.js');
    script.textContent = 'void 0;';
    await settle();
    expect(reads).not.toHaveBeenCalled();
    link.href = 'dark.css';
    await settle();
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
  });

  it('reads the colour (a style recalculation of the page) only after changes that can restyle it', async () => {
    fakeColorScheme();
    watchPageTheme(document, (t) => seen.push(t), abort.signal);
    const reads = vi.spyOn(window, 'getComputedStyle');
    document.head.append(document.createElement('script'));
    document.body.setAttribute('aria-busy', 'true');
    document.documentElement.setAttribute('lang', 'en');
    await settle();
    expect(reads).not.toHaveBeenCalled();
    document.body.classList.add('x');
    await settle();
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
  });

  it('looks again when the system colour scheme changes', async () => {
    const scheme = fakeColorScheme();
    watchPageTheme(document, (t) => seen.push(t), abort.signal);
    // The site repaints with the system through a media rule already there (here: a rule placed where
    // nothing is observed), and only the media query says so.
    const style = document.createElement('style');
    style.textContent = `body { background-color: ${DARK}; }`;
    document.body.append(style);
    await settle();
    expect(seen).toEqual([]);
    scheme.flip(true);
    await settle();
    expect(seen).toEqual(['dark']);
    expect(pageTheme(document)).toBe('dark');
  });

  it('stops watching when the sidebar goes', async () => {
    const scheme = fakeColorScheme();
    const remove = vi.spyOn(scheme.query, 'removeEventListener');
    watchPageTheme(document, (t) => seen.push(t), abort.signal);
    abort.abort();
    expect(remove).toHaveBeenCalledWith('change', expect.any(Function));
    document.body.style.backgroundColor = DARK;
    scheme.flip(true);
    await settle();
    expect(seen).toEqual([]);
  });
});
