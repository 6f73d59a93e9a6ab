// The kiosk page at /kiosk/: the touchscreen where citizens take their tickets.
import './kiosk-app.js';

document.body.style.margin = '0';
document.body.append(document.createElement('kiosk-app'));
