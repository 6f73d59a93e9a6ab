/** Bumped on any change that an existing client could misread. */
export const PROTOCOL_VERSION = 1;
