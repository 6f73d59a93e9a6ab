// /display/hall → the hall TV of the whole office; /display/hall/<id> → of one hall; /display/booth/<n> → the panel above booth n.
import './hall-display.js';
import { boothFromPath } from './booth-display.js';

document.body.style.margin = '0';
document.body.append(document.createElement(boothFromPath(location.pathname) === null ? 'hall-display' : 'booth-display'));
