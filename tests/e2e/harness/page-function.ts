/**
 * Page functions: typed TypeScript functions that run inside a page (or an extension page),
 * called with JSON arguments. They are sent as source, so they may use nothing from this module's
 * scope; esbuild's `__name` helper, which its transpiled functions may call, is given to them.
 */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/** The source of a call of `fn` with `args`, to evaluate as an expression. */
export function pageCall<A extends unknown[], R>(fn: PageFunction<A, R>, args: A): string {
  return `((__name) => (${fn.toString()})(...${JSON.stringify(args)}))((f) => f)`;
}

/** A tab's `run`, over its driver's evaluation of an expression. */
export function pageRunner(evaluate: (expression: string) => Promise<unknown>) {
  return <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> =>
    evaluate(pageCall(fn, args)) as Promise<R>;
}
