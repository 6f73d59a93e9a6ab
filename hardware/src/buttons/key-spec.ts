// What a button's `keys` entry may say: "key:<NAME>" for keyboard-type buttons, or report bytes in hex
// for vendor buttons. Pure and free of drivers, so that the daemon's config check can use it without
// loading the printer and HID libraries (imported as `hardware/key-spec`).
export const isValidKeySpec = (key: string): boolean => /^key:[A-Z0-9_]+$/i.test(key) || /^([0-9a-f]{2}\s?)+$/i.test(key.trim());
