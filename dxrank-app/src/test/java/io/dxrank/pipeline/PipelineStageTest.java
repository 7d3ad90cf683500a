package io.dxrank.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dxrank.run.RunContext;
import org.junit.jupiter.api.Test;

/** How a stage's failure leaves the pipeline: named after the stage, never mistaken for a usage error. */
class PipelineStageTest {

    @Test
    void anIllegalArgumentInsideAStageFailsTheStageInsteadOfLookingLikeAUsageError() {
        // the CLI maps IllegalArgumentException to exit 2 (usage or configuration); a chart library refusing
        // its data halfway through a run is a failed run, exit 1
        Pipeline pipeline = new Pipeline(null, (RunContext) null);
        Pipeline.StageException e = assertThrows(Pipeline.StageException.class, () -> pipeline.timed("charts", () -> {
            throw new IllegalArgumentException("This dataset already contains a series with the key X");
        }));
        assertEquals("charts: This dataset already contains a series with the key X", e.getMessage());
    }
}
