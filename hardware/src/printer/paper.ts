// What the paper can say, without the printer libraries: the code pages and the printed words (the config
// check uses these to refuse a page that cannot print the office's texts).
export * from './code-pages.js';
export * from './ticket-words.js';
