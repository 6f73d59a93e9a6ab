// The staff panel at /panel/: sign-in with staff id and PIN, then the operator's, the consultant's or the
// head of the service's screen. Every refusal from the daemon is shown in words, never as a code (a session
// the daemon ended returns to sign-in with its reason); after a lost connection the panel shows the true
// state again, and an action in flight is sent once.
import { LitElement, css, html, nothing } from 'lit';
import { ClientError, sessionEndWords, type Notice, type QueueClient } from 'queue-core/protocol';
import { LANGUAGES, LANGUAGE_NAMES, QueueController, errorText, pick, type Language } from 'queue-core/ui';
import { panelStyles } from './panel-styles.js';
import { TEXT } from './strings.js';
import { whenLoaded, type Load } from './lazy.js';

// Each role's screen is its own part of the bundle, fetched once that role has signed in.
const ROLE_VIEWS: Record<Role, Load> = {
  operator: () => import('./operator-view.js'),
  consultant: () => import('./consultant-view.js'),
  supervisor: () => import('./supervisor-view.js'),
  archivist: () => import('./archivist-view.js'),
};

type Role = 'operator' | 'consultant' | 'supervisor' | 'archivist';
interface Toast { id: number; text: string; level: 'info' | 'error' }
const REMEMBER = 'queue-panel-login';

export class PanelApp extends LitElement {
  static override properties = { lang: { state: true }, client: { state: true }, toasts: { state: true }, loginError: { state: true }, notices: { state: true } };
  declare lang: Language;
  declare client: QueueClient | null;
  declare toasts: Toast[];
  declare loginError: string;
  declare notices: Notice[];
  /** Before sign-in: a public view, for the booths and directions to choose from; it shows no time. */
  private readonly lobby = new QueueController(this, { hello: { role: 'display', client: 'panel sign-in' }, tickMs: null, pingMs: null });
  /** The signed-in connection, the daemon's clock (the panel works in office time, as the queue does) and the tick. */
  private readonly staff = new QueueController(this);
  private toastSeq = 0;
  /** Someone at this panel picked a language; until then it speaks the office's. */
  private langChosen = false;

  static override styles = [panelStyles, css`
    :host { min-height: 100vh; background: #eef2f7; }
    header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: #0b3d91; color: #fff; }
    header .who { font-size: 18px; font-weight: 700; flex: 1; }
    header select, header button { min-height: 34px; padding: 4px 10px; }
    header button { background: transparent; color: #fff; border-color: #fff; }
    .status { font-size: 13px; padding: 3px 10px; border-radius: 12px; background: #1b5e20; }
    .status.off { background: #b71c1c; }
    main { padding: 16px 20px; }
    .login { max-width: 460px; margin: 60px auto; display: flex; flex-direction: column; gap: 12px; }
    .login h1 { font-size: 24px; margin: 0 0 8px; }
    .error { color: #b71c1c; font-weight: 700; }
    .dirs { display: flex; gap: 12px; flex-wrap: wrap; font-weight: 400; }
    .dirs label { flex-direction: row; align-items: center; font-weight: 400; }
    .toasts { position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column; gap: 8px; max-width: 420px; z-index: 10; }
    .toast { padding: 10px 14px; border-radius: 8px; background: #102a43; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
    .toast.error { background: #b71c1c; }
  `];

  constructor() {
    super();
    this.lang = 'ru';
    this.client = null;
    this.toasts = [];
    this.loginError = '';
    this.notices = [];
  }

  /** A Ukrainian office's panel opens in Ukrainian: the office's language, as soon as the daemon has said it. */
  override willUpdate() {
    const office = (this.client?.view ?? this.lobby.client?.view)?.office.language;
    if (!this.langChosen && office && office !== this.lang) this.lang = office;
  }

  private get t() {
    return TEXT[this.lang];
  }

  private chooseLanguage(lang: Language) {
    this.langChosen = true;
    this.lang = lang;
  }

