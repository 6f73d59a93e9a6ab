// The office's devices behind small interfaces, each with a real driver and a simulator.
export * from './printer/types.js';
export * from './printer/ticket-layout.js';
export * from './printer/ticket-printer.js';
export * from './printer/status.js';
export { NetworkTransport } from './printer/network-transport.js';
export { UsbTransport, type UsbDevice, type UsbDeviceFactory } from './printer/usb-transport.js';
export { SerialTransport } from './printer/serial-transport.js';
export { SimulatedTransport } from './printer/simulated-transport.js';
