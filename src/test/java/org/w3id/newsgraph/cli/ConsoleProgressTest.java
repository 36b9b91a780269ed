package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;

/** The progress bar's rate reads "0.0 art/s", never ".0 art/s". */
class ConsoleProgressTest {
    @Test
    void rateHasALeadingDigitAndOneDecimal() throws InterruptedException {
        List<String> frames = new CopyOnWriteArrayList<>();
        ProgressBar bar = ConsoleProgress.barBuilder(2).setConsumer(new DelegatingProgressBarConsumer(frames::add, 200))
                .build();
        Thread.sleep(1100); // the library shows "?" until a whole second has passed
        bar.close(); // the final frame: nothing done in a second, a rate of zero
        String last = frames.getLast();
        assertTrue(last.endsWith(" 0/2 art (0:00:01 / ?) 0.0 art/s"), last);
    }
}