  private toast(text: string, level: Toast['level'] = 'info') {
    const toast = { id: ++this.toastSeq, text, level };
    this.toasts = [...this.toasts.slice(-3), toast];
    setTimeout(() => (this.toasts = this.toasts.filter((x) => x.id !== toast.id)), level === 'error' ? 8000 : 4000);
  }

  /** Runs a request; a refusal becomes a message in words. */
  private act = async (p: Promise<unknown>) => {
    try {
      return await p;
    } catch (e) {
      // The daemon's own words for the person (details.text, in the office's language) when it gives them.
      const text = e instanceof ClientError && typeof e.details?.text === 'string' ? e.details.text : errorText(e instanceof ClientError ? e.code : 'INTERNAL', this.lang);
      this.toast(text, 'error');
      return undefined;
    }
  };

  private login(e: Event) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const role = String(data.get('role')) as Role;
    const staffId = String(data.get('staffId')).trim();
    const booth = role === 'operator' ? Number(data.get('booth')) : undefined;
    const directions = role === 'operator' ? data.getAll('directions').map(String) : undefined;
    localStorage.setItem(REMEMBER, JSON.stringify({ role, staffId, booth }));
    this.loginError = '';
    const client = this.staff.open({ role, staffId, pin: String(data.get('pin')), ...(booth ? { booth } : {}), ...(directions?.length ? { directions } : {}), client: 'caller panel' });
    client.onChange(() => {
      if (client.status === 'refused') {
        // A session the daemon ended (booth taken, staff removed, …) says why; the form is back to sign in again.
        const ended = client.refusal?.code === 'SESSION_ENDED';
        this.loginError = ended ? sessionEndWords(String(client.refusal?.details?.reason), this.lang) : errorText(client.refusal?.code ?? 'LOGIN_FAILED', this.lang);
        if (this.client === client) {
          this.staff.close();
          this.client = null;
        } else client.close();
      }
    });
    client.onNotice((n) => this.onNotice(n));
    this.client = client;
  }

  private onNotice(n: Notice) {
    const t = this.t;
    if (n.kind === 'button' && n.booth === this.client?.session?.booth) this.toast(`${t.buttonPressed}: ${({ callNext: t.callNext, recall: t.recall, start: t.start, finish: t.finish, noShow: t.noShow } as Record<string, string>)[n.action] ?? n.action}${n.ok ? '' : ` — ${errorText(n.error!.code, this.lang)}`}`, n.ok ? 'info' : 'error');
    if (n.kind === 'alert') {
      this.notices = [...this.notices.slice(-20), n];
      this.toast(n.message, 'error');
    }
    if (n.kind === 'print' && this.client?.session?.role !== 'operator') this.toast(`${n.label}: ${n.ok ? t.printed : t.printFailed}`, n.ok ? 'info' : 'error');
  }

  private async logout() {
    const c = this.client;
    if (!c) return;
    if (c.session?.role === 'operator') {
      const ok = await this.act(c.request('closeBooth', {}));
      if (ok === undefined) return;
    }
    if (this.client === c) this.staff.close();
    else c.close();
    this.client = null;
  }

  override render() {
    const c = this.client;
    const online = c?.status === 'online' && c.view;
    return html`
      <header>
        <span class="who">${c?.session?.staff ? `${c.session.booth ? `${this.t.booth} ${c.session.booth} · ` : ''}${c.session.staff.name} · ${this.t.roles[c.session.role]}` : this.t.title}</span>
        ${c ? html`<span class="status ${c.status === 'online' ? '' : 'off'}" role="status">${this.t.connection[c.status]}</span>` : nothing}
        <select aria-label="Язык" @change=${(e: Event) => this.chooseLanguage((e.target as HTMLSelectElement).value as Language)}>
          ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === this.lang}>${LANGUAGE_NAMES[l]}</option>`)}</select>
        ${c?.session ? html`<button id="logout" @click=${() => this.logout()}>${this.t.logout}</button>` : nothing}
      </header>
      <main>${!c || !c.session ? this.loginForm() : online ? this.view(c) : html`<p>${this.t.connection[c.status]}</p>`}</main>
      <div class="toasts" aria-live="polite">${this.toasts.map((x) => html`<div class="toast ${x.level}">${x.text}</div>`)}</div>`;
  }

  private view(c: QueueClient) {
    const signed = c.session!.role;
    const role: Role = signed in ROLE_VIEWS ? (signed as Role) : 'supervisor'; // as the screen's default was
    return whenLoaded(this, ROLE_VIEWS[role], this.lang, () => this.roleView(c, role));
  }

  private roleView(c: QueueClient, role: Role) {
    const common = { t: this.t, lang: this.lang, act: this.act, now: this.staff.now() };
    switch (role) {
      case 'operator': return html`<operator-view .client=${c} .t=${common.t} .lang=${common.lang} .act=${common.act} .now=${common.now}></operator-view>`;
      // The archivist (issue 18) works in the archive of case files, and sees the decisions on control whose files she holds.
      case 'archivist': return html`<archivist-view .client=${c} .lang=${common.lang} .act=${common.act} .now=${common.now}></archivist-view>`;
      case 'consultant': return html`<consultant-view .client=${c} .t=${common.t} .lang=${common.lang} .act=${common.act} .now=${common.now}></consultant-view>`;
      default: return html`<supervisor-view .client=${c} .t=${common.t} .lang=${common.lang} .act=${common.act} .now=${common.now} .notices=${this.notices}></supervisor-view>`;
    }
  }

  private loginForm() {
    const t = this.t;
    const lobby = this.lobby.client?.view;
    const remembered = JSON.parse(localStorage.getItem(REMEMBER) ?? '{}') as { role?: Role; staffId?: string; booth?: number };
    const role = (this.renderRoot.querySelector<HTMLSelectElement>('#role')?.value as Role | undefined) ?? remembered.role ?? 'operator';
    const booth = lobby?.booths.find((b) => b.number === (Number(this.renderRoot.querySelector<HTMLSelectElement>('#booth')?.value) || remembered.booth)) ?? lobby?.booths[0];
    // A life situation is no direction to serve: a booth serves the directions of its steps.
    return html`<form class="login card" @submit=${(e: Event) => this.login(e)} @change=${() => this.requestUpdate()}>
      <h1>${t.title}</h1>
      <label>${t.role}<select name="role" id="role">${(['operator', 'consultant', 'supervisor', 'archivist'] as Role[]).map((r) => html`<option value=${r} ?selected=${r === role}>${t.roles[r]}</option>`)}</select></label>
      <label>${t.staffId}<input name="staffId" id="staff-id" required autocomplete="username" .value=${remembered.staffId ?? ''} /></label>
      <label>${t.pin}<input name="pin" id="pin" type="password" inputmode="numeric" required autocomplete="current-password" /></label>
      ${role === 'operator' ? html`
        <label>${t.booth}<select name="booth" id="booth">${(lobby?.booths ?? []).map((b) => html`<option value=${b.number} ?selected=${b.number === booth?.number}>${b.number}${b.staffName ? ` — ${b.staffName}` : ''}</option>`)}</select></label>
        <fieldset class="dirs"><legend>${t.directions}</legend>${(lobby?.directions ?? []).filter((d) => !d.lifeSituation).map((d) => html`
          <label><input type="checkbox" name="directions" value=${d.id} ?checked=${booth?.directions.includes(d.id) ?? true} style="min-height:0" /> ${pick(d.name, this.lang)}</label>`)}</fieldset>` : nothing}
      ${this.loginError ? html`<p class="error" role="alert">${this.loginError}</p>` : nothing}
      <button class="primary" type="submit" id="login">${t.login}</button>
    </form>`;
  }
}

customElements.define('panel-app', PanelApp);
