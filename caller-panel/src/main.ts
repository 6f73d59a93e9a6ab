// Placeholder until this app is built: shows that it is served and reaches the daemon.
import { LitElement, html } from 'lit';
import { connect, CONNECTION_TEXT } from 'queue-core/ui';

class PlaceholderApp extends LitElement {
  private client = connect({ role: 'display' });
  override connectedCallback() {
    super.connectedCallback();
    this.client.onChange(() => this.requestUpdate());
  }
  override render() {
    return html`<h1>Пульт специалиста</h1><p>${CONNECTION_TEXT[this.client.status].ru}</p>`;
  }
}
customElements.define('placeholder-app', PlaceholderApp);
document.body.append(document.createElement('placeholder-app'));
