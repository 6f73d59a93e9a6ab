// A bar chart in plain SVG: one bar per row, the label under it and the value above. Enough for the
// statistics screens without a chart library; it scales with its box and prints crisply.
import { svg, html, type TemplateResult } from 'lit';

/** A label that fits under its bar, in about `room` units at `fontSize`: long words are cut with "…" (the bar's title keeps them whole). */
export function fitLabel(label: string, room: number, fontSize: number): string {
  const chars = Math.max(3, Math.floor(room / (fontSize * 0.66)));
  return label.length <= chars ? label : `${label.slice(0, chars - 1).trimEnd()}…`;
}

export function barChart(labels: string[], values: (number | null)[], title: string): TemplateResult {
  const W = 640, H = 200, top = 18, bottom = 34, left = 8;
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const n = Math.max(1, labels.length);
  const step = (W - left * 2) / n;
  const bar = Math.max(2, Math.min(48, step * 0.7));
  const fontSize = n > 24 ? 8 : n > 12 ? 10 : 12;
  // Over 40 bars, every few carries a label, with the room of those between.
  const labelEvery = n <= 40 ? 1 : Math.ceil(n / 20);
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${title} preserveAspectRatio="xMidYMid meet">
    ${values.map((raw, i) => {
      const v = raw ?? 0;
      const h = ((H - top - bottom) * v) / max;
      const x = left + i * step + (step - bar) / 2;
      const y = H - bottom - h;
      return svg`<g>
        <rect x=${x} y=${y} width=${bar} height=${Math.max(h, v > 0 ? 1 : 0)} rx="3" fill="#0b3d91"><title>${labels[i]}: ${raw ?? '—'}</title></rect>
        ${n <= 40 ? svg`<text x=${x + bar / 2} y=${y - 4} text-anchor="middle" font-size=${fontSize} fill="#102a43">${raw ?? ''}</text>` : null}
        ${i % labelEvery === 0 ? svg`<text x=${x + bar / 2} y=${H - bottom + 14} text-anchor="middle" font-size=${fontSize} fill="#486581">${fitLabel(labels[i] ?? '', step * labelEvery - 4, fontSize)}</text>` : null}
      </g>`;
    })}
    <line x1=${left} x2=${W - left} y1=${H - bottom} y2=${H - bottom} stroke="#90a4ae" />
  </svg>`;
}
