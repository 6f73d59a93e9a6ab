// The part of escpos 3.x that this project uses (the package ships no types).
declare module 'escpos' {
  export interface Adapter {
    write(data: Buffer, callback?: (err?: Error | null) => void): void;
    close(callback?: () => void): void;
  }
  export class Printer {
    constructor(adapter: Adapter, options?: { encoding?: string; width?: number });
    raw(data: Buffer | string): this;
    setCharacterCodeTable(n: number): this;
    align(align: 'lt' | 'ct' | 'rt'): this;
    text(content: string, encoding?: string): this;
    cut(partial?: boolean, feed?: number): this;
    flush(callback?: (err?: Error | null) => void): this;
  }
  const escpos: { Printer: typeof Printer };
  export default escpos;
}

declare module 'escpos-usb' {
  import type { EventEmitter } from 'node:events';
  class USB extends EventEmitter {
    constructor(vid?: number, pid?: number);
    open(callback: (err?: Error | null) => void): this;
    write(data: Buffer, callback: (err?: Error | null) => void): this;
    close(callback?: (err?: Error | null) => void): this;
    static findPrinter(): unknown[];
  }
  export = USB;
}
