// Big type and strong contrast: the kiosk is read by people without their glasses. Dark blue (#0b3d91)
// on white is 9.7:1; every touch target is at least 130 px high (over 20 mm on a 21–24" screen).
import { css } from 'lit';

export const kioskStyles = css`
  :host {
    display: flex; flex-direction: column; min-height: 100vh; box-sizing: border-box; padding: 32px 48px 40px;
    font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #102a43; background: #f4f7fb; user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  header { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px; border-bottom: 4px solid #0b3d91; padding-bottom: 20px; }
  .office { font-size: 30px; font-weight: 700; color: #0b3d91; max-width: 70%; line-height: 1.25; }
  .time { text-align: right; display: flex; flex-direction: column; }
  .time span { font-size: 56px; font-weight: 700; }
  .time small { font-size: 24px; color: #37474f; }
  .languages { display: flex; gap: 16px; justify-content: flex-end; margin: 20px 0 8px; }
  .languages button { font: inherit; font-size: 26px; min-height: 72px; padding: 0 26px; border-radius: 36px; border: 3px solid #0b3d91; background: #fff; color: #0b3d91; }
  .languages button.on { background: #0b3d91; color: #fff; }
  main { flex: 1; display: flex; flex-direction: column; gap: 28px; }
  h1 { font-size: 64px; margin: 8px 0 0; text-align: center; }
  h2 { font-size: 40px; margin: 12px 0 0; }
  .directions { display: grid; gap: 28px; grid-template-columns: 1fr; }
  @media (orientation: landscape) { .directions { grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); } }
  .direction {
    font: inherit; display: grid; grid-template-columns: 150px 1fr; grid-template-rows: auto auto; align-items: center; text-align: left;
    min-height: 220px; padding: 24px 36px; border-radius: 28px; border: none; background: #0b3d91; color: #fff; box-shadow: 0 6px 0 #072a66;
  }
  .direction:active { transform: translateY(4px); box-shadow: 0 2px 0 #072a66; }
  .direction:disabled { background: #cfd8dc; color: #263238; box-shadow: none; }
  .letter { grid-row: 1 / 3; font-size: 110px; font-weight: 700; line-height: 1; }
  .name { font-size: 58px; font-weight: 700; line-height: 1.1; }
  .meta { font-size: 32px; margin-top: 10px; }
  .reception-info { font-size: 30px; line-height: 1.3; margin: 8px 0 0; padding: 16px 24px; border-left: 8px solid #0b3d91; background: #eef3fb; color: #102a43; }
  .booked { font: inherit; font-size: 44px; min-height: 140px; border-radius: 24px; border: 4px solid #0b3d91; background: #fff; color: #0b3d91; font-weight: 700; }
  .booked:disabled { color: #607d8b; border-color: #90a4ae; }
  .feedback-book { font: inherit; font-size: 36px; min-height: 110px; border-radius: 24px; border: 3px dashed #0b3d91; background: #eef3fb; color: #0b3d91; font-weight: 700; }
  .feedback-book:disabled { color: #607d8b; border-color: #90a4ae; }
  .sent-title { font-weight: 700; color: #1b5e20; max-width: 900px; }
  .centre { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 40px; text-align: center; }
  .big { font-size: 56px; line-height: 1.3; margin: 0; }
  .error-text { color: #8b0000; font-weight: 700; max-width: 900px; }
  .spinner { width: 140px; height: 140px; border-radius: 50%; border: 16px solid #cfd8dc; border-top-color: #0b3d91; animation: spin 1s linear infinite; }
  @keyframes spin { to { transform: rotate(360deg); } }
  .ticket { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; gap: 18px; background: #fff; border-radius: 32px; padding: 40px; border: 4px solid #0b3d91; }
  .ticket p { margin: 0; }
  .caption { font-size: 48px; }
  .number { font-size: 260px; font-weight: 700; line-height: 1; color: #0b3d91; letter-spacing: 4px; }
  .direction-name { font-size: 56px; font-weight: 700; }
  /* A life situation's steps under its name: what the one ticket leads the citizen through. */
  .life-steps { text-align: left; font-size: 40px; line-height: 1.3; }
  .life-steps-title { font-size: 38px; color: #37474f; }
  .life-steps ol { margin: 6px 0 0; padding-left: 1.4em; }
  .step-booth { white-space: nowrap; }
  .line { font-size: 42px; }
  .print { font-size: 44px; font-weight: 700; color: #1b5e20; padding: 20px 32px; border-radius: 18px; background: #e8f5e9; }
  .print.failed { color: #fff; background: #b71c1c; line-height: 1.3; max-width: 900px; }
  .done, .again { font: inherit; font-size: 48px; font-weight: 700; min-height: 140px; min-width: 420px; padding: 0 40px; border-radius: 24px; border: none; background: #0b3d91; color: #fff; margin-top: 16px; }
  .done.quiet { background: #fff; color: #0b3d91; border: 4px solid #0b3d91; margin-top: 0; }
  .ticket-hall { font-size: 64px; font-weight: 700; line-height: 1.2; padding: 12px 40px; border-radius: 18px; background: #0b3d91; color: #fff; }
  .ticket-priority { font-size: 48px; font-weight: 700; padding: 12px 36px; border-radius: 18px; background: #ffd54f; border: 4px solid #8d6e00; }
  .closed { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 24px; text-align: center; }
  .closed ul { list-style: none; padding: 0; margin: 0; font-size: 44px; line-height: 1.5; }
  /* Portrait (1080×1920): the buttons share the height. Landscape (1920×1080): three columns, tighter. */
  @media (orientation: portrait) { .direction { min-height: 260px; } .booked { margin-top: auto; } }
  @media (orientation: landscape) {
    :host { padding: 20px 40px 24px; }
    main { gap: 18px; }
    h1 { font-size: 52px; margin: 0; }
    .languages { margin: 12px 0 0; }
    .direction { grid-template-columns: 1fr; grid-template-rows: auto auto auto; justify-items: center; text-align: center; min-height: 300px; padding: 20px; }
    .letter { grid-row: auto; font-size: 96px; }
    .name { font-size: 46px; overflow-wrap: anywhere; }
    .meta { font-size: 28px; }
    .booked { min-height: 110px; }
    .number { font-size: 200px; }
    .ticket { gap: 10px; padding: 24px; }
    /* A life situation's steps on one line under its name: the ticket keeps to the screen's height. */
    .life-steps { display: flex; flex-wrap: wrap; justify-content: center; align-items: baseline; gap: 4px 20px; font-size: 32px; max-width: 1700px; }
    .life-steps-title { font-size: 32px; }
    .life-steps ol { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0; padding: 0; list-style-position: inside; }
  }
  /* The way into the accessible mode and "call for help": at the foot of the start, unmistakable. */
  .access { display: grid; grid-template-columns: 3fr 2fr; gap: 24px; }
  .access button { font: inherit; font-weight: 700; min-height: 140px; border-radius: 24px; padding: 12px 28px; }
  .access .accessible-enter { display: flex; align-items: center; gap: 20px; text-align: left; font-size: 38px; background: #000; color: #ffeb3b; border: 6px solid #000; }
  .access .accessible-enter small { display: block; font-size: 28px; font-weight: 400; color: #fff; margin-top: 6px; }
  .access .accessible-enter .eye { font-size: 72px; line-height: 1; }
  .access .help { font-size: 40px; background: #fff; color: #8b0000; border: 6px solid #8b0000; }
  .access .help:disabled { color: #546e7a; border-color: #90a4ae; }
  /* The accessible mode: yellow and white on black (19:1 and 21:1), everything larger still. */
  :host([accessible]) { background: #000; color: #fff; }
  :host([accessible]) header { border-bottom-color: #ffeb3b; }
  :host([accessible]) .office { color: #ffeb3b; font-size: 40px; }
  :host([accessible]) .time span { font-size: 64px; }
  :host([accessible]) .time small { color: #fff; font-size: 32px; }
  :host([accessible]) .languages button { background: #000; color: #fff; border-color: #fff; font-size: 34px; min-height: 90px; }
  :host([accessible]) .languages button.on { background: #ffeb3b; color: #000; border-color: #ffeb3b; }
  :host([accessible]) .big { font-size: 80px; color: #fff; }
  :host([accessible]) .error-text { color: #ffeb3b; }
  :host([accessible]) .life-steps { font-size: 52px; }
  :host([accessible]) .life-steps-title { color: #fff; font-size: 48px; }
  :host([accessible]) .spinner { border-color: #555; border-top-color: #ffeb3b; }
  :host([accessible]) .ticket { background: #000; border: 8px solid #ffeb3b; color: #fff; }
  :host([accessible]) .caption { font-size: 72px; }
  :host([accessible]) .number { font-size: 320px; color: #ffeb3b; }
  :host([accessible]) .direction-name { font-size: 72px; }
  :host([accessible]) .line { font-size: 60px; }
  :host([accessible]) .print { font-size: 56px; color: #000; background: #fff; }
  :host([accessible]) .print.failed { color: #fff; background: #000; border: 6px solid #fff; }
  :host([accessible]) .ticket-priority { color: #000; }
  :host([accessible]) .done, :host([accessible]) .again { font-size: 64px; background: #ffeb3b; color: #000; min-height: 180px; }
  :host([accessible]) .done.quiet { background: #000; color: #fff; border-color: #fff; }
  :host([accessible]) .closed ul { font-size: 56px; }
  :host([accessible]) .booked { background: #000; color: #fff; border-color: #fff; }
  :host([accessible]) .reception-info { background: #000; color: #fff; border-color: #ffd54f; font-size: 40px; }
  .status { font-size: 44px; text-align: center; margin-top: 30vh; }
  .offline { position: fixed; left: 0; right: 0; bottom: 0; padding: 28px; font-size: 36px; font-weight: 700; text-align: center; background: #b71c1c; color: #fff; }
`;
