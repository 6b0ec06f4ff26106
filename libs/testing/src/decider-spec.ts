/** The pure parts of a decider, as its unit specs see them. */
export interface DeciderUnderTest<Command, Event, State> {
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
  readonly initialState: State;
}

/** The error a decider throws to refuse a command, carrying why. */
export type Rejection<Reason> = abstract new (
  ...args: never[]
) => Error & { readonly reason: Reason };

/**
 * given (events so far) → when (command) → then (events) or rejects (reason), as emmett's specs
 * read. The state is folded from the history with the decider's own `evolve`.
 */
export function deciderSpec<Command, Event, State, Reason>(
  decider: DeciderUnderTest<Command, Event, State>,
  rejected: Rejection<Reason>,
) {
  return function given(history: readonly Event[]) {
    const state = history.reduce((s, e) => decider.evolve(s, e), decider.initialState);
    return {
      state,
      when: (command: Command) => ({
        then: (expected: readonly Event[]) =>
          expect(decider.decide(command, state)).toEqual(expected),
        rejects: (reason: Reason) => {
          let caught: unknown;
          try {
            decider.decide(command, state);
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(rejected);
          expect((caught as { reason?: unknown }).reason).toBe(reason);
        },
      }),
    };
  };
}
