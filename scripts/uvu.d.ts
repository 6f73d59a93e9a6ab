declare module 'uvu/parse' {
  export function parse(dir: string, pattern: RegExp | string, opts: { cwd?: string; ignore?: RegExp[] }): Promise<{ suites: { name: string; file: string }[] }>;
}
declare module 'uvu/run' {
  export function run(suites: { name: string; file: string }[], opts: { bail?: boolean }): Promise<void>;
}
