// The staff panel at /panel/.
import './panel-app.js';

document.body.style.margin = '0';
document.body.append(document.createElement('panel-app'));
