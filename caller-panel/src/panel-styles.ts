// One look for every part of the panel: calm colours, large click targets, state shown by colour and word.
import { css } from 'lit';

export const panelStyles = css`
  :host { display: block; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #102a43; font-size: 16px; }
  button { font: inherit; cursor: pointer; border-radius: 8px; border: 2px solid #0b3d91; background: #fff; color: #0b3d91; padding: 8px 14px; min-height: 40px; }
  button.primary { background: #0b3d91; color: #fff; }
  button.danger { border-color: #b71c1c; color: #b71c1c; }
  button:disabled { opacity: 0.45; cursor: default; }
  input, select, textarea { font: inherit; padding: 8px 10px; border: 2px solid #90a4ae; border-radius: 8px; background: #fff; min-height: 40px; box-sizing: border-box; }
  label { display: flex; flex-direction: column; gap: 4px; font-weight: 700; font-size: 14px; }
  .card { background: #fff; border-radius: 12px; padding: 16px 20px; box-shadow: 0 1px 4px rgba(16, 42, 67, 0.15); }
  h2 { font-size: 20px; margin: 0 0 12px; }
  h3 { font-size: 17px; margin: 12px 0 8px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e0e6ed; }
  th { font-size: 13px; color: #486581; }
  .muted { color: #486581; }
  .pill { display: inline-block; padding: 2px 10px; border-radius: 12px; font-size: 13px; font-weight: 700; background: #e3ecfa; color: #0b3d91; }
  .pill.warn { background: #fff3c4; color: #8d6e00; }
  .pill.bad { background: #ffebee; color: #b71c1c; }
  .pill.good { background: #e8f5e9; color: #1b5e20; }
  .row { display: flex; gap: 10px; align-items: flex-end; flex-wrap: wrap; }
  .grid2 { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 16px; }
  kbd { font-size: 11px; border: 1px solid #90a4ae; border-radius: 4px; padding: 0 4px; margin-left: 6px; color: #486581; background: #f4f7fb; }
`;
