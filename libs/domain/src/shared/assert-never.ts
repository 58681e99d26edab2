/** Exhaustiveness guard for `switch` statements over string-literal unions. */
export function assertNever(value: never, message = 'Unexpected value'): never {
  throw new Error(`${message}: ${String(value)}`);
}
