// Parts of the panel fetched when first needed (the signed-in role's screen, a heavy tab when it is first
// opened), so that a PC downloads only what its user works with. Until a part has arrived its place says
// "loading" in the panel's language; if it cannot be fetched (no connection, or the daemon restarted with a
// new build whose files have other names) the place says so in words, with a retry and a page reload.
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Language } from 'queue-core/ui';
import { TEXT } from './strings.js';

/** A module-level `() => import('./x-view.js')`: the same function every time, so a part is fetched once. */
export type Load = () => Promise<unknown>;

interface Part {
  state: 'loading' | 'ready' | 'failed';
  /** The elements that showed this part's "loading" or error and are redrawn when it settles. */
  waiting: Set<ReactiveControllerHost>;
}

const parts = new Map<Load, Part>();

function fetchPart(load: Load, part: Part) {
  part.state = 'loading';
  load().then(
    () => (part.state = 'ready'),
    (e: unknown) => {
      console.error('caller panel: a part could not be loaded', e);
      part.state = 'failed';
    },
  ).finally(() => {
    for (const host of part.waiting) host.requestUpdate();
    part.waiting.clear();
  });
}

/** `ready()` once the part that `load` fetches is here; until then "loading", or the error with a retry. */
export function whenLoaded(host: ReactiveControllerHost, load: Load, lang: Language, ready: () => TemplateResult): TemplateResult {
  let part = parts.get(load);
  if (!part) {
    part = { state: 'loading', waiting: new Set() };
    parts.set(load, part);
    fetchPart(load, part);
  }
  if (part.state === 'ready') return ready();
  part.waiting.add(host);
  const t = TEXT[lang];
  if (part.state === 'loading') return html`<p class="loading" role="status">${t.loading}</p>`;
  const retry = () => {
    fetchPart(load, part);
    host.requestUpdate();
  };
  return html`<div class="load-failed" role="alert"><p class="error">${t.loadFailed}</p>
    <button id="load-retry" @click=${retry}>${t.retry}</button> <button id="load-reload" @click=${() => location.reload()}>${t.reload}</button></div>`;
}
