package io.dxrank.run;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Waiting for work a run hands to a thread of its own. */
public final class Futures {

    private Futures() {
    }

    /**
     * The result of {@code work}; what it threw is thrown here as it was (an unchecked exception or an error), a
     * checked one wrapped by {@code wrapChecked}.
     *
     * @param what what is waited for, named in the message of an interruption
     */
    public static <T> T join(Future<T> work, String what, Function<Throwable, RuntimeException> wrapChecked) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw wrapChecked.apply(cause);
        }
    }
}
