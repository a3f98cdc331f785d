/** Runs a generator of steps to its end and gives its result: the all-at-once form of a stepwise projection. */
export function runSteps<Result>(steps: Generator<unknown, Result, undefined>): Result {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
